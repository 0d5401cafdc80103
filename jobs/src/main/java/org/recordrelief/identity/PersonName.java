package org.recordrelief.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A normalised person name ({@code entity-resolution.md} §2.1): DOJ {@code LAST,FIRST MIDDLE},
 * upper case, diacritics and punctuation stripped, suffix separated, surname kept whole and split
 * into tokens.
 *
 * @param last the surname, tokens joined by one space ("GARCIA LOPEZ")
 * @param first the first given name, or "" when absent
 * @param middle further given names joined by one space, or ""
 * @param suffix JR, SR, II, III, IV or ""
 */
public record PersonName(String last, String first, String middle, String suffix) {

  static final Set<String> SUFFIXES = Set.of("JR", "SR", "II", "III", "IV");

  /** Parse a raw DOJ name; null when nothing usable remains (blank, no letters). */
  public static PersonName parse(String raw) {
    if (raw == null) {
      return null;
    }
    String s = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toUpperCase(Locale.ROOT);
    int comma = s.indexOf(',');
    String lastPart = comma < 0 ? s : s.substring(0, comma);
    String givenPart = comma < 0 ? "" : s.substring(comma + 1);
    String suffix = "";
    List<String> lastTokens = new ArrayList<>();
    for (String t : tokens(lastPart)) {
      if (SUFFIXES.contains(t) && !lastTokens.isEmpty()) {
        suffix = t;
      } else {
        lastTokens.add(t);
      }
    }
    List<String> given = new ArrayList<>();
    for (String t : tokens(givenPart)) {
      if (SUFFIXES.contains(t) && !given.isEmpty()) {
        suffix = t;
      } else {
        given.add(t);
      }
    }
    if (lastTokens.isEmpty() && given.isEmpty()) {
      return null;
    }
    String first = given.isEmpty() ? "" : given.get(0);
    String middle = given.size() < 2 ? "" : String.join(" ", given.subList(1, given.size()));
    return new PersonName(String.join(" ", lastTokens), first, middle, suffix);
  }

  /** Letters and digits only; apostrophes vanish (O'BRIEN → OBRIEN), other marks split tokens. */
  private static List<String> tokens(String part) {
    String cleaned = part.replace("'", "").replace("`", "").replaceAll("[^A-Z0-9]+", " ").strip();
    List<String> out = new ArrayList<>();
    if (!cleaned.isEmpty()) {
      for (String t : cleaned.split(" ")) {
        out.add(t);
      }
    }
    return out;
  }

  /** Surname tokens ("GARCIA LOPEZ" → [GARCIA, LOPEZ]). */
  public List<String> surnameTokens() {
    return last.isEmpty() ? List.of() : List.of(last.split(" "));
  }

  /** The surname without spaces, for phonetic codes and swaps. */
  public String lastJoined() {
    return last.replace(" ", "");
  }

  /** The exact-agreement key: surname and first name (middle names are often dropped). */
  public String key() {
    return last + "," + first;
  }

  /** Canonical text form: {@code LAST,FIRST MIDDLE|SUFFIX} (stored in profiles, parsed back). */
  public String text() {
    String given = middle.isEmpty() ? first : first + " " + middle;
    return last + "," + given + (suffix.isEmpty() ? "" : "|" + suffix);
  }

  /** Parse {@link #text()} back. */
  public static PersonName fromText(String text) {
    int bar = text.indexOf('|');
    String suffix = bar < 0 ? "" : text.substring(bar + 1);
    String body = bar < 0 ? text : text.substring(0, bar);
    int comma = body.indexOf(',');
    String last = body.substring(0, comma);
    String given = body.substring(comma + 1);
    int sp = given.indexOf(' ');
    return new PersonName(last, sp < 0 ? given : given.substring(0, sp),
        sp < 0 ? "" : given.substring(sp + 1), suffix);
  }
}
