package org.recordrelief.generate;

import static org.recordrelief.generate.Offense.Category.LOOKALIKE;
import static org.recordrelief.generate.Offense.Category.OTHER;
import static org.recordrelief.generate.Offense.Category.PC290;
import static org.recordrelief.generate.Offense.Category.PROP64;
import static org.recordrelief.generate.Offense.Category.REGISTRATION;
import static org.recordrelief.generate.Offense.Category.RELATED;
import static org.recordrelief.generate.Offense.Category.SUPER_STRIKE;
import static org.recordrelief.generate.Offense.Category.SUPER_STRIKE_PC290;
import static org.recordrelief.generate.Offense.Level.FELONY;
import static org.recordrelief.generate.Offense.Level.INFRACTION;
import static org.recordrelief.generate.Offense.Level.MISDEMEANOR;
import static org.recordrelief.generate.Offense.Level.SMALL_AMOUNT;
import static org.recordrelief.generate.Offense.Level.WOBBLER;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.recordrelief.generate.Offense.Category;
import org.recordrelief.generate.Offense.Level;

/**
 * The offenses the generator writes, in weighted pools. Texts follow the DOJ shape
 * {@code <section>(<subdivisions>) <code>-<description>}; sections and lists follow
 * {@code prop64-rules.md} §7. Weights are relative frequencies within a pool.
 */
final class OffenseCatalog {
  private OffenseCatalog() {}

  /** A weighted list of offenses. */
  static final class Pool {
    private final List<Offense> offenses = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();
    private Offense[] array;
    private double[] cum;

    Pool add(Offense o, double weight) {
      offenses.add(o);
      weights.add(weight);
      return this;
    }

    Pool freeze() {
      array = offenses.toArray(new Offense[0]);
      double[] w = new double[weights.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = weights.get(i);
      }
      cum = Weighted.cumulative(w);
      return this;
    }

    Offense pick(SplittableRandom rng) {
      return array[Weighted.pick(cum, rng)];
    }

    List<Offense> all() {
      return List.of(array);
    }
  }

  private static Offense o(
      String section, String subs, String code, String descr, Category cat, Level level) {
    return new Offense(section, subs, code, descr, cat, level, false, "", null);
  }

  // ---- Prop 64 (HS 11357-11360) ----
  static final Offense P11357 = o("11357", "", "HS", "POSSESS MARIJUANA", PROP64, WOBBLER);
  static final Offense P11357A =
      o("11357", "(A)", "HS", "POSSESS CONCENTRATED CANNABIS", PROP64, WOBBLER);
  static final Offense P11357B =
      o("11357", "(B)", "HS", "POSSESS 28.5 GRAMS OR LESS MARIJUANA", PROP64, SMALL_AMOUNT);
  static final Offense P11357C =
      o("11357", "(C)", "HS", "POSS MARIJUANA OVER 28.5 GRAMS", PROP64, MISDEMEANOR);
  static final Offense P11357D =
      o("11357", "(D)", "HS", "POSS MARIJUANA ON SCHOOL GROUNDS", PROP64, MISDEMEANOR);
  static final Offense P11357E =
      o("11357", "(E)", "HS", "MINOR POSS MARIJUANA ON SCHOOL GROUNDS", PROP64, MISDEMEANOR);
  static final Offense P11358 = o("11358", "", "HS", "CULTIVATE MARIJUANA", PROP64, FELONY);
  static final Offense P11359 =
      o("11359", "", "HS", "POSSESS MARIJUANA FOR SALE", PROP64, FELONY);
  static final Offense P11360A =
      o("11360", "(A)", "HS", "SELL/TRANSPORT MARIJUANA", PROP64, FELONY);
  static final Offense P11360A_IMPORT =
      o("11360", "(A)", "HS", "IMPORT MARIJUANA INTO STATE", PROP64, FELONY);
  static final Offense P11360B =
      o("11360", "(B)", "HS", "GIVE/TRANSPORT 28.5 GRAMS OR LESS MARIJUANA", PROP64, SMALL_AMOUNT);
  static final Offense P11360 = o("11360", "", "HS", "TRANSPORT/SELL MARIJUANA", PROP64, FELONY);

  static final Pool PROP64_ADULT =
      new Pool()
          .add(P11357, 4)
          .add(P11357A, 4)
          .add(P11357B, 30)
          .add(P11357C, 8)
          .add(P11357D, 1)
          .add(P11358, 14)
          .add(P11359, 20)
          .add(P11360A, 12)
          .add(P11360A_IMPORT, 1)
          .add(P11360B, 3)
          .add(P11360, 3)
          .freeze();

  static final Pool PROP64_JUVENILE =
      new Pool()
          .add(P11357B, 10)
          .add(P11357E, 3)
          .add(P11357C, 3)
          .add(P11359, 5)
          .add(P11358, 2)
          .add(P11360B, 2)
          .freeze();

