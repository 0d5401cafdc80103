package org.recordrelief.doj;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a reference list of code sections ({@code prop64-rules.md} §7), matched anchored
 * against a parsed {@link Citation}, never as a substring: {@code 187*} does not match
 * {@code 1187}, and {@code 11357*} does not match {@code 11357.5}.
 *
 * <p>Syntax: {@code [CODE ]SECTION[(SUB)...][*]}, case-insensitive, for example {@code 217.1},
 * {@code 187*}, {@code 286(C)(1)*}, {@code MV 1672(A)}, {@code HS 11357*}.
 *
 * <ul>
 *   <li>The base section must equal the citation's section exactly ({@code 288A} ≠ {@code 288},
 *       {@code 186.22} ≠ {@code 186}).
 *   <li>Without {@code *} the subdivisions must be exactly the pattern's: {@code 217.1} does not
 *       match {@code 217.1(A)}, and {@code 286(C)(1)} does not match {@code 286(C)(1)(A)}.
 *   <li>With {@code *} the pattern's subdivisions must be a prefix of the citation's: {@code 187*}
 *       matches 187 and 187(A); {@code 286(C)(1)*} matches 286(C)(1) and 286(C)(1)(B) but not
 *       286(C).
 *   <li>A pattern code rules out a citation with a different known code; a citation whose code
 *       is {@code UNKNOWN} may still match (the label is missing, not contradicting). Note that
 *       the parser already relabels 11357–11360 as HS.
 * </ul>
 *
 * Only the primary section is examined: the attempt and conspiracy flags and attached citations
 * are the caller's business (an attempt of a listed offense is decided by its own rule switch).
 * List authors write {@code *} explicitly where {@code prop64-rules.md} §7 says an entry covers
 * any subdivision.
 *
 * @param code upper-case code abbreviation, or null for any code
 * @param section upper-case base section, e.g. {@code 288A}, {@code 186.22}
 * @param subdivisions upper-case subdivisions, e.g. [C, 1]
 * @param anySubdivisions the pattern ends in {@code *}
 */
public record SectionPattern(
    String code, String section, List<String> subdivisions, boolean anySubdivisions) {

  public SectionPattern {
    subdivisions = List.copyOf(subdivisions);
  }

  /**
   * Parses one pattern.
   *
   * @throws IllegalArgumentException naming the pattern, the position and the expected syntax
   */
  public static SectionPattern parse(String pattern) {
    if (pattern == null) {
      throw malformed(null, 0, "pattern is null");
    }
    String p = pattern.strip();
    int n = p.length();
    if (n == 0) {
      throw malformed(pattern, 0, "pattern is blank");
    }
    int i = 0;
    String code = null;
    if (isLetter(p.charAt(0))) {
      while (i < n && isLetter(p.charAt(i))) {
        i++;
      }
      code = p.substring(0, i).toUpperCase(Locale.ROOT);
      if (!CitationParser.isKnownCode(code)) {
        throw malformed(pattern, 0, "unknown code '" + code + "'");
      }
      int j = i;
      while (i < n && (p.charAt(i) == ' ' || p.charAt(i) == '\t')) {
        i++;
      }
      if (i == j) {
        throw malformed(pattern, i, "expected a space after the code");
      }
    }
    int sectionStart = i;
    while (i < n && isDigit(p.charAt(i))) {
      i++;
    }
    if (i == sectionStart) {
      throw malformed(pattern, i, "expected a section number");
    }
    if (i < n && p.charAt(i) == '.') {
      int d = ++i;
      while (i < n && isDigit(p.charAt(i))) {
        i++;
      }
      if (i == d) {
        throw malformed(pattern, i, "expected digits after the decimal point");
      }
    }
    int letters = i;
    while (i < n && isLetter(p.charAt(i))) {
      i++;
    }
    if (i - letters > 2) {
      throw malformed(pattern, letters, "a section suffix has at most two letters");
    }
    String section = p.substring(sectionStart, i).toUpperCase(Locale.ROOT);
    List<String> subs = new ArrayList<>();
    while (i < n && p.charAt(i) == '(') {
      int s = ++i;
      while (i < n && (isDigit(p.charAt(i)) || isLetter(p.charAt(i)))) {
        i++;
      }
      if (i == s || i >= n || p.charAt(i) != ')') {
        throw malformed(pattern, i, "expected a subdivision like (A) or (1)");
      }
      subs.add(p.substring(s, i).toUpperCase(Locale.ROOT));
      i++;
    }
    boolean any = false;
    if (i < n && p.charAt(i) == '*') {
      any = true;
      i++;
    }
    if (i != n) {
      throw malformed(pattern, i, "unexpected '" + p.charAt(i) + "'");
    }
    return new SectionPattern(code, section, subs, any);
  }

  /** True if the citation's primary section matches this pattern (see the type's Javadoc). */
  public boolean matches(Citation c) {
    if (c == null || !c.isParsed() || !section.equalsIgnoreCase(c.section())) {
      return false;
    }
    if (code != null
        && c.code() != null
        && !Citation.UNKNOWN_CODE.equals(c.code())
        && !code.equalsIgnoreCase(c.code())) {
      return false;
    }
    List<String> cs = c.subdivisions();
    if (anySubdivisions ? cs.size() < subdivisions.size() : cs.size() != subdivisions.size()) {
      return false;
    }
    for (int i = 0; i < subdivisions.size(); i++) {
      if (!subdivisions.get(i).equalsIgnoreCase(cs.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The pattern in canonical form, e.g. {@code HS 11357*}, {@code PC 286(C)(1)*}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (code != null) {
      sb.append(code).append(' ');
    }
    sb.append(section);
    for (String s : subdivisions) {
      sb.append('(').append(s).append(')');
    }
    if (anySubdivisions) {
      sb.append('*');
    }
    return sb.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static IllegalArgumentException malformed(String pattern, int pos, String why) {
    return new IllegalArgumentException(
        "Malformed section pattern '"
            + pattern
            + "' at position "
            + pos
            + ": "
            + why
            + " (syntax: [CODE ]SECTION[(SUB)...][*], e.g. 'HS 11357*', '217.1', '286(C)(1)*')");
  }
}
