package org.recordrelief.doj;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses DOJ offense text ({@code OFFENSE_DESCR}, {@code CONV_OFFENSE_DESCR}, {@code COMMENT_TEXT})
 * into a {@link Citation} ({@code doj-input-format.md} §7.2–§7.4). Pure, stateless and
 * thread-safe; never throws.
 *
 * <p>The text is read with a small grammar, never by splitting on the first hyphen:
 *
 * <pre>
 *   text      := ws* [CODE ws+] chain [ws* '-' description | other-text]
 *   chain     := group (connector group)*
 *   group     := term (connector term)* [ws* CODE]
 *   term      := DIGITS ['.' DIGITS] [LETTER{1,2}] (ws* '(' ALNUM+ ')')* [CODE]   (CODE fused)
 *   connector := ws* ('/' | '-' | '+' | '&amp;' | ',') ws*
 *              | '.' or ws+ or nothing (fused), only right after a 664 or 182 prefix
 * </pre>
 *
 * Decisions, in the order they are applied:
 *
 * <ul>
 *   <li><b>Anchoring.</b> A section is the whole digit run: {@code 211357} is section 211357 and
 *       {@code 1187} is 1187. A fused {@code 664}/{@code 182} prefix is split off only when the
 *       digit run is exactly that prefix followed by 11357, 11358, 11359 or 11360
 *       ({@code 66411357(C) HS}); {@code 664.} followed by three or more digits is a prefix
 *       separator ({@code 664.11357(C) HS}), while one or two digits are a decimal section.
 *   <li><b>Hyphens.</b> A hyphen (also a comma, or blanks after a 664/182 prefix) joins two
 *       sections when what follows is a number of three or more digits after a 664/182 prefix
 *       ({@code 664-11357(C) HS-…}, {@code 664 187}), or when the section after it is itself
 *       followed by a code label, another connector and section, or the end of the text (three or
 *       more digits): {@code 187-664 PC-…}, {@code 186.22(B)(4)-136.1 PC}. Otherwise it starts
 *       the description ({@code 11359 HS-2 COUNTS}: description "2 COUNTS"). Slash, plus and
 *       ampersand followed by a digit always join sections.
 *   <li><b>Code labels.</b> A label applies to the sections before it that have none yet
 *       ({@code 246/186.22(B)(4) PC}: both PC). Recognised: HS, PC, VC, BP, WI, MV and the other
 *       two-letter California code abbreviations (FG, GC, CC, CCP, EC, EL, FA, FC, HN, IC, LC, PR,
 *       PU, RT, SH, UI, WC), also written {@code H&amp;S}, {@code H S}, {@code H.S.},
 *       {@code HSC}, {@code B&amp;P}, {@code W&amp;I}, {@code P.C.}; a label must end at a word
 *       boundary. Unknown letters are not a label.
 *   <li><b>Attempt.</b> Every 664 section is removed and sets {@code attempt}, whether prefix or
 *       suffix; a lone {@code 664} stays section 664 without the flag.
 *   <li><b>Conspiracy.</b> A 182 section (labelled PC, unlabelled, or sharing its label with the
 *       target) together with another section is a conspiracy: the
 *       primary citation is PC 182 with its own subdivisions (code forced to PC, since a label
 *       written after the target belongs to the target), the other sections are
 *       {@code attached} targets.
 *   <li><b>Gang enhancement.</b> In a compound with 186.22 and another section, the primary is the
 *       first non-186.22 section and 186.22 goes to {@code attached}, so that rule lists match the
 *       underlying offense ({@code 215 + 186.22(B)(4) PC} → PC 215 with attached PC
 *       186.22(B)(4)). Any other compound keeps its first section as primary.
 *   <li><b>Label not trusted for 11357–11360.</b> A section 11357–11360 labelled anything but HS,
 *       or not labelled at all, becomes HS with {@code codeLabelMismatch}. With no label at all the
 *       status stays PARTIAL ({@code 11359 - POSSESS FOR SALE} → HS 11359, mismatch, PARTIAL): the
 *       section is certain, the code was inferred.
 *   <li><b>Status.</b> OK for the documented shape; PARTIAL when the primary section has no code
 *       label, the code was written before the section ({@code PC 148}), or text after the
 *       citation is not introduced by a hyphen; UNPARSED when no section starts the text (blank,
 *       {@code SEE COMMENT FOR CHARGE}, free text).
 * </ul>
 *
 * The {@code description} keeps the original letter case. An attached citation's {@code raw} is
 * the section text as written (without its code label).
 */
