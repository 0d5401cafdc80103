package org.recordrelief.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * One offense of the generator's catalog with the facts a correct parser must extract from its text
 * ({@code doj-input-format.md} §7.3): code, base section, subdivisions, attempt, attached
 * enhancement. The category says from which reference list the generator drew it.
 */
final class Offense {

  /** The list an offense was drawn from (the generator's intent, written to the truth files). */
  enum Category {
    /** HS 11357-11360. */
    PROP64,
    /** Looks like Prop 64 but is not (11357.5, 11361, 4573.6 PC, conspiracy 182). */
    LOOKALIKE,
    /** A super strike (prop64-rules.md §7.2) that is not PC 290 registrable. */
    SUPER_STRIKE,
    /** PC 290 registrable (prop64-rules.md §7.3) but not a super strike. */
    PC290,
    /** Both a super strike and PC 290 registrable (288(A), 261(A)(2), 269 ...). */
    SUPER_STRIKE_PC290,
    /** A plea-bargain substitute of the "related charges" list (prop64-rules.md §7.4). */
    RELATED,
    /** Any other offense. */
    OTHER,
    /** The offense text of a registration step (290 PC, 11590 HS). */
    REGISTRATION
  }

  /** How the charge level (OFFENSE_TOC) is chosen. */
  enum Level {
    FELONY,
    MISDEMEANOR,
    /** Felony with probability felonyShare, else misdemeanor. */
    WOBBLER,
    /** Misdemeanor before 2011, infraction from 2011 (SB 1449: 11357(B), 11360(B)). */
    SMALL_AMOUNT,
    INFRACTION
  }

  final String section;
  final String subdivisions;
  final String code;
  final String description;
  final String descriptionCannabis;
  final Category category;
  final Level level;
  /** True when the attempt is part of the catalog entry itself (664/187(A)). */
  final boolean builtInAttempt;
  /** The enhancement of a compound citation ({@code 186.22(B)(4)}), or "". */
  final String attached;
  /** The literal citation of a compound entry ({@code 246/186.22(B)(4)}), or null. */
  final String fixedCitation;
  /** {@link #subdivisions} as a list: {@code (A)(1)} → [A, 1]. */
  final List<String> subdivisionList;
  /** Base section of {@link #attached} ({@code 186.22}), or "". */
  final String attachedSection;
  /** Subdivisions of {@link #attached} ({@code [B, 4]}). */
  final List<String> attachedSubdivisions;

  Offense(
      String section,
      String subdivisions,
      String code,
      String description,
      Category category,
      Level level,
      boolean builtInAttempt,
      String attached,
      String fixedCitation) {
    this.section = section;
    this.subdivisions = subdivisions;
    this.code = code;
    this.description = description;
    this.descriptionCannabis = description.replace("MARIJUANA", "CANNABIS");
    this.category = category;
    this.level = level;
    this.builtInAttempt = builtInAttempt;
    this.attached = attached;
    this.fixedCitation = fixedCitation;
    this.subdivisionList = subdivisionList(subdivisions);
    int open = attached.indexOf('(');
    this.attachedSection = open < 0 ? attached : attached.substring(0, open);
    this.attachedSubdivisions = open < 0 ? List.of() : subdivisionList(attached.substring(open));
  }

  /** The catalog's subdivision notation {@code (B)(4)} as a list [B, 4]. */
  private static List<String> subdivisionList(String subs) {
    List<String> out = new ArrayList<>(2);
    int i = 0;
    while (i < subs.length()) {
      int close = subs.indexOf(')', i);
      if (subs.charAt(i) != '(' || close < 0) {
        throw new IllegalArgumentException("catalog subdivisions " + subs);
      }
      out.add(subs.substring(i + 1, close));
      i = close + 1;
    }
    return List.copyOf(out);
  }

  /** Base section 11357-11360 (any subdivision, any label, attempts included). */
  boolean isProp64() {
    return category == Category.PROP64;
  }

  /** A Prop 64 section: five digits, which allows the fused {@code 66411357} attempt form. */
  boolean fiveDigitHs() {
    return isProp64() && section.length() == 5;
  }

  boolean isPc290() {
    return category == Category.PC290 || category == Category.SUPER_STRIKE_PC290;
  }

  @Override
  public String toString() {
    return section + subdivisions + " " + code;
  }
}
