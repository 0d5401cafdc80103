package org.recordrelief.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recordrelief.config.IngestSettings;
import org.recordrelief.doj.Counties;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.eligibility.policy.Policy;
import org.recordrelief.eligibility.policy.PolicyDetermination;
import org.recordrelief.eligibility.policy.PolicyLoader;
import org.recordrelief.eligibility.policy.Semantics;
import org.recordrelief.gogen.GogenExport;
import org.recordrelief.gogen.GogenInput;
import org.recordrelief.gogen.GogenSummary;
import org.recordrelief.ingest.Chunk;
import org.recordrelief.ingest.CsvLineParser;
import org.recordrelief.ingest.DojReader;
import org.recordrelief.ingest.InputFiles;
import org.recordrelief.testing.RepoPaths;
import org.recordrelief.testing.SharedSpark;

/**
 * {@link GogenExportStage} on the gogen conformance fixtures: the Spark stage, grouping by (file,
 * subject) over small chunks, must write exactly gogen's expected convictions file and summary
 * JSON, and agree with the plain-Java per-file export on every county and across several files.
 */
@ExtendWith(SharedSpark.class)
class GogenExportStageTest {
  private static final LocalDate COMPUTE_AT = LocalDate.of(2019, 11, 11);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String G = "codeforamerica-gogen/";
  private static final String CONFIGURABLE = G + "derived/configurable_flow/";
  private static final String GOLDEN = G + "derived/golden_san_joaquin_from_extra_comma_or_no_headers/";
  private static final String LA = "codeforamerica-gogen_pilots/los_angeles@a9d59d1/";
  private static final String PR = "codeforamerica-gogen_pilots/pre-removal@f04e1ff/";

  static Path anchor(String relative) {
    return RepoPaths.gogenAnchor().resolve(relative);
  }

  static Policy configurable(String county) {
    return PolicyLoader.loadGogenOptions(
        anchor(G + "test_fixtures/eligibility_options.json"), PolicyLoader.CONFIGURABLE_2020, county);
  }

  /** Tiny chunks, so that a file is read by several tasks and subjects span chunks. */
  static IngestSettings smallChunks() {
    IngestSettings d = IngestSettings.defaults();
    return new IngestSettings(
        1024,
        d.acceptTrailingEmptyField(),
        d.headerMismatchIsError(),
        d.acceptNonUtf8(),
        d.maxFieldChars(),
        d.maxRecordBytes(),
        d.rejectThresholdMinimum(),
        d.rejectThresholdFraction(),
        d.datePlaceholders(),
        d.countyAliases());
  }

  record Run(StagedOutput out, GogenExportStage.Result result) {
    Path file(String relative) {
      return Paths.get(out.staging().toUri()).resolve(relative);
    }

    String read(String relative) throws IOException {
      return Files.readString(file(relative), StandardCharsets.UTF_8);
    }
  }

  static StagedOutput staged(SparkSession spark, Path tmp) {
    return StagedOutput.create(
        tmp.resolve("out").toString(), "test", spark.sparkContext().hadoopConfiguration());
  }