public final class CitationParser {
  private CitationParser() {}

  /** Canonical code for each accepted label spelling (letters only, upper case). */
  private static final Map<String, String> KNOWN_CODES =
      Map.ofEntries(
          Map.entry("HS", "HS"),
          Map.entry("HSC", "HS"),
          Map.entry("PC", "PC"),
          Map.entry("VC", "VC"),
          Map.entry("BP", "BP"),
          Map.entry("BPC", "BP"),
          Map.entry("WI", "WI"),
          Map.entry("WIC", "WI"),
          Map.entry("MV", "MV"),
          Map.entry("FG", "FG"),
          Map.entry("GC", "GC"),
          Map.entry("CC", "CC"),
          Map.entry("CCP", "CCP"),
          Map.entry("EC", "EC"),
          Map.entry("EL", "EL"),
          Map.entry("FA", "FA"),
          Map.entry("FC", "FC"),
          Map.entry("HN", "HN"),
          Map.entry("IC", "IC"),
          Map.entry("LC", "LC"),
          Map.entry("PR", "PR"),
          Map.entry("PU", "PU"),
          Map.entry("RT", "RT"),
          Map.entry("SH", "SH"),
          Map.entry("UI", "UI"),
          Map.entry("WC", "WC"));

  private static final Set<String> PROP64_SECTIONS = Set.of("11357", "11358", "11359", "11360");

  private static final String ATTEMPT = "664";
  private static final String CONSPIRACY = "182";
  private static final String GANG_ENHANCEMENT = "186.22";

  /** True if {@code code} (upper case) is a canonical code abbreviation this parser produces. */
  static boolean isKnownCode(String code) {
    return code != null && KNOWN_CODES.containsValue(code);
  }

  /**
   * Parses charge text such as {@code 11357(C)HS-POSSESS MARIJUANA}. Blank text and text that
   * does not start with a section number (after optional whitespace, or a code label followed by
   * a section) give {@link Citation#unparsed}.
   */
  public static Citation parse(String text) {
    return safely(text, false);
  }

  /**
   * Parses {@code COMMENT_TEXT}: skips leading whitespace and punctuation and the keyword
   * {@code CHRG} ({@code :CHRG 11358 HS}), then parses as {@link #parse}. The returned {@code raw}
   * is the whole comment.
   */
  public static Citation parseComment(String commentText) {
    return safely(commentText, true);
  }

  private static Citation safely(String text, boolean comment) {
    String raw = text == null ? "" : text;
    try {
      return parseStrict(raw, comment);
    } catch (RuntimeException e) {
      // Defensive only: the grammar is bounds-checked and fuzz-tested; bad text must never stop a run.
      return Citation.unparsed(raw);
    }
  }

  /** The parser without the safety net, so that tests see any exception. */
  static Citation parseStrict(String text, boolean comment) {
    String raw = text == null ? "" : text;
    Scanner sc = new Scanner(raw);
    int start = comment ? sc.skipCommentPrefix() : sc.skipWs(0);
    return sc.run(start);
  }

  // ---------------------------------------------------------------------------------------------

  /** One section as written, with the code label assigned to it (null when none). */
  private static final class Term {
    final int start;
    int textEnd; // end of section + subdivisions (before a fused code)
    int end; // end including a fused code
    String section;
    final List<String> subdivisions = new ArrayList<>(3);
    String fusedCode; // label written directly after the section
    boolean fusedPrefix; // 664/182 fused to a following Prop 64 section (66411357)
    String code; // label that applies to this term
    int group; // terms sharing one label have the same group number

    Term(int start) {
      this.start = start;
    }

    /** 664 and 182 (with or without subdivisions) may be joined to what follows more loosely. */
    boolean isPrefixKind() {
      return ATTEMPT.equals(section) || CONSPIRACY.equals(section);
    }
  }

  /** Per-call cursor over the text; never shared between threads. */
  private static final class Scanner {
    private final String s;
    private final int n;
    private String lastCode; // set by readCode

    Scanner(String s) {
      this.s = s;
      this.n = s.length();
    }

    // -- character classes ----------------------------------------------------------------------

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAlnum(char c) {
      return isDigit(c) || isLetter(c);
    }

    private static boolean isWs(char c) {
      return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0' || c == '\f'
          || c == '\u000B';
    }

    private static char up(char c) {
      return (c >= 'a' && c <= 'z') ? (char) (c - 32) : c;
    }

