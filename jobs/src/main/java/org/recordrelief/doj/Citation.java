package org.recordrelief.doj;

import java.util.List;

/**
 * A parsed offense citation ({@code doj-input-format.md} §7.3), produced by {@link
 * CitationParser}. Sections are compared anchored (see {@code eligibility.SectionRule}): {@code 11357.5} is not
 * {@code 11357}.
 *
 * @param raw the text the citation was parsed from (unchanged)
 * @param code code label: HS, PC, VC, BP, WI, MV, … or UNKNOWN
 * @param section base section, upper case, with decimal part and letter suffix (11357, 288A)
 * @param subdivisions ordered subdivisions, letters upper-cased: 186.22(B)(4) → [B, 4]
 * @param attempt a PC 664 prefix or suffix was present (removed from {@code section})
 * @param conspiracy PC 182 with a target section (the target is in {@code attached})
 * @param attached further sections of a compound citation, in text order (a 186.22 gang
 *     enhancement, a conspiracy target); never includes a 664 attempt marker
 * @param description text after the separator, trimmed ("" when none)
 * @param parseStatus OK, PARTIAL or UNPARSED
 * @param codeLabelMismatch a section 11357–11360 labelled other than HS (treated as HS)
 */
public record Citation(
    String raw,
    String code,
    String section,
    List<String> subdivisions,
    boolean attempt,
    boolean conspiracy,
    List<Citation> attached,
    String description,
    ParseStatus parseStatus,
    boolean codeLabelMismatch) {

  public enum ParseStatus {
    OK,
    PARTIAL,
    UNPARSED
  }

  public static final String UNKNOWN_CODE = "UNKNOWN";

  /** A citation for text that names no section. */
  public static Citation unparsed(String raw) {
    return new Citation(
        raw, UNKNOWN_CODE, "", List.of(), false, false, List.of(), "", ParseStatus.UNPARSED, false);
  }

  public boolean isParsed() {
    return parseStatus != ParseStatus.UNPARSED;
  }

  /** Section with subdivisions, e.g. {@code 11357(C)} or {@code 186.22(B)(4)}; "" when unparsed. */
  public String sectionKey() {
    StringBuilder sb = new StringBuilder(section);
    for (String s : subdivisions) {
      sb.append('(').append(s).append(')');
    }
    return sb.toString();
  }

  /**
   * The normalised primary citation shown to people: {@code HS 11357(C)}, and {@code PC 664/187(A)}
   * for an attempt; "" when unparsed. Attached citations are not included: for a conspiracy this
   * is {@code PC 182(A)(1)} and the target is in {@link #attached()}.
   */
  public String normalized() {
    if (!isParsed()) {
      return "";
    }
    String prefix = attempt ? "664/" : "";
    String label = UNKNOWN_CODE.equals(code) ? "" : code + " ";
    return label + prefix + sectionKey();
  }

  /** True if the base section is one of HS 11357, 11358, 11359, 11360 (any label, any subdivision). */
  public boolean isProp64Section() {
    return switch (section) {
      case "11357", "11358", "11359", "11360" -> true;
      default -> false;
    };
  }
}