  /** Sections used for "two priors" histories: three cases of one of these. */
  static final Offense[] TWO_PRIOR_SECTIONS = {P11358, P11359, P11360A};

  // ---- lookalikes: never Prop 64 ----
  static final Pool LOOKALIKES =
      new Pool()
          .add(o("11357.5", "(A)", "HS", "SELL/ETC SYNTHETIC CANNABINOID", LOOKALIKE, MISDEMEANOR), 2)
          .add(o("11361", "(A)", "HS", "EMPLOY MINOR TO SELL MARIJUANA", LOOKALIKE, FELONY), 2)
          .add(o("11361", "(B)", "HS", "FURNISH MARIJUANA TO MINOR", LOOKALIKE, FELONY), 2)
          .add(o("4573.6", "", "PC", "POSS CONTROLLED SUBSTANCE IN PRISON/JAIL", LOOKALIKE, FELONY), 2)
          .add(o("11362.3", "(A)(1)", "HS", "SMOKE MARIJUANA IN PUBLIC PLACE", LOOKALIKE, INFRACTION), 1)
          .add(o("182", "(A)(1)", "PC", "CONSPIRACY TO COMMIT A CRIME", LOOKALIKE, FELONY), 2)
          .freeze();

  /** HS 11361 furnishing to a minor, used as a same-case companion (minor indicator). */
  static final Offense MINOR_COMPANION =
      o("11361", "(B)", "HS", "FURNISH MARIJUANA TO MINOR", LOOKALIKE, FELONY);

  /** Fish and Game pollution count, an environmental indicator next to 11358. */
  static final Offense ENVIRONMENTAL_COMPANION =
      o("5650", "(A)(6)", "FG", "PLACE/DEPOSIT POLLUTANT IN WATERS", OTHER, MISDEMEANOR);

  // ---- super strikes (prop64-rules.md §7.2) ----
  static final Pool SUPER_STRIKES =
      new Pool()
          .add(o("187", "", "PC", "MURDER", SUPER_STRIKE, FELONY), 3)
          .add(o("187", "(A)", "PC", "MURDER", SUPER_STRIKE, FELONY), 3)
          .add(
              new Offense(
                  "187", "(A)", "PC", "ATTEMPTED MURDER", SUPER_STRIKE, FELONY, true, "", null),
              4)
          .add(o("207", "(A)", "PC", "KIDNAPPING", SUPER_STRIKE, FELONY), 2)
          .add(o("209", "(B)(1)", "PC", "KIDNAP TO COMMIT ROBBERY/ETC", SUPER_STRIKE, FELONY), 1)
          .add(o("653F", "", "PC", "SOLICIT TO COMMIT CRIME", SUPER_STRIKE, FELONY), 1)
          .add(o("191.5", "(A)", "PC", "GROSS VEH MANSLAUGHTER WHILE INTOX", SUPER_STRIKE, FELONY), 1)
          .add(o("220", "", "PC", "ASSAULT TO COMMIT MAYHEM/RAPE/ETC", SUPER_STRIKE, FELONY), 1)
          .add(o("245", "(D)(3)", "PC", "ASSAULT PEACE OFFICER W/MACHINEGUN", SUPER_STRIKE, FELONY), 0.3)
          .add(
              new Offense(
                  "246",
                  "",
                  "PC",
                  "SHOOT AT INHABITED DWELLING FOR GANG",
                  SUPER_STRIKE,
                  FELONY,
                  false,
                  "186.22(B)(4)",
                  "246/186.22(B)(4)"),
              1)
          .add(
              new Offense(
                  "215",
                  "",
                  "PC",
                  "CARJACKING FOR CRIMINAL STREET GANG",
                  SUPER_STRIKE,
                  FELONY,
                  false,
                  "186.22(B)(4)",
                  "215 + 186.22(B)(4)"),
              0.5)
          .add(o("288", "(A)", "PC", "LEWD ACTS WITH CHILD UNDER 14", SUPER_STRIKE_PC290, FELONY), 4)
          .add(o("261", "(A)(2)", "PC", "RAPE BY FORCE/FEAR/ETC", SUPER_STRIKE_PC290, FELONY), 3)
          .add(o("269", "", "PC", "AGGRAVATED SEXUAL ASSAULT OF CHILD", SUPER_STRIKE_PC290, FELONY), 1)
          .add(o("288.5", "(A)", "PC", "CONTINUOUS SEXUAL ABUSE OF CHILD", SUPER_STRIKE_PC290, FELONY), 1)
          .add(o("288A", "(C)(1)", "PC", "ORAL COPULATION W/PERSON UNDER 14", SUPER_STRIKE_PC290, FELONY), 1)
          .freeze();