    private boolean digitAt(int i) {
      return i >= 0 && i < n && isDigit(s.charAt(i));
    }

    private boolean letterAt(int i) {
      return i >= 0 && i < n && isLetter(s.charAt(i));
    }

    private boolean charAt(int i, char c) {
      return i >= 0 && i < n && s.charAt(i) == c;
    }

    /** End of text or a character that cannot continue a word. */
    private boolean boundary(int i) {
      return i >= n || !isAlnum(s.charAt(i));
    }

    int skipWs(int i) {
      while (i < n && isWs(s.charAt(i))) {
        i++;
      }
      return i;
    }

    private int skipBlanks(int i) {
      while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        i++;
      }
      return i;
    }

    private String upper(int from, int to) {
      return s.substring(from, to).toUpperCase(Locale.ROOT);
    }

    // -- comment prefix -------------------------------------------------------------------------

    /** Skips whitespace/punctuation, the keyword CHRG, and whitespace/punctuation again. */
    int skipCommentPrefix() {
      int i = skipNonAlnum(0);
      if (i + 4 <= n && s.regionMatches(true, i, "CHRG", 0, 4) && !letterAt(i + 4)) {
        i = skipNonAlnum(i + 4);
      }
      return i;
    }

    private int skipNonAlnum(int i) {
      while (i < n && !isAlnum(s.charAt(i))) {
        i++;
      }
      return i;
    }

    // -- code labels ----------------------------------------------------------------------------

    /**
     * Reads a code label at {@code p}; on success sets {@link #lastCode} and returns the end
     * index, otherwise returns -1. Forms: {@code HS}, {@code HSC}, {@code H&S}, {@code H & S},
     * {@code H&SC}, {@code H.S.}, {@code H S}; each must end at a word boundary.
     */
    int readCode(int p) {
      if (!letterAt(p)) {
        return -1;
      }
      int j = p;
      while (j < n && isLetter(s.charAt(j))) {
        j++;
      }
      int run = j - p;
      if (run >= 2 && run <= 3 && boundary(j)) {
        return accept(upper(p, j), j);
      }
      if (run != 1) {
        return -1;
      }
      char a = up(s.charAt(p));
      int k = p + 1;
      // H.S. / P.C.
      if (charAt(k, '.') && letterAt(k + 1)) {
        int e = k + 2;
        if (charAt(e, '.')) {
          e++;
        }
        if (boundary(e)) {
          return accept("" + a + up(s.charAt(k + 1)), e);
        }
      }
      // H&S, H & S, H&SC
      int amp = skipBlanks(k);
      if (charAt(amp, '&')) {
        int b = skipBlanks(amp + 1);
        if (letterAt(b)) {
          String two = "" + a + up(s.charAt(b));
          if (boundary(b + 1)) {
            return accept(two, b + 1);
          }
          if (letterAt(b + 1) && boundary(b + 2)) {
            return accept(two + up(s.charAt(b + 1)), b + 2);
          }
        }
      }
      // H S
      if (charAt(k, ' ') && letterAt(k + 1) && boundary(k + 2)) {
        return accept("" + a + up(s.charAt(k + 1)), k + 2);
      }
      return -1;
    }

    private int accept(String key, int end) {
      String code = KNOWN_CODES.get(key);
      if (code == null) {
        return -1;
      }
      lastCode = code;
      // a trailing period after a label ("PC.") belongs to the label
      if (charAt(end, '.') && boundary(end + 1)) {
        end++;
      }
      return end;
    }

    // -- sections -------------------------------------------------------------------------------