  static Run run(
      SparkSession spark, StagedOutput out, List<String> inputs, Function<String, Policy> policies) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    IngestSettings ingest = smallChunks();
    List<String> paths = inputs.stream().map(i -> anchor(i).toString()).toList();
    List<Chunk> chunks =
        DojReader.plan(
            JavaSparkContext.fromSparkContext(spark.sparkContext()),
            InputFiles.list(paths, hadoop),
            ingest);
    return new Run(out, GogenExportStage.write(spark, chunks, ingest, out, COMPUTE_AT, policies));
  }

  static Function<String, Policy> only(String county, Policy p) {
    return c -> c.equals(county) ? p : null;
  }

  static String expected(String relative) throws IOException {
    return Files.readString(anchor(relative), StandardCharsets.UTF_8);
  }

  static List<String> gogenDirs(Run r) throws IOException {
    List<String> out = new ArrayList<>();
    Path exports = r.file("exports");
    if (!Files.exists(exports)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(exports)) {
      s.filter(Files::isRegularFile)
          .map(p -> exports.relativize(p).toString())
          .sorted()
          .forEach(out::add);
    }
    return out;
  }

  @Test
  void configurableFlowForSacramentoIsGogensOutputByteForByte(
      SparkSession spark, @TempDir Path tmp) throws IOException {
    Run r =
        run(
            spark,
            staged(spark, tmp),
            List.of(CONFIGURABLE + "input.csv"),
            only("SACRAMENTO", configurable("SACRAMENTO")));
    assertEquals(
        expected(CONFIGURABLE + "expected_Prop64_Results.csv"),
        r.read("exports/sacramento/gogen/Prop64_Results.csv"));
    JsonNode json = MAPPER.readTree(r.read("exports/sacramento/gogen/gogen.json"));
    JsonNode want = MAPPER.readTree(expected(CONFIGURABLE + "expected_gogen.json"));
    ((ObjectNode) want).remove("processingTimeInSeconds");
    assertEquals(want, json);
    // processingTimeInSeconds is never written (the output must not depend on the clock), so
    // the file is gogen's byte for byte
    assertEquals(
        expected(CONFIGURABLE + "expected_gogen.json"), r.read("exports/sacramento/gogen/gogen.json"));
    assertEquals(
        List.of("sacramento/gogen/Prop64_Results.csv", "sacramento/gogen/gogen.json"), gogenDirs(r));
    assertEquals(38, r.result().lineCount());
    GogenExportStage.CountyExport c = r.result().counties().get("sacramento");
    assertEquals(18, c.convictionRows());
    assertEquals(0, c.skippedSubjects());
    assertEquals(GogenExportStage.CountyExport.POLICY, c.decisions());
    assertEquals(
        List.of("exports/sacramento/gogen/Prop64_Results.csv", "exports/sacramento/gogen/gogen.json"),
        c.files());
    assertEquals(Map.of("sacramento", c), r.result().counties());
  }

  @ParameterizedTest
  @ValueSource(strings = {"extra_comma.csv", "no_headers.csv"})
  void goldenSanJoaquinIsGogensOutputByteForByte(
      String input, SparkSession spark, @TempDir Path tmp) throws IOException {
    Run r =
        run(
            spark,
            staged(spark, tmp),
            List.of(G + "test_fixtures/" + input),
            only("SAN JOAQUIN", configurable("SAN JOAQUIN")));
    assertEquals(
        expected(GOLDEN + "expected_Prop64_Results.csv"),
        r.read("exports/san-joaquin/gogen/Prop64_Results.csv"));
    assertEquals(
        expected(GOLDEN + "expected_gogen.json"), r.read("exports/san-joaquin/gogen/gogen.json"));
  }

  @Test
  void pilotProfilesWriteTheirOwnLayout(SparkSession spark, @TempDir Path tmp) throws IOException {
    Run la =
        run(
            spark,
            staged(spark, tmp.resolve("a")),
            List.of(LA + "derived/los_angeles/input.csv"),
            only("LOS ANGELES", PolicyLoader.loadShipped("cfa-los-angeles-2019-10")));
    assertEquals(
        expected(LA + "derived/los_angeles/expected_doj_results_convictions_1.csv"),
        la.read("exports/los-angeles/gogen/doj_results_convictions.csv"));
    assertEquals(
        expected(LA + "derived/los_angeles/expected_gogen_pilots.json"),
        la.read("exports/los-angeles/gogen/gogen_pilots.json"));

    Run july =
        run(
            spark,
            staged(spark, tmp.resolve("b")),
            List.of(PR + "derived/los_angeles/input.csv"),
            only("LOS ANGELES", PolicyLoader.loadShipped("cfa-los-angeles-2019-07")));
    assertEquals(
        expected(PR + "derived/los_angeles/expected_doj_results_convictions.csv"),
        july.read("exports/los-angeles/gogen/doj_results_convictions.csv"));
    assertEquals(List.of("los-angeles/gogen/doj_results_convictions.csv"), gogenDirs(july));
  }

  /**
   * Every county, several files: the stage equals the plain-Java export run per file and county,
   * the files' rows in file order and the summaries added up, lineCount over all files.
   */
  @Test
  void everyCountyOverSeveralFilesEqualsThePerFileExport(SparkSession spark, @TempDir Path tmp)
      throws IOException {
    List<String> inputs =
        List.of(
            CONFIGURABLE + "input.csv",
            G + "test_fixtures/no_headers.csv",
            PR + "derived/san_joaquin/input.csv");
    Function<String, Policy> all = c -> configurable(null).withCounty(c);
    Run r = run(spark, staged(spark, tmp), inputs, all);

    // InputFiles orders the files by path
    List<Path> ordered = inputs.stream().map(GogenExportStageTest::anchor).sorted().toList();
    long lines = 0;
    for (Path p : ordered) {
      lines += GogenInput.read(p).size();
    }
    assertEquals(lines, r.result().lineCount());
    List<String> slugs = new ArrayList<>();
    for (Counties.County county : Counties.ALL) {
      Policy p = all.apply(county.dojName());
      StringBuilder csv = new StringBuilder();
      GogenSummary sum = null;
      for (Path f : ordered) {
        GogenExport e = GogenExport.forPolicy(GogenInput.read(f), p, county.dojName(), COMPUTE_AT);
        if (e.evaluated().isEmpty()) {
          continue;
        }
        List<List<String>> recs = e.convictionResults();
        csv.append(GogenExport.toCsv(recs.subList(csv.length() == 0 ? 0 : 1, recs.size())));
        sum = sum == null ? e.summary() : sum.plus(e.summary());
      }
      Path dir = r.file("exports/" + county.slug() + "/gogen");
      if (sum == null) {
        assertFalse(Files.exists(dir), county.slug());
        continue;
      }
      slugs.add(county.slug());
      assertEquals(csv.toString(), r.read("exports/" + county.slug() + "/gogen/Prop64_Results.csv"));
      assertEquals(
          sum.withLineCount(lines).toJson(), r.read("exports/" + county.slug() + "/gogen/gogen.json"));
    }
    assertTrue(slugs.size() >= 3, slugs.toString());
    assertEquals(slugs, new ArrayList<>(r.result().counties().keySet()));
  }

  /**
   * A PROJECT-semantics county policy cannot be answered by a gogen view: the determination and
   * reason come from the published determinations; a count without one is written blank.
   */
  @Test
  void projectSemanticsTakesTheDecisionsFromTheDeterminations(
      SparkSession spark, @TempDir Path tmp) throws IOException {
    Policy project = PolicyLoader.loadShipped("sacramento");
    assertEquals(Semantics.PROJECT, project.semantics());
    StagedOutput out = staged(spark, tmp);

    // determinations that carry gogen's decisions, except for the first evaluated count
    List<String> lines =
        List.of(expected(CONFIGURABLE + "expected_Prop64_Results.csv").split("\n"));
    List<Row> det = new ArrayList<>();
    for (int i = 2; i < lines.size(); i++) {
      List<String> f = CsvLineParser.parse(lines.get(i)).fields();
      det.add(
          RowFactory.create(
              f.get(DojColumns.SUBJECT_ID).strip(),
              f.get(DojColumns.CNT_ORDER).strip(),
              fromGogen(f.get(f.size() - 2)).name(),
              f.get(f.size() - 1),
              "sacramento"));
    }
    // a determination of another county is not used
    List<String> first = CsvLineParser.parse(lines.get(1)).fields();
    det.add(
        RowFactory.create(
            first.get(DojColumns.SUBJECT_ID).strip(),
            first.get(DojColumns.CNT_ORDER).strip(),
            "NOT_ELIGIBLE",
            "wrong county",
            "yolo"));
    StructType schema =
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("subject_id", DataTypes.StringType, true),
                DataTypes.createStructField("count_order", DataTypes.StringType, true),
                DataTypes.createStructField("policy_outcome", DataTypes.StringType, true),
                DataTypes.createStructField("policy_reason", DataTypes.StringType, true),
                DataTypes.createStructField("county_slug", DataTypes.StringType, false)));
    spark
        .createDataFrame(det, schema)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .partitionBy("county_slug")
        .parquet(out.path("determinations"));

    Run r = run(spark, out, List.of(CONFIGURABLE + "input.csv"), only("SACRAMENTO", project));
    List<String> want = new ArrayList<>(lines);
    List<String> blank = new ArrayList<>(first);
    blank.set(blank.size() - 2, "");
    blank.set(blank.size() - 1, "");
    want.set(1, CsvLineParser.formatLine(blank));
    assertEquals(
        String.join("\n", want) + "\n", r.read("exports/sacramento/gogen/Prop64_Results.csv"));
    GogenExportStage.CountyExport c = r.result().counties().get("sacramento");
    assertEquals(GogenExportStage.CountyExport.PROJECT_DETERMINATIONS, c.decisions());
    assertEquals("sacramento", c.policyId());

    // the summary: facts as gogen's; decision counters from the project's decisions; no
    // configured dismiss/reduce keys (a project policy has none)
    JsonNode json = MAPPER.readTree(r.read("exports/sacramento/gogen/gogen.json"));
    JsonNode gogen = MAPPER.readTree(expected(CONFIGURABLE + "expected_gogen.json"));
    for (String key :
        List.of(
            "county",
            "earliestConviction",
            "lineCount",
            "reliefWithDismissAllProp64",
            "prop64ConvictionsCountInCountyByCodeSection",
            "subjectsWithProp64ConvictionCountInCounty",
            "prop64FelonyConvictionsCountInCounty",
            "prop64NonFelonyConvictionsCountInCounty")) {
      assertEquals(gogen.get(key), json.get(key), key);
    }
    assertEquals(MAPPER.readTree("{}"), json.get("convictionDismissalCountByCodeSection"));
    assertEquals(MAPPER.readTree("{}"), json.get("convictionReductionCountByCodeSection"));
  }

  @Test
  void noPolicyNoExport(SparkSession spark, @TempDir Path tmp) throws IOException {
    Run r = run(spark, staged(spark, tmp), List.of(CONFIGURABLE + "input.csv"), c -> null);
    assertEquals(List.of(), gogenDirs(r));
    assertTrue(r.result().counties().isEmpty());
  }

  private static PolicyDetermination fromGogen(String s) {
    for (PolicyDetermination d : PolicyDetermination.values()) {
      if (d.gogenString().equals(s)) {
        return d;
      }
    }
    throw new IllegalArgumentException(s);
  }
}
