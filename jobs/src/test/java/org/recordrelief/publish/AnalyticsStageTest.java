package org.recordrelief.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.config.Settings;
import org.recordrelief.config.SettingsException;
import org.recordrelief.job.PipelineJob;
import org.recordrelief.job.RunRequest;
import org.recordrelief.schema.Schemas;
import org.recordrelief.testing.DojLine;
import org.recordrelief.testing.SharedSpark;

/**
 * {@link AnalyticsStage} on the output of a real pipeline run over a few invented DOJ rows: no
 * identifier value or column reaches the analytics dataset, person_key is a keyed pseudonym
 * (stable under one key, different under another), and the written schema is analytics.avsc.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsStageTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
  private static final String KEY = "analytics-test-key-0123456789";
  private static final String OTHER_KEY = "another-analytics-key-9876543210";

  /** Columns that must never appear in the analytics dataset. */
  private static final List<String> IDENTIFIER_COLUMNS = List.of("person_id", "subject_id",
      "subject_ids", "cii_number", "cii_numbers", "name", "names", "dob", "dob_raw", "case_key",
      "case_number", "count_key", "count_order", "code_section_raw", "offense_date",
      "offense_date_raw", "conviction_date", "conviction_date_raw", "source_file", "line_number",
      "possible_match_person_ids", "reason", "policy_reason");

  /** Every identifier value of the input (DOJ fields and the published ids derived from them). */
  private final Set<String> identifiers = new LinkedHashSet<>();

  private Path published;
  private long determinationCount;
  private Set<String> personIds;

  /** One directory for the whole class: the pipeline run and the stagings of every test. */
  private Path tmp;

  private static DojLine person(String subjectId, String cii, String name, String dob,
      String gender, String race, String cntOrder, String offense) {
    return DojLine.conviction(subjectId, cntOrder, offense)
        .set("CII_NUMBER", cii).set("PRI_NAME", name).set("PRI_DOB", dob)
        .set("GENDER", gender).set("RACE_DESCR", race);
  }

  @BeforeAll
  void runThePipeline(SparkSession spark, @TempDir Path dir) throws IOException {
    tmp = dir;
    // Invented people with distinctive identifiers, so that a substring search is meaningful.
    DojLine a1 = person("73918264", "A192837465", "QUIXOTEVAR,ZEPHYRINA", "19710415", "F",
        "HISPANIC", "101002001000", "11359 HS-POSSESS MARIJUANA FOR SALE")
        .set("OFN", "CR8877665");
    DojLine a2 = person("73918264", "A192837465", "QUIXOTEVAR,ZEPHYRINA", "19710415", "F",
        "HISPANIC", "101002002000", "11357(C) HS-POSSESS MARIJUANA")
        .set("OFN", "CR8877665").set("CONV_STAT_DESCR", "MISDEMEANOR");
    DojLine a3 = person("73918264", "A192837465", "QUIXOTEVAR,ZEPHYRINA", "19710415", "F",
        "HISPANIC", "102002001000", "459 PC-BURGLARY")
        .set("OFN", "CR5566778").set("CYC_DATE", "20120505").set("STP_EVENT_DATE", "20120606");
    // Partial offense date: offense_year must come from the conviction's derived facts.
    DojLine b1 = person("84729163", "A564738291", "BRONTOSAURIX,MNEMOSYNE", "19850923", "M",
        "BLACK", "101002001000", "11360(A) HS-TRANSPORT MARIJUANA")
        .set("OFN", "SC5544332").set("CYC_DATE", "19950000").set("STP_EVENT_DATE", "19950810")
        .set("STP_ORI_CNTY_NAME", "SAN JOAQUIN");
    DojLine c1 = person("95030117", "A918273645", "KALEIDOSCOPIA,WINTERBOURNE", "19920229", "M",
        "WHITE", "101002001000", "11358 HS-CULTIVATE MARIJUANA")
        .set("OFN", "MA2233114").set("CYC_DATE", "20150303").set("STP_EVENT_DATE", "20150404");
    Path input = tmp.resolve("extract.csv");
    Files.writeString(input, DojLine.file(DojLine.header(), a1.csv(), a2.csv(), a3.csv(),
        b1.csv(), c1.csv()), StandardCharsets.UTF_8);
    published = tmp.resolve("run");
    PipelineJob.run(spark, SharedSpark.testSettings(),
        new RunRequest(List.of(input.toString()), published.toString(), AS_OF, null));

    for (DojLine l : List.of(a1, a2, a3, b1, c1)) {
      identifiers.add(l.get("SUBJECT_ID"));
      identifiers.add(l.get("CII_NUMBER"));
      identifiers.add(l.get("OFN"));
      identifiers.add(l.get("PRI_DOB"));
      String dob = l.get("PRI_DOB");
      identifiers.add(dob.substring(0, 4) + "-" + dob.substring(4, 6) + "-" + dob.substring(6));
      String name = l.get("PRI_NAME");
      identifiers.add(name);
      identifiers.addAll(List.of(name.split(",")));
    }
    Dataset<Row> dets = spark.read().parquet(published.resolve("determinations").toString());
    determinationCount = dets.count();
    assertTrue(determinationCount >= 4, "the fixture yields determinations for every person");
    personIds = new TreeSet<>();
    for (Row r : dets.select("person_id", "cii_number", "case_number").collectAsList()) {
      personIds.add(r.getString(0));
      for (int i = 0; i < 3; i++) {
        if (!r.isNullAt(i)) {
          identifiers.add(r.getString(i));
        }
      }
    }
    assertEquals(3, personIds.size());
  }

  /** A staging directory holding copies of the published datasets the stage reads. */
  private StagedOutput staged(SparkSession spark, String name) {
    StagedOutput out = StagedOutput.create(tmp.resolve(name).toString(), "test-" + name,
        spark.sparkContext().hadoopConfiguration());
    Path staging = Paths.get(out.staging().toUri());
    for (String dataset : List.of("determinations", "persons", "convictions")) {
      copyTree(published.resolve(dataset), staging.resolve(dataset));
    }
    return out;
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Dataset<Row> analytics(SparkSession spark, String name, String key) {
    StagedOutput out = staged(spark, name);
    AnalyticsStage.write(spark, out, key);
    return spark.read().parquet(out.path("analytics"));
  }

  @Test
  void noIdentifierValueOrColumnReachesTheOutput(SparkSession spark) {
    Dataset<Row> a = analytics(spark, "ids", KEY);
    assertEquals(determinationCount, a.count(), "one row per determination");

    for (String c : IDENTIFIER_COLUMNS) {
      assertFalse(List.of(a.columns()).contains(c), "identifier column " + c);
    }
    List<String> leaks = new ArrayList<>();
    StructField[] fields = a.schema().fields();
    for (Row r : a.collectAsList()) {
      for (int i = 0; i < fields.length; i++) {
        if (r.isNullAt(i)) {
          continue;
        }
        List<String> values = new ArrayList<>();
        DataType t = fields[i].dataType();
        if (t.equals(DataTypes.StringType)) {
          values.add(r.getString(i));
        } else if (t instanceof ArrayType at && at.elementType().equals(DataTypes.StringType)) {
          values.addAll(r.getList(i));
        } else {
          continue;
        }
        for (String v : values) {
          for (String id : identifiers) {
            if (v != null && v.toUpperCase().contains(id.toUpperCase())) {
              leaks.add(fields[i].name() + " contains " + id);
            }
          }
        }
      }
    }
    assertTrue(leaks.isEmpty(), "identifier values in the analytics dataset: " + leaks);
  }

  @Test
  void theAnalyticColumnsCarryThePersonAndCountFacts(SparkSession spark) {
    Dataset<Row> a = analytics(spark, "facts", KEY);
    String keyA = AnalyticsStage.personKey(KEY, "73918264");
    List<Row> rowsA = a.where(a.col("person_key").equalTo(keyA)).collectAsList();
    assertFalse(rowsA.isEmpty());
    for (Row r : rowsA) {
      assertEquals("F", r.getAs("sex"));
      assertEquals("HISPANIC", r.getAs("race"));
      assertEquals(3, (int) r.getAs("conviction_count"), "person-level count from persons/");
      assertEquals("los-angeles", r.getAs("county_slug"));
      assertEquals(2010, (int) r.getAs("conviction_year"));
      assertEquals(2010, (int) r.getAs("conviction_decade"));
      assertEquals(2010, (int) r.getAs("offense_year"));
    }
    Row b = a.where(a.col("person_key").equalTo(AnalyticsStage.personKey(KEY, "84729163")))
        .collectAsList().get(0);
    assertEquals("san-joaquin", b.getAs("county_slug"));
    assertEquals("HS 11360(A)", b.getAs("code_section"));
    assertEquals(1995, (int) b.getAs("offense_year"), "year of a partial offense date");
    assertEquals(1990, (int) b.getAs("conviction_decade"));
    assertEquals("BLACK", b.getAs("race"));
  }

  @Test
  void personKeyIsStableUnderOneKeyAndDiffersUnderAnother(SparkSession spark) {
    Map<String, String> first = keysByCount(analytics(spark, "k1", KEY));
    Map<String, String> again = keysByCount(analytics(spark, "k1again", KEY));
    Map<String, String> other = keysByCount(analytics(spark, "k2", OTHER_KEY));
    assertEquals(first, again, "same key, same person_key on every row");

    Set<String> expected = new TreeSet<>();
    Set<String> expectedOther = new TreeSet<>();
    for (String id : personIds) {
      expected.add(AnalyticsStage.personKey(KEY, id));
      expectedOther.add(AnalyticsStage.personKey(OTHER_KEY, id));
    }
    assertEquals(expected, new TreeSet<>(first.values()));
    assertEquals(expectedOther, new TreeSet<>(other.values()));
    for (String k : first.values()) {
      assertTrue(k.matches("[0-9a-f]{64}"), k);
      assertFalse(other.containsValue(k), "another key unlinks the runs");
    }
    // The pseudonym is plain HMAC-SHA256 (checked against an independent implementation), so a
    // data team holding the key can recompute it outside Spark.
    for (String id : personIds) {
      assertEquals(new HmacUtils(HmacAlgorithms.HMAC_SHA_256, KEY).hmacHex(id),
          AnalyticsStage.personKey(KEY, id));
    }
  }

  /** person_key per (county, section, conviction year), which is unique in the fixture. */
  private static Map<String, String> keysByCount(Dataset<Row> a) {
    Map<String, String> m = new HashMap<>();
    for (Row r : a.select("county_slug", "code_section", "conviction_year", "person_key")
        .collectAsList()) {
      String k = r.getString(0) + "|" + r.getString(1) + "|" + r.get(2);
      assertNull(m.put(k, r.getString(3)), "fixture rows are distinguishable: " + k);
    }
    return m;
  }

  @Test
  void writtenSchemaIsTheAvscPartitionColumnLast(SparkSession spark) {
    StructType avsc = Schemas.sparkType(Schemas.ANALYTICS);
    assertEquals(avsc, AnalyticsStage.SCHEMA);
    assertEquals("county_slug", avsc.fields()[avsc.fields().length - 1].name());

    StagedOutput out = staged(spark, "schema");
    Dataset<Row> built = AnalyticsStage.build(
        spark.read().parquet(out.path("determinations")),
        spark.read().parquet(out.path("persons")),
        spark.read().parquet(out.path("convictions")), KEY);
    assertEquals(avsc, built.schema(), "the dataset written equals the avsc, nullability included");

    AnalyticsStage.write(spark, out, KEY);
    Dataset<Row> read = spark.read().parquet(out.path("analytics"));
    // Parquet readers report every column nullable; names, order and types must be the avsc's.
    assertEquals(nullable(avsc), nullable(read.schema()));
    assertTrue(Files.isDirectory(
        Paths.get(out.staging().toUri()).resolve("analytics/county_slug=los-angeles")));
  }

  @Test
  void theKeyComesFromConfigurationAndMustNotBeShort() {
    String configured = AnalyticsStage.personKey(
        Settings.load(ConfigFactory.parseString(
            "recordrelief.analytics.personKey = \"" + OTHER_KEY + "\"")));
    assertEquals(OTHER_KEY, configured);
    assertTrue(AnalyticsStage.personKey(SharedSpark.testSettings()).length()
        >= AnalyticsStage.MIN_KEY_CHARS, "reference.conf ships a usable sample key");
    SettingsException e = assertThrows(SettingsException.class,
        () -> AnalyticsStage.personKey(Settings.load(ConfigFactory.parseString(
            "recordrelief.analytics.personKey = \"tinykey\""))));
    assertTrue(e.getMessage().contains("recordrelief.analytics.personKey"), e.getMessage());
    assertFalse(e.getMessage().contains("tinykey"), "the key is never printed");
    assertThrows(IllegalArgumentException.class, () -> AnalyticsStage.personKey("short", "1"));
    assertNotEquals(AnalyticsStage.personKey(KEY, "1"), AnalyticsStage.personKey(KEY, "2"));
  }

  private static StructType nullable(StructType t) {
    List<StructField> out = new ArrayList<>();
    for (StructField f : t.fields()) {
      out.add(new StructField(f.name(), nullable(f.dataType()), true, f.metadata()));
    }
    return new StructType(out.toArray(new StructField[0]));
  }

  private static DataType nullable(DataType t) {
    if (t instanceof ArrayType a) {
      return DataTypes.createArrayType(nullable(a.elementType()), true);
    }
    if (t instanceof StructType s) {
      return nullable(s);
    }
    return t;
  }
}
