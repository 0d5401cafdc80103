package org.recordrelief.eligibility;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.recordrelief.doj.Citation;
import org.recordrelief.doj.DojDate;

/**
 * One convicted count, with the derived attributes of {@code doj-input-format.md} §6 and the inputs
 * of {@code prop64-rules.md} §2.1. Built upstream (one per de-duplicated {@code CNT_ORDER}); the
 * evaluator never re-derives these from raw text.
 *
 * <p>Offense-date normalisation (compact constructor): when no real offense date is known but the
 * conviction date is, the source becomes {@link OffenseDateSource#CONVICTION} and {@code
 * offenseDate} equals {@code convictionDate}; when neither is known the source is {@link
 * OffenseDateSource#UNKNOWN}.
 *
 * @param key count identity (subject id + {@code CNT_ORDER})
 * @param offense the convicted offense (selected per input spec §7.1)
 * @param charged the charged offense ({@code OFFENSE_DESCR}); equals {@code offense} when the same
 * @param levelAtConviction F / M / I / UNKNOWN (input spec §6.2)
 * @param currentLevel level after a later PC 17(b), Prop 47 or Prop 64 change shown on the record;
 *     equals {@code levelAtConviction} when no change was found
 * @param offenseDate offense-date proxy (interval)
 * @param offenseDateSource where {@code offenseDate} came from
 * @param convictionDate date of the court step carrying the conviction (interval)
 * @param sentence combined sentence (status is computed against the evaluation date)
 * @param juvenileCourt WIC 602 adjudication (juvenile-court ORI)
 * @param county county of conviction as DOJ writes it (display name)
 * @param countySlug stable lower-case hyphenated county slug (output partition)
 * @param alreadyRelieved a later update shows 11361.8 relief, dismissal, vacatur or reversal
 * @param pc1203Dismissed set aside under PC 1203.4 / 1203.4a / 1203.41 / 1203.42
 * @param carriedFlags determination flags raised upstream that pass through unchanged (e.g. {@link
 *     Flag#POSSIBLE_OTHER_P64_CHARGE}, {@link Flag#IDENTITY_SENSITIVE}); {@link
 *     Flag#CODE_LABEL_MISMATCH} and {@link Flag#OFFENSE_DATE_FROM_CONVICTION} are also derived here
 * @param issues ingest issue codes of the count (informational, e.g. {@code CNT_ORDER_CONFLICT});
 *     the one the evaluator acts on is {@code CYC_AGE_TIER_CONFLICT} (the age tier is unknown)
 */
public record ConvictionFacts(
    CountKey key,
    Citation offense,
    Citation charged,
    Level levelAtConviction,
    Level currentLevel,
    DojDate offenseDate,
    OffenseDateSource offenseDateSource,
    DojDate convictionDate,
    SentenceInfo sentence,
    boolean juvenileCourt,
    String county,
    String countySlug,
    boolean alreadyRelieved,
    boolean pc1203Dismissed,
    Set<Flag> carriedFlags,
    SortedSet<String> issues)
    implements CountFacts {

  public ConvictionFacts {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(offense, "offense");
    charged = charged == null ? offense : charged;
    levelAtConviction = levelAtConviction == null ? Level.UNKNOWN : levelAtConviction;
    currentLevel =
        currentLevel == null || currentLevel == Level.UNKNOWN ? levelAtConviction : currentLevel;
    convictionDate = convictionDate == null ? DojDate.unknown() : convictionDate;
    offenseDate = offenseDate == null ? DojDate.unknown() : offenseDate;
    if (offenseDateSource == null) {
      offenseDateSource = OffenseDateSource.CYCLE;
    }
    if (offenseDateSource == OffenseDateSource.CONVICTION
        || offenseDateSource == OffenseDateSource.UNKNOWN
        || !offenseDate.isKnown()) {
      if (convictionDate.isKnown()) {
        offenseDateSource = OffenseDateSource.CONVICTION;
        offenseDate = convictionDate;
      } else {
        offenseDateSource = OffenseDateSource.UNKNOWN;
        offenseDate = DojDate.unknown();
      }
    }
    sentence = sentence == null ? SentenceInfo.invalid() : sentence;
    county = county == null ? "" : county;
    countySlug = countySlug == null ? "" : countySlug;
    EnumSet<Flag> cf = EnumSet.noneOf(Flag.class);
    if (carriedFlags != null) {
      cf.addAll(carriedFlags);
    }
    carriedFlags = Collections.unmodifiableSet(cf);
    issues =
        Collections.unmodifiableSortedSet(issues == null ? new TreeSet<>() : new TreeSet<>(issues));
  }

  @Override
  public List<Citation> citations() {
    return charged.equals(offense) ? List.of(offense) : List.of(offense, charged);
  }

  /** True when the conviction date was used as the offense date. */
  public boolean offenseDateFromConviction() {
    return offenseDateSource == OffenseDateSource.CONVICTION;
  }
}
