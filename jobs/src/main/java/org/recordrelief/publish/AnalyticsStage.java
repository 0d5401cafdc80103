package org.recordrelief.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import com.typesafe.config.ConfigException;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.recordrelief.config.Settings;
import org.recordrelief.config.SettingsException;
import org.recordrelief.schema.Schemas;

/**
 * The analysts' dataset {@code analytics/county_slug=<slug>/*.parquet} ({@code
 * schemas/analytics.avsc}): one row per determination without direct identifiers. The person is
 * {@code person_key} = HMAC-SHA256(key, person_id) in lower-case hex, so the same key links a
 * person across runs and another key unlinks them; names, DOB, CII, SUBJECT_ID, case numbers,
 * count orders, exact dates, raw offense text and source file/line are not carried. Person-level
 * demographics (sex, race) and counts come from {@code persons/}, {@code offense_year} from
 * {@code convictions/}.
 *
 * <p>Runs after determinations, convictions and persons are written to the staging directory.
 */
public final class AnalyticsStage {
  private AnalyticsStage() {}

  /** Configuration path of the HMAC key ({@code RECORDRELIEF_ANALYTICS_KEY} overrides it). */
  public static final String KEY_PATH = "recordrelief.analytics.personKey";

  /** Shortest key accepted. */
  public static final int MIN_KEY_CHARS = 16;

  /** The output contract, converted from {@code schemas/analytics.avsc}. */
  public static final StructType SCHEMA = Schemas.sparkType(Schemas.ANALYTICS);

  private static final String PERSON_ID = "person_id";
  private static final String PERSON_KEY = "person_key";
  private static final String COUNT_KEY = "count_key";
  private static final String PARTITION = "county_slug";

  /** The contract plus the count key, kept only to give the rows a total order before writing. */
  private static final StructType KEYED = SCHEMA.add(COUNT_KEY, DataTypes.StringType, false);

  /** Write {@code <staging>/analytics/} from the staged determinations, persons and convictions. */
  public static void write(SparkSession spark, StagedOutput out, String personKey) {
    Dataset<Row> analytics = build(
        spark.read().parquet(out.path("determinations")),
        spark.read().parquet(out.path("persons")),
        spark.read().parquet(out.path("convictions")),
        personKey);
    analytics.write().mode(SaveMode.ErrorIfExists).partitionBy(PARTITION)
        .parquet(out.path("analytics"));
  }

  /**
   * The analytics rows, one per determination, with the schema of {@code analytics.avsc}
   * (nullability included), one partition per county, sorted by person_key. No I/O.
   *
   * @param determinations rows of {@code determination.avsc} (partition column included)
   * @param persons rows of {@code person.avsc}
   * @param convictions rows of {@code conviction.avsc}, for {@code offense_year}
   * @param personKey the secret HMAC key
   */
  public static Dataset<Row> build(Dataset<Row> determinations, Dataset<Row> persons,
      Dataset<Row> convictions, String personKey) {
    checkKey(personKey);
    Dataset<Row> people = persons.select(
        col(PERSON_ID),
        col("gender").as("sex"),
        col("race"),
        col("conviction_count"),
        col("felony_conviction_count"),
        col("prop64_conviction_count"),
        col("felony_convictions_after_relief"),
        col("convictions_after_relief"));
    // One conviction row per (person, count) by construction; the aggregation only guarantees
    // that the join can never multiply determination rows.
    Dataset<Row> offenseYears = convictions
        .groupBy(col(PERSON_ID), col(COUNT_KEY))
        .agg(max(col("offense_year")).as("offense_year"));
    Dataset<Row> joined = determinations
        .join(people, determinations.col(PERSON_ID).equalTo(people.col(PERSON_ID)), "left")
        .drop(people.col(PERSON_ID))
        .join(offenseYears,
            determinations.col(PERSON_ID).equalTo(offenseYears.col(PERSON_ID))
                .and(determinations.col(COUNT_KEY).equalTo(offenseYears.col(COUNT_KEY))),
            "left")
        .drop(offenseYears.col(PERSON_ID))
        .drop(offenseYears.col(COUNT_KEY))
        .withColumn("conviction_decade",
            col("conviction_year").divide(10).cast("int").multiply(10));

    // Same column order as KEYED, with person_id in the place of person_key.
    List<Column> cols = new ArrayList<>();
    for (StructField f : KEYED.fields()) {
      cols.add(f.name().equals(PERSON_KEY) ? col(PERSON_ID) : col(f.name()));
    }
    int keyIndex = KEYED.fieldIndex(PERSON_KEY);
    return joined.select(cols.toArray(new Column[0]))
        .mapPartitions(new Pseudonymise(personKey, keyIndex), Encoders.row(KEYED))
        .repartition(col(PARTITION))
        .sortWithinPartitions(col(PARTITION), col(PERSON_KEY), col(COUNT_KEY))
        .select(Arrays.stream(SCHEMA.fieldNames()).map(n -> col(n)).toArray(Column[]::new));
  }

  /** The person_key of one person id: HMAC-SHA256(key, UTF-8 person id), lower-case hex. */
  public static String personKey(String key, String personId) {
    checkKey(key);
    return hmac(newMac(key), personId);
  }

  /**
   * The configured key ({@value #KEY_PATH}, overridden by {@code RECORDRELIEF_ANALYTICS_KEY}).
   * Fails with a {@link SettingsException} naming the setting when it is missing or shorter than
   * {@value #MIN_KEY_CHARS} characters; the message never contains the key.
   */
  public static String personKey(Settings settings) {
    String key;
    try {
      key = settings.config().getString(KEY_PATH);
    } catch (ConfigException e) {
      throw new SettingsException("configuration error: " + KEY_PATH + " is not set (set "
          + "RECORDRELIEF_ANALYTICS_KEY)", e);
    }
    if (key == null || key.strip().length() < MIN_KEY_CHARS) {
      throw new SettingsException("configuration error: " + KEY_PATH
          + " (RECORDRELIEF_ANALYTICS_KEY) must have at least " + MIN_KEY_CHARS + " characters");
    }
    return key;
  }

  private static void checkKey(String key) {
    if (key == null || key.strip().length() < MIN_KEY_CHARS) {
      throw new IllegalArgumentException(
          "the analytics person key must have at least " + MIN_KEY_CHARS + " characters");
    }
  }

  private static Mac newMac(String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static String hmac(Mac mac, String personId) {
    return HexFormat.of().formatHex(mac.doFinal(personId.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Replaces the person id at one position by its person_key; one {@link Mac} per partition. The
   * key travels inside the task only; {@link #toString()} never shows it (plans print it).
   */
  private static final class Pseudonymise implements MapPartitionsFunction<Row, Row>, Serializable {
    @Serial private static final long serialVersionUID = 1L;
    private final String key;
    private final int index;

    Pseudonymise(String key, int index) {
      this.key = key;
      this.index = index;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      Mac mac = newMac(key);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          Object[] values = new Object[r.length()];
          for (int i = 0; i < values.length; i++) {
            values[i] = r.get(i);
          }
          values[index] = hmac(mac, r.getString(index));
          return RowFactory.create(values);
        }
      };
    }

    @Override
    public String toString() {
      return "AnalyticsStage.Pseudonymise(person_id -> person_key)";
    }
  }
}
