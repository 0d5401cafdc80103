package org.recordrelief.gogen;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * gogen's section patterns, written from their description in words ({@code prop64-rules.md}
 * §7.1–§7.4). They are deliberately <b>unanchored</b> and case-sensitive, as gogen's were
 * (defects D-03, D-04): {@code 11357.5} and {@code 211357} count as Prop 64, {@code 1187 PC} as
 * the super strike {@code 187 PC}, {@code 1261 PC} as {@code 261 PC}, {@code 2148 PC} as the
 * related charge {@code 148 PC}, and the related {@code 647(f)} never matches DOJ's upper-case
 * {@code 647(F)}.
 * All patterns are applied to the extracted code-section text (the trimmed text before the first
 * hyphen, {@link GogenRow#codeSection()}).
 *
 * <p>Compatibility only: project semantics use the anchored {@code org.recordrelief.doj}
 * parser and lists.
 */
public final class GogenPatterns {
  private GogenPatterns() {}

  /** Parenthesised subdivisions, any number: {@code (A)(1)}. */
  private static final String SUBS = "(?:\\([A-Z0-9]+\\))*";

  private static final Pattern PROP64 = Pattern.compile("1135[789]|11360");

  private static final String GANG_OFFENSE =
      "(?:136\\.1|215|213\\(A\\)\\(1\\)\\(A\\)|246|519|12022\\.55)";
  private static final String GANG_ENHANCEMENT = "186\\.22\\(B\\)\\(4\\)";
  private static final String GANG_SEPARATOR = "(?:\\s*[-/+]\\s*|\\s+)";

  private static final Pattern SUPERSTRIKE =
      Pattern.compile(
          "(?:"
              + String.join(
                  "|",
                  "37",
                  "128",
                  "187",
                  "188",
                  "189",
                  "189\\.1",
                  "189\\.5",
                  "190(?:\\.[0-9]{1,2})?" + SUBS,
                  "191",
                  "191\\.5",
                  "205",
                  "207",
                  "209",
                  "209\\.5",
                  "217\\.1",
                  "218",
                  "219",
                  "220",
                  "245\\(D\\)\\(3\\)",
                  "26[12]" + SUBS,
                  "264\\.1",
                  "269",
                  "273AB" + SUBS,
                  "286",
                  "286\\(C\\)\\([123]\\)(?:\\([ABC]\\))?",
                  "286\\(D\\)\\([123]\\)",
                  "287",
                  "288",
                  "288\\(A\\)",
                  "288\\(B\\)\\([12]\\)",
                  "288A",
                  "288A\\(D\\)",
                  "288A\\(C\\)\\(1\\)",
                  "288A\\(C\\)\\(2\\)\\([ABC]\\)",
                  "288\\.5",
                  "288\\.5\\(A\\)",
                  "289",
                  "289\\(J\\)",
                  "289\\(A\\)\\(1\\)\\([ABC]\\)",
                  "289\\(A\\)\\(2\\)\\(C\\)",
                  "451\\.5",
                  "653F",
                  "667\\.61",
                  "667\\.7",
                  "667\\.71",
                  "4500",
                  "11418\\(A\\)\\(1\\)",
                  "11418\\(B\\)\\([12]\\)",
                  "12308",
                  "12310",
                  "18745",
                  "18755",
                  GANG_OFFENSE + GANG_SEPARATOR + GANG_ENHANCEMENT,
                  GANG_ENHANCEMENT + GANG_SEPARATOR + GANG_OFFENSE)
              + ") PC"
              + "|1672\\(A\\) MV");

  /** "followed by a subdivision, a decimal or letters", any number of times. */
  private static final String SUB_DECIMAL_OR_LETTERS = "(?:\\([A-Z0-9]+\\)|\\.[0-9]+|[A-Z]+)*";

  private static final Pattern PC290 =
      Pattern.compile(
          "(?:"
              + String.join(
                  "|",
                  "236\\.1\\([BC]\\)" + SUBS,
                  "243\\.4" + SUBS,
                  "261" + SUB_DECIMAL_OR_LETTERS,
                  "262\\(A\\)(?:\\(1\\))?",
                  "264\\.1" + SUBS,
                  "266",
                  "266C",
                  "266H\\(B\\)" + SUBS,
                  "266I\\(B\\)" + SUBS,
                  "266J",
                  "267",
                  "269" + SUB_DECIMAL_OR_LETTERS,
                  "272",
                  "285",
                  "287",
                  "286[^.]*",
                  "288",
                  "288A" + SUBS,
                  "288\\.[23457]" + SUBS,
                  "289[^.]*",
                  "311\\.1" + SUBS,
                  "311\\.2\\([BCD]\\)",
                  "311\\.3" + SUBS,
                  "311\\.4" + SUBS,
                  "311\\.10" + SUBS,
                  "311\\.11" + SUBS,
                  "314\\([12]\\)",
                  "451\\.5",
                  "647\\.6" + SUBS,
                  "647A" + SUBS,
                  "653F\\([BC]\\)")
              + ") PC");

  /**
   * Related (plea-substitute) charges; only whitespace may separate the number from the code,
   * and {@code 647(f)} is lower-case as in gogen (D-04).
   */
  private static final Pattern RELATED =
      Pattern.compile(
          "647\\(f\\)\\s+PC"
              + "|(?:602|466|148\\.9|148)\\s+PC"
              + "|(?:11364|11550)\\s+HS"
              + "|(?:4140|4149|4060)\\s+BP"
              + "|40508\\s+VC"
              + "|1320(?:\\([A-Za-z0-9]+\\)\\s*|\\s+)PC");

  /** Offense half of the Los Angeles same-case gang pair ({@code 136.1 PC}, …). */
  private static final Pattern GANG_OFFENSE_ROW = Pattern.compile(GANG_OFFENSE + " PC");

  /** Enhancement half of the Los Angeles same-case gang pair. */
  private static final Pattern GANG_ENHANCEMENT_ROW = Pattern.compile(GANG_ENHANCEMENT + " PC");

  /** Literal text gogen's Los Angeles version appended to a pair's offense in its report. */
  public static final String GANG_PAIR_SUFFIX = " + 186.22(B)(4) PC";

  /** The first Prop 64 key (11357 … 11360) found anywhere in the text, or null. */
  public static String prop64Key(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = PROP64.matcher(text);
    return m.find() ? m.group() : null;
  }

  /** gogen's super-strike list (§7.2), unanchored. */
  public static boolean isSuperstrike(String codeSection) {
    return SUPERSTRIKE.matcher(codeSection).find();
  }

  /** gogen's PC 290 list (§7.3), unanchored. */
  public static boolean isPc290(String codeSection) {
    return PC290.matcher(codeSection).find();
  }

  /** gogen's related-charge list (§7.4), unanchored. */
  public static boolean isRelated(String codeSection) {
    return RELATED.matcher(codeSection).find();
  }

  /** Offense row of the Los Angeles same-case gang pair. */
  public static boolean isGangPairOffense(String codeSection) {
    return GANG_OFFENSE_ROW.matcher(codeSection).find();
  }

  /** {@code 186.22(B)(4) PC} row of the Los Angeles same-case gang pair. */
  public static boolean isGangPairEnhancement(String codeSection) {
    return GANG_ENHANCEMENT_ROW.matcher(codeSection).find();
  }

  private static final Pattern P11357_SUBDIVISION = Pattern.compile("11357\\(([A-D])\\)");

  /**
   * The 11357 subdivision group used by "Possible Other P64 Charges": 1 for (A)/(B), 2 for
   * (C)/(D), 0 when the text has no upper-case 11357 subdivision letter A–D.
   */
  public static int p11357Group(String text) {
    Matcher m = P11357_SUBDIVISION.matcher(text);
    if (!m.find()) {
      return 0;
    }
    char c = m.group(1).charAt(0);
    return c == 'A' || c == 'B' ? 1 : 2;
  }
}