  // ---- PC 290 registrable (prop64-rules.md §7.3) ----
  static final Pool PC290_OFFENSES =
      new Pool()
          .add(o("243.4", "(A)", "PC", "SEXUAL BATTERY", PC290, WOBBLER), 4)
          .add(o("311.11", "(A)", "PC", "POSSESS/ETC CHILD PORNOGRAPHY", PC290, WOBBLER), 3)
          .add(o("647.6", "(A)(1)", "PC", "ANNOY/MOLEST CHILD UNDER 18", PC290, MISDEMEANOR), 3)
          .add(o("314", "(1)", "PC", "INDECENT EXPOSURE", PC290, MISDEMEANOR), 4)
          .add(o("266J", "", "PC", "PROCURE CHILD UNDER 16 FOR LEWD ACT", PC290, FELONY), 0.5)
          .add(o("236.1", "(C)", "PC", "HUMAN TRAFFICKING OF MINOR", PC290, FELONY), 0.5)
          .add(o("288", "(A)", "PC", "LEWD ACTS WITH CHILD UNDER 14", SUPER_STRIKE_PC290, FELONY), 2)
          .add(o("261", "(A)(2)", "PC", "RAPE BY FORCE/FEAR/ETC", SUPER_STRIKE_PC290, FELONY), 1)
          .freeze();

  // ---- related charges (prop64-rules.md §7.4): the usual companions of a Prop 64 count ----
  static final Pool RELATED_OFFENSES =
      new Pool()
          .add(o("647", "(F)", "PC", "DISORDERLY CONDUCT:INTOX DRUG/ALCOHOL", RELATED, MISDEMEANOR), 8)
          .add(o("602", "", "PC", "TRESPASSING", RELATED, MISDEMEANOR), 3)
          .add(o("466", "", "PC", "POSSESS BURGLARY TOOLS", RELATED, MISDEMEANOR), 2)
          .add(o("148.9", "(A)", "PC", "FALSE IDENTIFICATION TO PEACE OFFICER", RELATED, MISDEMEANOR), 2)
          .add(o("148", "(A)(1)", "PC", "OBSTRUCT/RESIST PUBLIC OFFICER", RELATED, MISDEMEANOR), 8)
          .add(o("11364", "(A)", "HS", "POSSESS UNLAWFUL PARAPHERNALIA", RELATED, MISDEMEANOR), 10)
          .add(o("11550", "(A)", "HS", "UNDER INFLUENCE CONTROLLED SUBSTANCE", RELATED, MISDEMEANOR), 8)
          .add(o("4140", "", "BP", "POSSESS HYPODERMIC NEEDLE/SYRINGE", RELATED, MISDEMEANOR), 2)
          .add(o("4149", "", "BP", "UNLICENSED SALE OF NEEDLES", RELATED, MISDEMEANOR), 0.5)
          .add(o("4060", "", "BP", "POSSESS CONTROLLED SUBSTANCE W/O PRESCRIPTION", RELATED, MISDEMEANOR), 3)
          .add(o("40508", "(A)", "VC", "FAIL TO APPEAR:WRITTEN PROMISE", RELATED, MISDEMEANOR), 3)
          .add(o("1320", "(B)", "PC", "FAIL TO APPEAR ON FELONY CHARGE", RELATED, FELONY), 1)
          .freeze();

  // ---- common California offenses, related charges included ----
  static final Pool OTHER_OFFENSES;

