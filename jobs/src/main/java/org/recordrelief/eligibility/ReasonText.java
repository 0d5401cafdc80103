package org.recordrelief.eligibility;

import org.recordrelief.doj.Citation;

/**
 * The one-sentence human reason of a determination. Built only from the section, the age tier,
 * rule wording and outcome words: never names, dates of birth or identifiers.
 */
final class ReasonText {
  private ReasonText() {}

  static String sentence(
      ConvictionFacts count,
      Relevance relevance,
      Partial p,
      AgeTier tier,
      Track track,
      Hit decisive) {
    StringBuilder sb = new StringBuilder();
    sb.append(label(count.offense(), relevance));
    if (tier != null && relevance == Relevance.PROP64) {
      sb.append(", ").append(tier.words());
    }
    sb.append(": ");
    Outcome o = p.outcome();
    if (o == Outcome.NEEDS_REVIEW) {
      String why = p.why() == null ? decisive.reasonCode() : p.why();
      sb.append("needs review because ").append(RuleCatalog.text(why));
      if (!why.equals(decisive.reasonCode())) {
        sb.append(" (").append(RuleCatalog.text(decisive.reasonCode())).append(')');
      }
      if (p.candidate() != null) {
        sb.append("; if resolved in the person's favour: ").append(words(p.candidate()));
      }
    } else {
      sb.append(RuleCatalog.text(decisive.reasonCode())).append(" -> ").append(words(o));
    }
    if (track != null) {
      sb.append(". ")
          .append(
              switch (track) {
                case RESENTENCE_11361_8_A_D ->
                    "Currently serving: resentencing under HS 11361.8(a)-(d), "
                        + "subject to risk review";
                case REDESIGNATE_11361_8_E_H ->
                    "Sentence completed: application under HS 11361.8(e)-(h)";
                case UNDETERMINED -> "Sentence status unknown";
              });
    }
    sb.append('.');
    return sb.toString();
  }

  private static String label(Citation c, Relevance relevance) {
    String n = c.normalized();
    if (n.isEmpty()) {
      n = "unreadable offense";
    } else if (c.isProp64Section() && !n.startsWith("HS ")) {
      // the label of 11357-11360 is not trusted (treated as HS)
      n = "HS " + (c.attempt() ? "664/" : "") + c.sectionKey();
    }
    return switch (relevance) {
      case CONSPIRACY -> "Conspiracy " + n;
      default -> n;
    };
  }

  static String words(Outcome o) {
    return switch (o) {
      case DISMISS_AND_SEAL -> "dismiss and seal";
      case REDUCE_TO_MISDEMEANOR -> "redesignate as a misdemeanor";
      case REDUCE_TO_INFRACTION -> "redesignate as an infraction";
      case NOT_ELIGIBLE -> "not eligible";
      case NEEDS_REVIEW -> "needs review";
    };
  }
}
