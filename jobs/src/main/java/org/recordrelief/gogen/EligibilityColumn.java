package org.recordrelief.gogen;

import java.util.List;

/**
 * gogen's eligibility columns ({@code prop64-rules.md} §10.2), with their exact header text. Which
 * of them a file has, and in which order, is the profile's {@link GogenProfile#columns()}.
 */
public enum EligibilityColumn {
  CASE_NUMBER("Case Number"),
  CONVICTION_COUNT("# of convictions on record"),
  POSSIBLE_OTHER_P64("Possible Other P64 Charges"),
  OCCURRED_AFTER_2016_11_09("Occurred after 11/9/2016"),
  SUPERSTRIKES("Superstrike Code Section(s)"),
  PC290_SECTIONS("PC290 Code Section(s)"),
  PC290_REGISTRATION("PC290 Registration"),
  DATE_OF_CONVICTION("Date of Conviction"),
  YEARS_SINCE_THIS("Years Since This Conviction"),
  YEARS_SINCE_ANY("Years Since Any Conviction"),
  PROP64_COUNT("# of Prop 64 convictions"),
  HS11357_COUNT("# of HS 11357 convictions"),
  HS11358_COUNT("# of HS 11358 convictions"),
  HS11359_COUNT("# of HS 11359 convictions"),
  HS11360_COUNT("# of HS 11360 convictions"),
  DECEASED("Deceased"),
  DETERMINATION("Eligibility Determination"),
  REASON("Eligibility Reason");

  /** Final gogen (2020): 18 columns. */
  static final List<EligibilityColumn> FINAL_2020 = List.of(values());

  /** gogen_pilots Los Angeles (2019-10): the final list without "Occurred after 11/9/2016". */
  static final List<EligibilityColumn> LOS_ANGELES_2019_10 =
      FINAL_2020.stream().filter(c -> c != OCCURRED_AFTER_2016_11_09).toList();

  /** gogen_pilots July 2019: 12 columns. */
  static final List<EligibilityColumn> PILOTS_2019_07 =
      List.of(
          CASE_NUMBER,
          CONVICTION_COUNT,
          SUPERSTRIKES,
          PC290_SECTIONS,
          PC290_REGISTRATION,
          DATE_OF_CONVICTION,
          YEARS_SINCE_THIS,
          YEARS_SINCE_ANY,
          PROP64_COUNT,
          DECEASED,
          DETERMINATION,
          REASON);

  private final String header;

  EligibilityColumn(String header) {
    this.header = header;
  }

  /** Header text as gogen wrote it. */
  public String header() {
    return header;
  }

  /** True for the two columns filled from the policy decision. */
  public boolean isDecision() {
    return this == DETERMINATION || this == REASON;
  }
}