  static {
    Pool p =
        new Pool()
            .add(o("459", "", "PC", "BURGLARY", OTHER, FELONY), 10)
            .add(o("484", "(A)", "PC", "THEFT OF PERSONAL PROPERTY", OTHER, MISDEMEANOR), 8)
            .add(o("488", "", "PC", "PETTY THEFT", OTHER, MISDEMEANOR), 8)
            .add(o("487", "(A)", "PC", "GRAND THEFT:MONEY/LABOR/PROPERTY", OTHER, WOBBLER), 4)
            .add(o("496", "(A)", "PC", "RECEIVE/ETC KNOWN STOLEN PROPERTY", OTHER, WOBBLER), 5)
            .add(o("666", "", "PC", "PETTY THEFT WITH PRIOR JAIL", OTHER, WOBBLER), 3)
            .add(o("10851", "(A)", "VC", "TAKE VEHICLE W/O OWNER'S CONSENT", OTHER, WOBBLER), 5)
            .add(o("23152", "(A)", "VC", "DUI ALCOHOL/DRUGS", OTHER, MISDEMEANOR), 12)
            .add(o("23152", "(B)", "VC", "DUI ALCOHOL/0.08 PERCENT", OTHER, MISDEMEANOR), 8)
            .add(o("23153", "(A)", "VC", "DUI ALCOHOL/DRUGS CAUSING INJURY", OTHER, FELONY), 1)
            .add(o("14601.1", "(A)", "VC", "DRIVE WHILE LICENSE SUSPENDED/ETC", OTHER, MISDEMEANOR), 8)
            .add(o("12500", "(A)", "VC", "DRIVE WITHOUT LICENSE", OTHER, MISDEMEANOR), 5)
            .add(o("20002", "(A)", "VC", "HIT AND RUN:PROPERTY DAMAGE", OTHER, MISDEMEANOR), 2)
            .add(o("273.5", "(A)", "PC", "INFLICT CORPORAL INJ ON SPOUSE/COHAB", OTHER, WOBBLER), 6)
            .add(o("242", "", "PC", "BATTERY", OTHER, MISDEMEANOR), 6)
            .add(o("243", "(E)(1)", "PC", "BATTERY ON SPOUSE/EX SPOUSE/DATE/ETC", OTHER, MISDEMEANOR), 5)
            .add(o("245", "(A)(1)", "PC", "ASSAULT WITH DEADLY WEAPON", OTHER, WOBBLER), 5)
            .add(o("211", "", "PC", "ROBBERY", OTHER, FELONY), 4)
            .add(o("215", "(A)", "PC", "CARJACKING", OTHER, FELONY), 1)
            .add(o("422", "", "PC", "CRIMINAL THREATS", OTHER, WOBBLER), 3)
            .add(o("594", "(A)", "PC", "VANDALISM", OTHER, WOBBLER), 4)
            .add(o("166", "(A)(4)", "PC", "CONTEMPT:DISOBEY COURT ORDER", OTHER, MISDEMEANOR), 3)
            .add(o("273.6", "(A)", "PC", "VIOLATE DOMESTIC RELATIONS ORDER", OTHER, MISDEMEANOR), 2)
            .add(o("647", "(B)", "PC", "DISORDERLY CONDUCT:PROSTITUTION", OTHER, MISDEMEANOR), 2)
            .add(o("415", "(1)", "PC", "FIGHT/CHALLENGE FIGHT PUBLIC PLACE", OTHER, MISDEMEANOR), 2)
            .add(o("11350", "(A)", "HS", "POSSESS NARCOTIC CONTROLLED SUBSTANCE", OTHER, WOBBLER), 10)
            .add(o("11351", "", "HS", "POSSESS/PURCHASE FOR SALE NARCOTIC", OTHER, FELONY), 4)
            .add(o("11351.5", "", "HS", "POSSESS/PURCHASE COCAINE BASE FOR SALE", OTHER, FELONY), 2)
            .add(o("11352", "(A)", "HS", "TRANSPORT/SELL NARCOTIC/CNTL SUBSTANCE", OTHER, FELONY), 3)
            .add(o("11377", "(A)", "HS", "POSSESS CONTROLLED SUBSTANCE", OTHER, WOBBLER), 10)
            .add(o("11378", "", "HS", "POSSESS CONTROLLED SUBSTANCE FOR SALE", OTHER, FELONY), 4)
            .add(o("11379", "(A)", "HS", "TRANSPORT/SELL CONTROLLED SUBSTANCE", OTHER, FELONY), 2)
            .add(o("12020", "(A)", "PC", "POSSESS/ETC DEADLY WEAPON", OTHER, FELONY), 2)
            .add(o("12025", "(A)(1)", "PC", "CARRY CONCEALED WEAPON IN VEHICLE", OTHER, WOBBLER), 2)
            .add(o("12031", "(A)(1)", "PC", "CARRY LOADED FIREARM IN PUBLIC", OTHER, WOBBLER), 2)
            .add(o("29800", "(A)(1)", "PC", "FELON/ADDICT/ETC POSSESS FIREARM", OTHER, FELONY), 2)
            .add(o("417", "(A)(2)", "PC", "EXHIBIT FIREARM", OTHER, MISDEMEANOR), 1)
            .add(o("530.5", "(A)", "PC", "UNAUTHORIZED USE OF PERSONAL ID INFO", OTHER, WOBBLER), 2)
            .add(o("470", "(A)", "PC", "FORGERY", OTHER, WOBBLER), 1)
            .add(o("32", "", "PC", "ACCESSORY", OTHER, WOBBLER), 1)
            .add(o("853.7", "", "PC", "FAIL TO APPEAR AFTER WRITTEN PROMISE", OTHER, MISDEMEANOR), 2);
    for (Offense r : RELATED_OFFENSES.all()) {
      p.add(r, 3);
    }
    OTHER_OFFENSES = p.freeze();
  }

  // ---- registration step texts ----
  static final Offense REG_290 =
      o("290", "", "PC", "REGISTRATION OF SEX OFFENDER", REGISTRATION, MISDEMEANOR);
  static final Offense REG_11590 =
      o("11590", "", "HS", "REGISTRATION OF CONTROLLED SUBSTANCE OFFENDER", REGISTRATION, MISDEMEANOR);
}
