package org.recordrelief.publish.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Display names, plain-language meanings, colours and orders of the values the pages show. The
 * colours are the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies);
 * every chart also has its numbers in a table.
 */
final class Vocab {
  private Vocab() {}

  /** A value: key in the data, short label, one-line meaning, colour. */
  record Term(String key, String label, String meaning, String color) {}

  static final List<Term> OUTCOMES =
      List.of(
          new Term("DISMISS_AND_SEAL", "Dismiss and seal",
              "the conviction is dismissed and sealed (HS 11361.8)", "#009E73"),
          new Term("REDUCE_TO_MISDEMEANOR", "Reduce to misdemeanor",
              "the felony is redesignated or resentenced as a misdemeanor", "#0072B2"),
          new Term("REDUCE_TO_INFRACTION", "Reduce to infraction",
              "the conviction is redesignated or resentenced as an infraction", "#56B4E9"),
          new Term("NEEDS_REVIEW", "Needs review",
              "the record cannot decide it; a person must look at the case file", "#E69F00"),
          new Term("NOT_ELIGIBLE", "Not eligible",
              "no relief under the statute for this count", "#8C8C8C"));

  static final List<Term> VS_BASELINE =
      List.of(
          new Term("SAME", "Same as statute",
              "the county policy gives the statutory outcome", "#8FB8DE"),
          new Term("MORE_RELIEF", "More relief",
              "the county policy gives more relief than the statute requires", "#009E73"),
          new Term("LESS_RELIEF", "Less relief",
              "the county would in effect challenge the statutory outcome", "#D55E00"),
          new Term("REVIEW", "Review",
              "the county policy or the statute sends the count to review", "#E69F00"),
          new Term("NOT_COMPARABLE", "Not comparable",
              "the two decisions cannot be ranked", "#BBBBBB"));

  private static final String[] EXTRA_COLORS = {"#CC79A7", "#F0E442", "#000000", "#7F3C8D"};

  /** Known terms in their order, then any other keys present (sorted) with spare colours. */
  static List<Term> present(List<Term> known, Collection<String> keys) {
    List<Term> out = new ArrayList<>();
    Set<String> rest = new TreeSet<>(keys);
    for (Term t : known) {
      if (rest.remove(t.key())) {
        out.add(t);
      }
    }
    int i = 0;
    for (String k : rest) {
      out.add(new Term(k, k, "", EXTRA_COLORS[i++ % EXTRA_COLORS.length]));
    }
    return out;
  }

  /** All known terms (so legends and table columns are stable), then any unknown keys. */
  static List<Term> all(List<Term> known, Collection<String> keys) {
    List<Term> out = new ArrayList<>(known);
    Set<String> rest = new TreeSet<>(keys);
    known.forEach(t -> rest.remove(t.key()));
    int i = 0;
    for (String k : rest) {
      out.add(new Term(k, k, "", EXTRA_COLORS[i++ % EXTRA_COLORS.length]));
    }
    return out;
  }

  static final Set<String> PROP64_SECTIONS = Set.of("11357", "11358", "11359", "11360");

  /** HS 11357–11360 first, then other sections in natural order, UNPARSED last. */
  static final Comparator<String> SECTION_ORDER =
      Comparator.<String>comparingInt(s -> PROP64_SECTIONS.contains(s) ? 0
              : "UNPARSED".equals(s) ? 2 : 1)
          .thenComparing(Vocab::naturalKey);

  /** Section label for charts and tables. */
  static String sectionLabel(String section) {
    if (PROP64_SECTIONS.contains(section)) {
      return "HS " + section;
    }
    if ("UNPARSED".equals(section)) {
      return "Unparsed offense";
    }
    return section + " (related)";
  }

  /** Decades ascending ("1970s" …), "unknown" last. */
  static final Comparator<String> DECADE_ORDER =
      Comparator.<String>comparingInt(d -> d.matches("\\d{4}s") ? 0 : 1)
          .thenComparing(Comparator.naturalOrder());

  /** Sorts numbers inside strings numerically ("466" before "4060", "11357" before "11357.5"). */
  private static String naturalKey(String s) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
          j++;
        }
        String digits = s.substring(i, j).replaceFirst("^0+(?=.)", "");
        sb.append((char) ('0' + Math.min(9, digits.length()))).append(digits);
        i = j;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  /** "LOS ANGELES" → "Los Angeles"; other values unchanged apart from case. */
  static String titleCase(String s) {
    if (s == null || s.isBlank()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return sb.toString();
  }

  /** Sums nested maps: key → (sub-key → n) into sub-key → n. */
  static Map<String, Long> sumInner(Map<String, Map<String, Long>> m) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map<String, Long> inner : m.values()) {
      inner.forEach((k, v) -> out.merge(k, v, Long::sum));
    }
    return out;
  }
}
