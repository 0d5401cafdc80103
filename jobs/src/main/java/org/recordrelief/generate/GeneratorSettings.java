package org.recordrelief.generate;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every knob of the synthetic DOJ data generator, eagerly validated at construction. The HOCON
 * block {@code recordrelief.generate} (resource {@code recordrelief-generate.conf}) holds each key
 * with its default and a one-line comment; the key names are the component names below.
 *
 * <p>Rates are probabilities in [0, 1]. "Per person" rates are drawn once per person, "per case"
 * once per court case, "per count" once per charge, "per row" once per written data record.
 * Defect rates are per row and mutually exclusive (one row carries at most one defect).
 *
 * @param people number of true persons to generate (at most 90,000,000: SUBJECT_IDs are 8 digits)
 * @param seed master seed; the same seed and settings give byte-identical output
 * @param rowsPerFile data rows per output file before the next file is started
 * @param header write the 95-name header line at the top of each DOJ file
 * @param lineEnding line terminator of every written file
 * @param firstYear first year of the histories (events never start before 1 January of it)
 * @param extractDate the extract date; every generated event lies before it (never the clock)
 * @param writeRowTruth write {@code truth/rows.csv} (one line per data row; large at scale)
 * @param maleShare share of persons with GENDER M (others F)
 * @param missingDobRate per person: PRI_DOB blank on every row
 * @param deceasedRate per person: a DECEASED step after the last event
 * @param ciiLetterRate per person: the CII number starts with a letter instead of a digit
 * @param prop64PersonRate per person: the person has at least one Prop 64 conviction case
 * @param prop64TwoCaseRate probability of exactly two Prop 64 conviction cases
 * @param prop64ThreeCaseRate probability of exactly three Prop 64 conviction cases
 * @param otherConvictionMean gogen-style mean of other conviction cases, before caseScale
 * @param nonConvictionMean gogen-style mean of non-conviction cases, before caseScale
 * @param caseScale factor on both means (calibrates rows per person to about 20 at defaults)
 * @param frequentOffenderRate per person: case counts multiplied by frequentOffenderFactor
 * @param frequentOffenderFactor multiplier for frequent offenders (the long tail of big histories)
 * @param maxCountsPerCase most counts (charges) in one step
 * @param otherCountyShare per non-Prop-64 case: a county other than the person's home county
 * @param felonyShare per count of a wobbler offense: charged as a felony
 * @param sentenceTwoPartRate per convicted count: a two-part sentence (two rows)
 * @param sentenceThreePartRate per convicted count: a three-part sentence (three rows)
 * @param sentenceAbsentRate per convicted count: no sentence columns at all
 * @param noArrestStepRate per conviction case: no arrest step, the court step is the only one
 * @param convStatBlankRate per convicted count: CONV_STAT_DESCR blank (level falls back)
 * @param superStrikeRate per person: one super-strike conviction case
 * @param pc290ConvictionRate per person: one PC 290 registrable conviction case
 * @param registrationRate per person with a PC 290 conviction: 290 registration steps follow
 * @param registrationOnlyRate per person: 290 registration steps without a registrable conviction
 * @param narcoticRegistrationRate per person: an HS 11590 (not PC 290) registration step
 * @param juvenileRate per person: the first Prop 64 case is in juvenile court (age 13-17)
 * @param post2016Rate per Prop 64 case: offense after 2016-11-08 (new law)
 * @param twoPriorsRate per person: three Prop 64 cases of the same section (two priors)
 * @param lookalikeRate per person: a conviction for a non-Prop-64 lookalike (11357.5, 11361...)
 * @param attemptRate per count: the offense is an attempt (PC 664 prefix or suffix)
 * @param codeLabelMismatchRate per Prop 64 count: the section is labelled PC instead of HS
 * @param commentOnlyRate per count: OFFENSE_DESCR is SEE COMMENT FOR CHARGE (or blank), charge in
 *     COMMENT_TEXT
 * @param convOffenseDescrRate per convicted count: CONV_OFFENSE_DESCR names a different section
 * @param offenseTextVariantRate per count: an unusual but valid text shape (fused, spaced...)
 * @param partialDateRate per date value (DOB, cycle date, court date): YYYY0000 or YYYYMM00
 * @param wrongFieldCountRate per row defect: 94 fields, or 96 with a non-empty last (FIELD_COUNT)
 * @param blankSubjectAndCiiRate per row defect: SUBJECT_ID and CII_NUMBER blank (NO_PERSON_KEY)
 * @param malformedQuoteRate per row defect: a stray quote (MALFORMED_QUOTE)
 * @param invalidDateRate per row defect: an impossible date in a date column (DATE_INVALID; the
 *     row is kept with a warning)
 * @param identity identity corruption, population traps and adversarial people (sub-block
 *     {@code identity}; keys {@code identity.<key>} in overrides)
 */
