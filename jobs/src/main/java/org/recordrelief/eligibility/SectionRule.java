package org.recordrelief.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordrelief.doj.Citation;

/**
 * One anchored list entry, written {@code [CODE ]SECTION[(SUB)...][*]} ({@code prop64-rules.md} §7,
 * {@code doj-input-format.md} §7.3).
 *
 * <ul>
 *   <li>{@code SECTION} is compared with the parsed base section for equality: {@code 187} never
 *       matches {@code 1187} or {@code 187.1}; {@code 11357} never matches {@code 11357.5}.
 *   <li>The listed subdivisions must be the leading subdivisions of the citation
 *       (case-insensitive). Without {@code *} the citation must have exactly those subdivisions
 *       ({@code 217.1} matches {@code 217.1} only); with {@code *} any further subdivisions, or
 *       none, are accepted ({@code 187*} matches {@code 187} and {@code 187(A)}).
 *   <li>{@code CODE} (optional) is the code label ({@code PC}, {@code HS}, {@code MV}, …). A
 *       citation with another label does not match; a citation without a label ({@code UNKNOWN}) is
 *       a {@link Match#POSSIBLE} match. An entry without a code matches any label.
 * </ul>
 *
 * <p>Attempt and conspiracy flags of the citation are ignored here; the callers decide what an
 * attempt or conspiracy of a listed offense means (X-1, §6 switches).
 *
 * @param pattern the entry as written
 * @param code code label, or null for any
 * @param section base section, upper case
 * @param subdivisions leading subdivisions, upper case
 * @param anyFurther true when the entry ends with {@code *}
 */
public record SectionRule(
    String pattern, String code, String section, List<String> subdivisions, boolean anyFurther)
    implements java.io.Serializable {

  /** Result of matching a citation. */
  public enum Match {
    NONE,
    /** Section and subdivisions match but the citation carries no code label. */
    POSSIBLE,
    MATCH;

    /** The stronger of two results. */
    public Match max(Match o) {
      return compareTo(o) >= 0 ? this : o;
    }

    public boolean any() {
      return this != NONE;
    }
  }

  private static final Pattern SYNTAX =
      Pattern.compile(
          "^(?:([A-Z&]{1,4}) )?([0-9]+(?:\\.[0-9]+)?[A-Z]*)((?:\\([A-Z0-9]+\\))*)(\\*)?$");
  private static final Pattern SUB = Pattern.compile("\\(([A-Z0-9]+)\\)");

  public SectionRule {
    subdivisions = List.copyOf(subdivisions);
  }

  /**
   * Parse one entry. Fails with {@link IllegalArgumentException} naming the entry when the syntax
   * is not {@code [CODE ]SECTION[(SUB)...][*]} (upper case, single space after the code).
   */
  public static SectionRule parse(String pattern) {
    if (pattern == null) {
      throw new IllegalArgumentException("section pattern is null");
    }
    Matcher m = SYNTAX.matcher(pattern);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "invalid section pattern '" + pattern + "': expected [CODE ]SECTION[(SUB)...][*]");
    }
    List<String> subs = new ArrayList<>();
    Matcher sm = SUB.matcher(m.group(3));
    while (sm.find()) {
      subs.add(sm.group(1));
    }
    return new SectionRule(pattern, m.group(1), m.group(2), subs, m.group(4) != null);
  }

  /** Match a parsed citation (its own section; not its attached citations). */
  public Match match(Citation c) {
    if (c == null || !c.isParsed()) {
      return Match.NONE;
    }
    if (!matchesSection(c.section(), c.subdivisions())) {
      return Match.NONE;
    }
    if (code == null) {
      return Match.MATCH;
    }
    String label = c.code() == null ? "" : c.code().trim().toUpperCase(Locale.ROOT);
    if (label.isEmpty() || Citation.UNKNOWN_CODE.equals(label)) {
      return Match.POSSIBLE;
    }
    return code.equals(label) ? Match.MATCH : Match.NONE;
  }

  /** Section and subdivision test only (no code label). */
  public boolean matchesSection(String otherSection, List<String> otherSubs) {
    if (otherSection == null || !section.equals(otherSection.toUpperCase(Locale.ROOT))) {
      return false;
    }
    List<String> subs = otherSubs == null ? List.of() : otherSubs;
    if (subs.size() < subdivisions.size()) {
      return false;
    }
    if (!anyFurther && subs.size() != subdivisions.size()) {
      return false;
    }
    for (int i = 0; i < subdivisions.size(); i++) {
      if (!subdivisions.get(i).equals(subs.get(i).toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