    /** Parses one section with subdivisions at {@code p} (a digit) and an optional fused code. */
    Term parseTerm(int p) {
      Term t = new Term(p);
      int j = p;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
      String digits = s.substring(p, j);
      boolean prefixDigits = digits.equals(ATTEMPT) || digits.equals(CONSPIRACY);

      // 66411357 / 18211359: a prefix fused to a Prop 64 section
      if (digits.length() == 8
          && (digits.startsWith(ATTEMPT) || digits.startsWith(CONSPIRACY))
          && PROP64_SECTIONS.contains(digits.substring(3))
          && !(charAt(j, '.') && digitAt(j + 1))) {
        t.section = digits.substring(0, 3);
        t.textEnd = p + 3;
        t.end = p + 3;
        t.fusedPrefix = true;
        return t;
      }

      StringBuilder section = new StringBuilder(digits);
      if (charAt(j, '.') && digitAt(j + 1)) {
        int k = j + 1;
        while (k < n && isDigit(s.charAt(k))) {
          k++;
        }
        // 664.11357: the period separates a prefix; 664.1 would be a decimal section
        boolean prefixSeparator = prefixDigits && k - (j + 1) >= 3;
        if (!prefixSeparator) {
          section.append(s, j, k);
          j = k;
        }
      }

      if (letterAt(j)) {
        int runEnd = j;
        while (runEnd < n && isLetter(s.charAt(runEnd))) {
          runEnd++;
        }
        int run = runEnd - j;
        boolean done = false;
        // try: fused code (11359HS), one- or two-letter suffix then fused code (288APC)
        for (int k = 0; k <= Math.min(2, run - 1) && !done; k++) {
          int e = readCode(j + k);
          if (e >= 0) {
            section.append(upper(j, j + k));
            t.textEnd = j + k;
            t.fusedCode = lastCode;
            j = e;
            done = true;
          }
        }
        if (done) {
          t.section = section.toString();
          t.end = j;
          return t;
        }
        if (run <= 2) {
          section.append(upper(j, runEnd));
          j = runEnd;
        }
        // a longer letter run is not a section suffix: the term ends before it
      }
      t.section = section.toString();

      // subdivisions: (C), (b), (B)(4), optionally preceded by blanks and padded inside
      while (true) {
        int q = skipBlanks(j);
        if (!charAt(q, '(')) {
          break;
        }
        int c0 = skipBlanks(q + 1);
        int c1 = c0;
        while (c1 < n && isAlnum(s.charAt(c1))) {
          c1++;
        }
        int close = skipBlanks(c1);
        if (c1 == c0 || c1 - c0 > 8 || !charAt(close, ')')) {
          break;
        }
        t.subdivisions.add(upper(c0, c1));
        j = close + 1;
      }
      t.textEnd = j;

      if (letterAt(j)) {
        int e = readCode(j);
        if (e >= 0) {
          t.fusedCode = lastCode;
          j = e;
        }
      }
      t.end = j;
      return t;
    }

    // -- citation -------------------------------------------------------------------------------

    Citation run(int start) {
      int p = start;
      if (p >= n) {
        return Citation.unparsed(s);
      }
      boolean partial = false;
      String leadingCode = null;
      if (!digitAt(p)) {
        int e = readCode(p);
        int q = e < 0 ? -1 : skipWs(e);
        if (e < 0 || q == e || !digitAt(q)) {
          return Citation.unparsed(s);
        }
        leadingCode = lastCode;
        partial = true;
        p = q;
      }

      List<Term> terms = new ArrayList<>(3);
      int groupStart = 0;
      int group = 0;
      Term t = parseTerm(p);
      terms.add(t);
      int pos = t.end;
      while (true) {
        Term last = terms.get(terms.size() - 1);
        if (last.fusedPrefix) {
          Term next = parseTerm(last.end);
          terms.add(next);
          pos = next.end;
          continue;
        }
        String code = null;
        if (last.fusedCode != null) {
          code = last.fusedCode;
        } else {
          int e = readCode(skipWs(pos));
          if (e >= 0) {
            code = lastCode;
            pos = e;
          }
        }
        if (code != null) {
          for (int i = groupStart; i < terms.size(); i++) {
            terms.get(i).code = code;
            terms.get(i).group = group;
          }
          groupStart = terms.size();
          group++;
        }

        int next = -1;
        char conn = 0;
        int q = skipWs(pos);
        if (q < n) {
          char c = s.charAt(q);
          if (c == '-' || c == '/' || c == '+' || c == '&' || c == ',') {
            int r = skipWs(q + 1);
            if (digitAt(r)) {
              next = r;
              conn = c;
            }
          } else if (c == '.' && q == pos && last.isPrefixKind() && digitAt(q + 1)) {
            next = q + 1;
            conn = '.';
          } else if (q > pos && isDigit(c) && last.isPrefixKind()) {
            next = q;
            conn = ' ';
          }
        }
        if (next < 0) {
          break;
        }
        Term candidate = parseTerm(next);
        if (!joins(candidate, conn, last)) {
          break;
        }
        terms.add(candidate);
        pos = candidate.end;
      }
      for (int i = groupStart; i < terms.size(); i++) {
        Term u = terms.get(i);
        u.group = group;
        if (groupStart == 0 && leadingCode != null) {
          u.code = leadingCode;
        }
      }

      // what follows the citation
      String description;
      int q = skipWs(pos);
      if (q >= n) {
        description = "";
      } else if (s.charAt(q) == '-') {
        description = TextNorm.trim(s.substring(q + 1));
      } else {
        description = TextNorm.trim(s.substring(q));
        partial = true;
      }
      return build(terms, description, partial);
    }

