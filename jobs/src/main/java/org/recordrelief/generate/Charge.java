package org.recordrelief.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One offense as written on a count ({@code OFFENSE_DESCR}, {@code CONV_OFFENSE_DESCR} or
 * {@code COMMENT_TEXT}) together with the parse a correct reader must produce from it
 * ({@code doj-input-format.md} §7).
 */
final class Charge {
  final Offense offense;
  /** The text as written; {@code SEE COMMENT FOR CHARGE} or "" when the charge is in the comment. */
  final String text;
  /** COMMENT_TEXT as written, or "". */
  final String comment;
  /** True when the charge is only named in COMMENT_TEXT. */
  final boolean commentOnly;
  /** Attempt (PC 664) present in the text. */
  final boolean attempt;
  /** The code label as written (PC for a mislabelled 11359), or "". */
  final String label;
  /** The description written after the citation ("" when the text has none). */
  final String description;

  private Charge(
      Offense offense,
      String text,
      String comment,
      boolean commentOnly,
      boolean attempt,
      String label,
      String description) {
    this.offense = offense;
    this.text = text;
    this.comment = comment;
    this.commentOnly = commentOnly;
    this.attempt = attempt;
    this.label = label;
    this.description = description;
  }

  /** The code a reader should assign: HS for 11357-11360 whatever the label (§7.3). */
  String expectedCode() {
    return offense.isProp64() ? "HS" : offense.code;
  }

  private enum Shape {
    CANONICAL,
    FUSED_CODE,
    SPACED_HYPHEN,
    HYPHEN_SPACE_AFTER,
    LEADING_SPACE,
    LOWER_SUBDIVISION,
    NO_DESCRIPTION
  }

  private static final Shape[] VARIANTS = {
    Shape.FUSED_CODE,
    Shape.SPACED_HYPHEN,
    Shape.HYPHEN_SPACE_AFTER,
    Shape.LEADING_SPACE,
    Shape.LOWER_SUBDIVISION,
    Shape.NO_DESCRIPTION
  };

  private enum AttemptForm {
    SLASH,
    HYPHEN,
    DOT,
    FUSED,
    SUFFIX
  }

  private static final Charge NONE = new Charge(null, "", "", false, false, "", "");

  /** No offense text (a death step). */
  static Charge none() {
    return NONE;
  }

  /** The fixed text of a registration step. */
  static Charge registration(Offense o) {
    return new Charge(
        o, o.section + " " + o.code + "-" + o.description, "", false, false, o.code, o.description);
  }

  /**
   * Renders {@code o} for one count.
   *
   * @param cannabisEra write CANNABIS instead of MARIJUANA (texts after Prop 64)
   * @param allowCommentOnly whether the count may move its charge into COMMENT_TEXT
   */
  static Charge render(
      Offense o,
      boolean cannabisEra,
      boolean allowCommentOnly,
      GeneratorSettings s,
      SplittableRandom rng,
      StringBuilder b) {
    boolean compound = o.fixedCitation != null;
    boolean attempt =
        o.builtInAttempt
            || (!compound && attemptPlausible(o) && Weighted.chance(rng, s.attemptRate()));
    String label =
        o.isProp64() && Weighted.chance(rng, s.codeLabelMismatchRate()) ? "PC" : o.code;
    String description = cannabisEra ? o.descriptionCannabis : o.description;

    if (allowCommentOnly
        && !compound
        && !attempt
        && Weighted.chance(rng, s.commentOnlyRate())) {
      b.setLength(0);
      if (rng.nextDouble() < 0.3) {
        b.append(':');
      }
      b.append("CHRG ").append(o.section).append(o.subdivisions).append(' ').append(label);
      String text = rng.nextDouble() < 0.8 ? "SEE COMMENT FOR CHARGE" : "";
      return new Charge(o, text, b.toString(), true, false, label, "");
    }

    Shape shape =
        Weighted.chance(rng, s.offenseTextVariantRate())
            ? Weighted.oneOf(rng, VARIANTS)
            : Shape.CANONICAL;
    if (shape == Shape.LOWER_SUBDIVISION && o.subdivisions.isEmpty()) {
      shape = Shape.CANONICAL;
    }
    b.setLength(0);
    if (shape == Shape.LEADING_SPACE) {
      b.append(' ');
    }
    String subs =
        shape == Shape.LOWER_SUBDIVISION
            ? o.subdivisions.toLowerCase(Locale.ROOT)
            : o.subdivisions;
    if (compound) {
      b.append(o.fixedCitation);
    } else if (attempt) {
      AttemptForm form = attemptForm(o, rng);
      switch (form) {
        case SLASH:
          b.append("664/").append(o.section).append(subs);
          break;
        case HYPHEN:
          b.append("664-").append(o.section).append(subs);
          break;
        case DOT:
          b.append("664.").append(o.section).append(subs);
          break;
        case FUSED:
          b.append("664").append(o.section).append(subs);
          break;
        default:
          b.append(o.section).append(subs).append("-664");
      }
    } else {
      b.append(o.section).append(subs);
    }
    if (shape != Shape.FUSED_CODE) {
      b.append(' ');
    }
    b.append(label);
    switch (shape) {
      case NO_DESCRIPTION:
        break;
      case SPACED_HYPHEN:
        b.append(" - ").append(description);
        break;
      case HYPHEN_SPACE_AFTER:
        b.append("- ").append(description);
        break;
      default:
        b.append('-').append(description);
    }
    String written = shape == Shape.NO_DESCRIPTION ? "" : description;
    return new Charge(o, b.toString(), "", false, attempt, label, written);
  }

  /** Attempts are written for Prop 64 sections and for felony-capable non-vehicle offenses. */
  private static boolean attemptPlausible(Offense o) {
    if (o.isProp64()) {
      return true;
    }
    return (o.level == Offense.Level.FELONY || o.level == Offense.Level.WOBBLER)
        && !"VC".equals(o.code)
        && o.category != Offense.Category.REGISTRATION;
  }

  private static AttemptForm attemptForm(Offense o, SplittableRandom rng) {
    double u = rng.nextDouble();
    if (o.builtInAttempt) {
      return u < 0.7 ? AttemptForm.SLASH : AttemptForm.HYPHEN;
    }
    if (o.fiveDigitHs()) {
      return u < 0.4
          ? AttemptForm.SLASH
          : u < 0.7 ? AttemptForm.HYPHEN : u < 0.85 ? AttemptForm.DOT : AttemptForm.FUSED;
    }
    return u < 0.5 ? AttemptForm.SLASH : u < 0.75 ? AttemptForm.HYPHEN : AttemptForm.SUFFIX;
  }
}