public record GeneratorSettings(
    int people,
    long seed,
    long rowsPerFile,
    boolean header,
    LineEnding lineEnding,
    int firstYear,
    LocalDate extractDate,
    boolean writeRowTruth,
    double maleShare,
    double missingDobRate,
    double deceasedRate,
    double ciiLetterRate,
    double prop64PersonRate,
    double prop64TwoCaseRate,
    double prop64ThreeCaseRate,
    double otherConvictionMean,
    double nonConvictionMean,
    double caseScale,
    double frequentOffenderRate,
    double frequentOffenderFactor,
    int maxCountsPerCase,
    double otherCountyShare,
    double felonyShare,
    double sentenceTwoPartRate,
    double sentenceThreePartRate,
    double sentenceAbsentRate,
    double noArrestStepRate,
    double convStatBlankRate,
    double superStrikeRate,
    double pc290ConvictionRate,
    double registrationRate,
    double registrationOnlyRate,
    double narcoticRegistrationRate,
    double juvenileRate,
    double post2016Rate,
    double twoPriorsRate,
    double lookalikeRate,
    double attemptRate,
    double codeLabelMismatchRate,
    double commentOnlyRate,
    double convOffenseDescrRate,
    double offenseTextVariantRate,
    double partialDateRate,
    double wrongFieldCountRate,
    double blankSubjectAndCiiRate,
    double malformedQuoteRate,
    double invalidDateRate,
    IdentitySettings identity) {

  /** Path of the settings block in the application configuration. */
  public static final String CONFIG_PATH = "recordrelief.generate";

  /** Classpath resource holding the block with every key and its default. */
  public static final String RESOURCE = "recordrelief-generate.conf";

  /** Largest supported number of people (8-digit SUBJECT_IDs 10000000..99999999). */
  public static final int MAX_PEOPLE = 90_000_000;

  /** Line terminator of the written files. */
  public enum LineEnding {
    LF("\n"),
    CRLF("\r\n");

    private final String chars;

    LineEnding(String chars) {
      this.chars = chars;
    }

    /** The terminator characters. */
    public String chars() {
      return chars;
    }
  }

  /** Validates every value; throws {@link IllegalArgumentException} naming the key. */
  public GeneratorSettings {
    if (people < 0 || people > MAX_PEOPLE) {
      throw bad("people", people, "must be between 0 and " + MAX_PEOPLE);
    }
    if (rowsPerFile < 1) {
      throw bad("rowsPerFile", rowsPerFile, "must be at least 1");
    }
    if (lineEnding == null) {
      throw bad("lineEnding", null, "must be LF or CRLF");
    }
    if (extractDate == null) {
      throw bad("extractDate", null, "must be a date YYYY-MM-DD");
    }
    if (firstYear < 1900 || firstYear > extractDate.getYear() - 20) {
      throw bad(
          "firstYear",
          firstYear,
          "must be between 1900 and 20 years before extractDate (" + extractDate + ")");
    }
    if (extractDate.getYear() > 2200) {
      throw bad("extractDate", extractDate, "must be before 2200");
    }
    if (maxCountsPerCase < 1 || maxCountsPerCase > 99) {
      throw bad("maxCountsPerCase", maxCountsPerCase, "must be between 1 and 99");
    }
    nonNegative("otherConvictionMean", otherConvictionMean);
    nonNegative("nonConvictionMean", nonConvictionMean);
    nonNegative("caseScale", caseScale);
    if (!(frequentOffenderFactor >= 1.0) || frequentOffenderFactor > 1000) {
      throw bad("frequentOffenderFactor", frequentOffenderFactor, "must be between 1 and 1000");
    }
    rate("maleShare", maleShare);
    rate("missingDobRate", missingDobRate);
    rate("deceasedRate", deceasedRate);
    rate("ciiLetterRate", ciiLetterRate);
    rate("prop64PersonRate", prop64PersonRate);
    rate("prop64TwoCaseRate", prop64TwoCaseRate);
    rate("prop64ThreeCaseRate", prop64ThreeCaseRate);
    rate("frequentOffenderRate", frequentOffenderRate);
    rate("otherCountyShare", otherCountyShare);
    rate("felonyShare", felonyShare);
    rate("sentenceTwoPartRate", sentenceTwoPartRate);
    rate("sentenceThreePartRate", sentenceThreePartRate);
    rate("sentenceAbsentRate", sentenceAbsentRate);
    rate("noArrestStepRate", noArrestStepRate);
    rate("convStatBlankRate", convStatBlankRate);
    rate("superStrikeRate", superStrikeRate);
    rate("pc290ConvictionRate", pc290ConvictionRate);
    rate("registrationRate", registrationRate);
    rate("registrationOnlyRate", registrationOnlyRate);
    rate("narcoticRegistrationRate", narcoticRegistrationRate);
    rate("juvenileRate", juvenileRate);
    rate("post2016Rate", post2016Rate);
    rate("twoPriorsRate", twoPriorsRate);
    rate("lookalikeRate", lookalikeRate);
    rate("attemptRate", attemptRate);
    rate("codeLabelMismatchRate", codeLabelMismatchRate);
    rate("commentOnlyRate", commentOnlyRate);
    rate("convOffenseDescrRate", convOffenseDescrRate);
    rate("offenseTextVariantRate", offenseTextVariantRate);
    rate("partialDateRate", partialDateRate);
    rate("wrongFieldCountRate", wrongFieldCountRate);
    rate("blankSubjectAndCiiRate", blankSubjectAndCiiRate);
    rate("malformedQuoteRate", malformedQuoteRate);
    rate("invalidDateRate", invalidDateRate);
    if (prop64TwoCaseRate + prop64ThreeCaseRate > 1.0) {
      throw bad(
          "prop64TwoCaseRate",
          prop64TwoCaseRate,
          "prop64TwoCaseRate + prop64ThreeCaseRate must not exceed 1");
    }
    if (sentenceTwoPartRate + sentenceThreePartRate + sentenceAbsentRate > 1.0) {
      throw bad(
          "sentenceTwoPartRate",
          sentenceTwoPartRate,
          "sentenceTwoPartRate + sentenceThreePartRate + sentenceAbsentRate must not exceed 1");
    }
    if (identity == null) {
      throw bad("identity", null, "block missing");
    }
    if ((long) people + (identity.enabled() ? identity.adversarialPeople() : 0) > MAX_PEOPLE) {
      throw bad("people", people, "people + identity.adversarialPeople must not exceed " + MAX_PEOPLE);
    }
    if (wrongFieldCountRate + blankSubjectAndCiiRate + malformedQuoteRate + invalidDateRate
        > 1.0) {
      throw bad("invalidDateRate", invalidDateRate, "the four defect rates must not exceed 1 in sum");
    }
  }

  /** The defaults: the values in {@code recordrelief-generate.conf}. */
  public static GeneratorSettings defaults() {
    return fromConfig(ConfigFactory.empty());
  }

  /**
   * Reads the {@code recordrelief.generate} block of {@code c}. Keys missing from {@code c} take
   * their default from the bundled {@code recordrelief-generate.conf}; unknown keys, wrong types
   * and out-of-range values fail with a message naming the key.
   */
  public static GeneratorSettings fromConfig(Config c) {
    Config bundled = ConfigFactory.parseResources(GeneratorSettings.class, "/" + RESOURCE);
    if (!bundled.hasPath(CONFIG_PATH)) {
      throw new IllegalStateException("resource " + RESOURCE + " lacks " + CONFIG_PATH);
    }
    Config g = c.withFallback(bundled).resolve().getConfig(CONFIG_PATH);
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, ConfigValue> e : g.root().entrySet()) {
      if (!KEYS.contains(e.getKey()) && !e.getKey().equals(IdentitySettings.BLOCK)) {
        unknown.add(e.getKey());
      }
    }
    if (!unknown.isEmpty()) {
      Collections.sort(unknown);
      throw new IllegalArgumentException(
          CONFIG_PATH + ": unknown key(s) " + unknown + "; known keys: " + KEYS);
    }
    try {
      return new GeneratorSettings(
          g.getInt("people"),
          g.getLong("seed"),
          g.getLong("rowsPerFile"),
          g.getBoolean("header"),
          lineEnding(g.getString("lineEnding")),
          g.getInt("firstYear"),
          date(g.getString("extractDate")),
          g.getBoolean("writeRowTruth"),
          g.getDouble("maleShare"),
          g.getDouble("missingDobRate"),
          g.getDouble("deceasedRate"),
          g.getDouble("ciiLetterRate"),
          g.getDouble("prop64PersonRate"),
          g.getDouble("prop64TwoCaseRate"),
          g.getDouble("prop64ThreeCaseRate"),
          g.getDouble("otherConvictionMean"),
          g.getDouble("nonConvictionMean"),
          g.getDouble("caseScale"),
          g.getDouble("frequentOffenderRate"),
          g.getDouble("frequentOffenderFactor"),
          g.getInt("maxCountsPerCase"),
          g.getDouble("otherCountyShare"),
          g.getDouble("felonyShare"),
          g.getDouble("sentenceTwoPartRate"),
          g.getDouble("sentenceThreePartRate"),
          g.getDouble("sentenceAbsentRate"),
          g.getDouble("noArrestStepRate"),
          g.getDouble("convStatBlankRate"),
          g.getDouble("superStrikeRate"),
          g.getDouble("pc290ConvictionRate"),
          g.getDouble("registrationRate"),
          g.getDouble("registrationOnlyRate"),
          g.getDouble("narcoticRegistrationRate"),
          g.getDouble("juvenileRate"),
          g.getDouble("post2016Rate"),
          g.getDouble("twoPriorsRate"),
          g.getDouble("lookalikeRate"),
          g.getDouble("attemptRate"),
          g.getDouble("codeLabelMismatchRate"),
          g.getDouble("commentOnlyRate"),
          g.getDouble("convOffenseDescrRate"),
          g.getDouble("offenseTextVariantRate"),
          g.getDouble("partialDateRate"),
          g.getDouble("wrongFieldCountRate"),
          g.getDouble("blankSubjectAndCiiRate"),
          g.getDouble("malformedQuoteRate"),
          g.getDouble("invalidDateRate"),
          IdentitySettings.fromConfig(g.getConfig(IdentitySettings.BLOCK)));
    } catch (ConfigException e) {
      throw new IllegalArgumentException(CONFIG_PATH + ": " + e.getMessage(), e);
    }
  }

  /**
   * These settings with some keys replaced, e.g. {@code withOverrides(Map.of("people", 500))}.
   * Values are given as they would be written in HOCON (numbers, booleans, strings).
   */
  public GeneratorSettings withOverrides(Map<String, ?> overrides) {
    Map<String, Object> m = new LinkedHashMap<>(toMap());
    for (Map.Entry<String, ?> e : overrides.entrySet()) {
      if (!KEYS.contains(e.getKey()) && !IdentitySettings.isKey(e.getKey())) {
        throw new IllegalArgumentException(
            CONFIG_PATH + ": unknown key " + e.getKey() + "; known keys: " + KEYS);
      }
      Object v = e.getValue();
      m.put(e.getKey(), v instanceof LocalDate || v instanceof LineEnding ? v.toString() : v);
    }
    // Keys of parseMap are paths, so "identity.enabled" lands inside the identity block.
    Map<String, Object> paths = new LinkedHashMap<>();
    m.forEach((k, v) -> paths.put(CONFIG_PATH + "." + k, v));
    return fromConfig(ConfigFactory.parseMap(paths));
  }

  /** Shorthand for the two most common overrides. */
  public GeneratorSettings withPeopleAndSeed(int people, long seed) {
    return withOverrides(Map.of("people", people, "seed", seed));
  }

  /**
   * All settings in key order as plain values (Integer, Long, Boolean, Double, String); used for
   * the settings echo in {@code generation.json}.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("people", people);
    m.put("seed", seed);
    m.put("rowsPerFile", rowsPerFile);
    m.put("header", header);
    m.put("lineEnding", lineEnding.name());
    m.put("firstYear", firstYear);
    m.put("extractDate", extractDate.toString());
    m.put("writeRowTruth", writeRowTruth);
    m.put("maleShare", maleShare);
    m.put("missingDobRate", missingDobRate);
    m.put("deceasedRate", deceasedRate);
    m.put("ciiLetterRate", ciiLetterRate);
    m.put("prop64PersonRate", prop64PersonRate);
    m.put("prop64TwoCaseRate", prop64TwoCaseRate);
    m.put("prop64ThreeCaseRate", prop64ThreeCaseRate);
    m.put("otherConvictionMean", otherConvictionMean);
    m.put("nonConvictionMean", nonConvictionMean);
    m.put("caseScale", caseScale);
    m.put("frequentOffenderRate", frequentOffenderRate);
    m.put("frequentOffenderFactor", frequentOffenderFactor);
    m.put("maxCountsPerCase", maxCountsPerCase);
    m.put("otherCountyShare", otherCountyShare);
    m.put("felonyShare", felonyShare);
    m.put("sentenceTwoPartRate", sentenceTwoPartRate);
    m.put("sentenceThreePartRate", sentenceThreePartRate);
    m.put("sentenceAbsentRate", sentenceAbsentRate);
    m.put("noArrestStepRate", noArrestStepRate);
    m.put("convStatBlankRate", convStatBlankRate);
    m.put("superStrikeRate", superStrikeRate);
    m.put("pc290ConvictionRate", pc290ConvictionRate);
    m.put("registrationRate", registrationRate);
    m.put("registrationOnlyRate", registrationOnlyRate);
    m.put("narcoticRegistrationRate", narcoticRegistrationRate);
    m.put("juvenileRate", juvenileRate);
    m.put("post2016Rate", post2016Rate);
    m.put("twoPriorsRate", twoPriorsRate);
    m.put("lookalikeRate", lookalikeRate);
    m.put("attemptRate", attemptRate);
    m.put("codeLabelMismatchRate", codeLabelMismatchRate);
    m.put("commentOnlyRate", commentOnlyRate);
    m.put("convOffenseDescrRate", convOffenseDescrRate);
    m.put("offenseTextVariantRate", offenseTextVariantRate);
    m.put("partialDateRate", partialDateRate);
    m.put("wrongFieldCountRate", wrongFieldCountRate);
    m.put("blankSubjectAndCiiRate", blankSubjectAndCiiRate);
    m.put("malformedQuoteRate", malformedQuoteRate);
    m.put("invalidDateRate", invalidDateRate);
    m.putAll(identity.toMap());
    return m;
  }

  /** Number of true persons written: {@code people} plus the adversarial trap people. */
  public long totalPeople() {
    return people + (identity.enabled() ? identity.adversarialPeople() : 0);
  }

  /** Sum of the per-row rates of defects the reader must quarantine. */
  public double quarantineDefectRate() {
    return wrongFieldCountRate + blankSubjectAndCiiRate + malformedQuoteRate;
  }

  /** The known keys, in order. */
  public static final List<String> KEYS =
      List.of(
          "people",
          "seed",
          "rowsPerFile",
          "header",
          "lineEnding",
          "firstYear",
          "extractDate",
          "writeRowTruth",
          "maleShare",
          "missingDobRate",
          "deceasedRate",
          "ciiLetterRate",
          "prop64PersonRate",
          "prop64TwoCaseRate",
          "prop64ThreeCaseRate",
          "otherConvictionMean",
          "nonConvictionMean",
          "caseScale",
          "frequentOffenderRate",
          "frequentOffenderFactor",
          "maxCountsPerCase",
          "otherCountyShare",
          "felonyShare",
          "sentenceTwoPartRate",
          "sentenceThreePartRate",
          "sentenceAbsentRate",
          "noArrestStepRate",
          "convStatBlankRate",
          "superStrikeRate",
          "pc290ConvictionRate",
          "registrationRate",
          "registrationOnlyRate",
          "narcoticRegistrationRate",
          "juvenileRate",
          "post2016Rate",
          "twoPriorsRate",
          "lookalikeRate",
          "attemptRate",
          "codeLabelMismatchRate",
          "commentOnlyRate",
          "convOffenseDescrRate",
          "offenseTextVariantRate",
          "partialDateRate",
          "wrongFieldCountRate",
          "blankSubjectAndCiiRate",
          "malformedQuoteRate",
          "invalidDateRate");

  private static LineEnding lineEnding(String s) {
    try {
      return LineEnding.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad("lineEnding", s, "must be LF or CRLF");
    }
  }

  private static LocalDate date(String s) {
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw bad("extractDate", s, "must be a date YYYY-MM-DD");
    }
  }

  private static void rate(String key, double v) {
    if (!(v >= 0.0 && v <= 1.0)) {
      throw bad(key, v, "must be a probability between 0 and 1");
    }
  }

  private static void nonNegative(String key, double v) {
    if (!(v >= 0.0) || Double.isInfinite(v)) {
      throw bad(key, v, "must be a finite number >= 0");
    }
  }

  private static IllegalArgumentException bad(String key, Object value, String why) {
    return new IllegalArgumentException(CONFIG_PATH + "." + key + " = " + value + ": " + why);
  }
}
