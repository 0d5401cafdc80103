package org.recordrelief.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recordrelief.doj.Citation;

/**
 * Builds {@link Citation} records for tests from a compact notation (the real parser is another
 * piece of work):
 *
 * <pre>
 *   "HS 11357(B)"                       code HS, section 11357, subdivisions [B]
 *   "HS 11357 - 28.5 GRAMS OR LESS"     with a description
 *   "PC 664/269"                        attempt of PC 269
 *   "PC 182(A)(1)>HS 11359"             conspiracy (section 182) with target HS 11359
 *   "PC 246+186.22(B)(4)"               compound citation (attached enhancement, no own label)
 *   "11359"                             no code label (UNKNOWN)
 *   "?"                                 unparsed text
 * </pre>
 */
final class Cits {
  private Cits() {}

  static Citation of(String spec) {
    if (spec == null || spec.equals("?")) {
      return Citation.unparsed(spec == null ? "" : spec);
    }
    String body = spec;
    String desc = "";
    int d = spec.indexOf(" - ");
    if (d >= 0) {
      body = spec.substring(0, d);
      desc = spec.substring(d + 3);
    }
    String code = Citation.UNKNOWN_CODE;
    int sp = body.indexOf(' ');
    if (sp > 0 && body.substring(0, sp).chars().allMatch(Character::isLetter)) {
      code = body.substring(0, sp);
      body = body.substring(sp + 1);
    }
    if (body.contains(">")) {
      String[] parts = body.split(">", 2);
      Citation head = plain(parts[0], code, "", spec);
      Citation target = of(parts[1]);
      return new Citation(spec, code, head.section(), head.subdivisions(), false, true,
          List.of(target), desc, Citation.ParseStatus.OK, false);
    }
    List<Citation> attached = new ArrayList<>();
    String[] plus = body.split("\\+");
    for (int i = 1; i < plus.length; i++) {
      attached.add(plain(plus[i], Citation.UNKNOWN_CODE, "", plus[i]));
    }
    Citation main = plain(plus[0], code, desc, spec);
    return new Citation(spec, main.code(), main.section(), main.subdivisions(), main.attempt(),
        false, attached, desc, main.parseStatus(), main.codeLabelMismatch());
  }

  private static Citation plain(String body, String code, String desc, String raw) {
    boolean attempt = false;
    String b = body.trim();
    if (b.startsWith("664/")) {
      attempt = true;
      b = b.substring(4);
    }
    int p = b.indexOf('(');
    String section = (p < 0 ? b : b.substring(0, p)).toUpperCase(Locale.ROOT);
    List<String> subs = new ArrayList<>();
    if (p >= 0) {
      for (String s : b.substring(p + 1, b.length() - 1).split("\\)\\(")) {
        subs.add(s.toUpperCase(Locale.ROOT));
      }
    }
    boolean p64 = switch (section) {
      case "11357", "11358", "11359", "11360" -> true;
      default -> false;
    };
    boolean mismatch = p64 && !"HS".equals(code);
    Citation.ParseStatus st =
        Citation.UNKNOWN_CODE.equals(code) ? Citation.ParseStatus.PARTIAL : Citation.ParseStatus.OK;
    return new Citation(raw, code, section, subs, attempt, false, List.of(), desc, st, mismatch);
  }
}