    /** Whether a section found after a connector continues the citation (see class Javadoc). */
    private boolean joins(Term candidate, char conn, Term previous) {
      if (conn == '/' || conn == '+' || conn == '&' || conn == '.') {
        return true;
      }
      if (candidate.fusedPrefix || candidate.fusedCode != null) {
        return true;
      }
      boolean plausibleSection = candidate.section.length() >= 3;
      if (previous.isPrefixKind() && plausibleSection) {
        return true; // 664-11357(C)-POSS, 664 187 ATTEMPTED MURDER
      }
      // otherwise the section must be followed by evidence that it is one
      int q = skipWs(candidate.end);
      if (q >= n) {
        return plausibleSection; // "11359 HS-11360" joins, "11359 HS-2" is a description
      }
      if (readCode(q) >= 0) {
        return true;
      }
      char c = s.charAt(q);
      if (c == '-' || c == '/' || c == '+' || c == '&' || c == ',') {
        return digitAt(skipWs(q + 1));
      }
      return false;
    }

    private Citation build(List<Term> all, String description, boolean partial) {
      List<Term> terms = new ArrayList<>(all.size());
      for (Term t : all) {
        if (!ATTEMPT.equals(t.section)) {
          terms.add(t);
        }
      }
      boolean attempt = !terms.isEmpty() && terms.size() < all.size();
      if (terms.isEmpty()) {
        terms.add(all.get(0));
      }

      int primaryIndex = 0;
      boolean conspiracy = false;
      if (terms.size() > 1) {
        int consp = -1;
        for (int i = 0; i < terms.size() && consp < 0; i++) {
          Term t = terms.get(i);
          if (CONSPIRACY.equals(t.section)
              && (t.code == null || "PC".equals(t.code) || sharesGroup(terms, i))) {
            consp = i;
          }
        }
        if (consp >= 0) {
          conspiracy = true;
          primaryIndex = consp;
        } else if (terms.stream().anyMatch(t -> GANG_ENHANCEMENT.equals(t.section))) {
          for (int i = 0; i < terms.size(); i++) {
            if (!GANG_ENHANCEMENT.equals(terms.get(i).section)) {
              primaryIndex = i;
              break;
            }
          }
        }
      }

      List<Citation> attached = new ArrayList<>(terms.size() - 1);
      for (int i = 0; i < terms.size(); i++) {
        if (i != primaryIndex) {
          Term t = terms.get(i);
          attached.add(
              citation(
                  TextNorm.trim(s.substring(t.start, t.textEnd)),
                  t,
                  t.code,
                  false,
                  false,
                  List.of(),
                  "",
                  t.code == null));
        }
      }

      Term primary = terms.get(primaryIndex);
      String code = conspiracy ? "PC" : primary.code;
      boolean anyLabel = all.stream().anyMatch(t -> t.code != null);
      boolean unlabelled = conspiracy ? !anyLabel : primary.code == null;
      return citation(
          s,
          primary,
          code,
          attempt,
          conspiracy,
          List.copyOf(attached),
          description,
          partial || unlabelled);
    }

    private static boolean sharesGroup(List<Term> terms, int i) {
      Term t = terms.get(i);
      for (int k = 0; k < terms.size(); k++) {
        if (k != i && terms.get(k).group == t.group && terms.get(k).code != null) {
          return true;
        }
      }
      return false;
    }

    private static Citation citation(
        String raw,
        Term t,
        String label,
        boolean attempt,
        boolean conspiracy,
        List<Citation> attached,
        String description,
        boolean partial) {
      String code = label == null ? Citation.UNKNOWN_CODE : label;
      boolean mismatch = false;
      if (PROP64_SECTIONS.contains(t.section) && !"HS".equals(code)) {
        code = "HS";
        mismatch = true;
      }
      return new Citation(
          raw,
          code,
          t.section,
          List.copyOf(t.subdivisions),
          attempt,
          conspiracy,
          attached,
          description,
          partial ? Citation.ParseStatus.PARTIAL : Citation.ParseStatus.OK,
          mismatch);
    }
  }
}
