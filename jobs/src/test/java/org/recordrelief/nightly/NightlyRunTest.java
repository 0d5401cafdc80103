package org.recordrelief.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.config.Settings;
import org.recordrelief.ingest.CsvLineParser;
import org.recordrelief.job.RunFailure;
import org.recordrelief.publish.Json;
import org.recordrelief.schema.Schemas;
import org.recordrelief.testing.DojLine;
import org.recordrelief.testing.SharedSpark;

/** The nightly in-process: publishing, change report, idempotence, exit statuses. */
@ExtendWith(SharedSpark.class)
class NightlyRunTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
  private static final String COUNT = "101002001000";

  private static DojLine possession(String subject) {
    return DojLine.conviction(subject, COUNT, "11357(B) HS-POSSESS")
        .set("CONV_STAT_DESCR", "MISDEMEANOR");
  }

  private static DojLine cultivation(String subject, String level) {
    return DojLine.conviction(subject, COUNT, "11358 HS-CULTIVATE")
        .set("CONV_STAT_DESCR", level);
  }

  /** Replace the inbox's only file, marked complete. */
  private static void deliver(Path inbox, DojLine... lines) throws IOException {
    StringBuilder text = new StringBuilder(DojLine.header()).append('\n');
    for (DojLine l : lines) {
      text.append(l.csv()).append('\n');
    }
    Files.createDirectories(inbox);
    Files.writeString(inbox.resolve("extract.csv"), text, StandardCharsets.UTF_8);
    Files.writeString(inbox.resolve("extract.csv.done"), "");
  }

  private static NightlyResult nightly(SparkSession spark, Settings settings, Path inbox,
      Path base, LocalDate asOf, List<String> log) {
    return NightlyRun.run(() -> spark, settings, new NightlyRequest(inbox, base, asOf), log::add);
  }

  private static List<Map<String, String>> csv(Path p) throws IOException {
    List<String> lines = Files.readAllLines(p);
    List<String> header = CsvLineParser.parse(lines.get(0)).fields();
    List<Map<String, String>> out = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      List<String> f = CsvLineParser.parse(l).fields();
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), f.get(i));
      }
      out.add(m);
    }
    return out;
  }

  private static String outcome(SparkSession spark, Path run, String person) {
    List<Row> rows = spark.read().parquet(run.resolve("determinations").toString())
        .where("person_id = '" + person + "'").select("legal_outcome").collectAsList();
    assertEquals(1, rows.size(), person + " has one determination");
    return rows.get(0).getString(0);
  }

  @Test
  void publishesReportsChangesAndIsIdempotent(SparkSession spark,
      @TempDir Path tmp) throws IOException {
    Path inbox = tmp.resolve("inbox");
    Path base = tmp.resolve("relief");
    Settings settings = SharedSpark.testSettings();
    List<String> log = new ArrayList<>();
    DojLine[] v1 = {possession("100"), cultivation("200", "FELONY"),
        possession("300").set("STP_ORI_CNTY_NAME", "YOLO")};
    deliver(inbox, v1);

    // First run: everything is new.
    NightlyResult r1 = nightly(spark, settings, inbox, base, AS_OF, log);
    assertEquals(NightlyResult.Outcome.PUBLISHED, r1.outcome());
    assertNull(r1.previousRunId());
    Path run1 = base.resolve("runs").resolve(r1.runId());
    assertEquals(run1, base.resolve("current").toRealPath());
    assertEquals(Path.of("runs", r1.runId()), Files.readSymbolicLink(base.resolve("current")));
    assertTrue(Files.exists(run1.resolve("_SUCCESS")));
    List<Map<String, String>> la1 = csv(base.resolve("current/exports/los-angeles/changes.csv"));
    assertEquals(2, la1.size());
    assertTrue(la1.stream().allMatch(m -> m.get("change").equals("NEW")));
    Map<String, Object> json = Json.read(Files.readString(run1.resolve("changes.json")));
    assertEquals(Map.of("new", 3, "changed", 0, "withdrawn", 0, "unchanged", 0),
        json.get("total"));
    assertTrue(Files.readAllLines(base.resolve("current/exports/alameda/changes.csv")).size()
        == 1, "a county without changes gets a header-only file");
    assertFalse(Files.exists(base.resolve(".lock")), "the lock is released");

    // The same inputs, as-of date and config again: nothing to rebuild.
    NightlyResult again = nightly(spark, settings, inbox, base, AS_OF, log);
    assertEquals(NightlyResult.Outcome.ALREADY_CURRENT, again.outcome());
    assertEquals(r1.runId(), again.runId());

    // Next delivery: 100 unchanged, 200 now a misdemeanor, 300 gone, 400 new (in Yolo).
    DojLine[] v2 = {possession("100"), cultivation("200", "MISDEMEANOR"),
        possession("400").set("STP_ORI_CNTY_NAME", "YOLO")};
    deliver(inbox, v2);
    NightlyResult r2 = nightly(spark, settings, inbox, base, AS_OF, log);
    assertEquals(NightlyResult.Outcome.PUBLISHED, r2.outcome());
    assertEquals(r1.runId(), r2.previousRunId());
    Path run2 = base.resolve("runs").resolve(r2.runId());
    assertEquals(run2, base.resolve("current").toRealPath());
    String before = outcome(spark, run1, "200");
    String after = outcome(spark, run2, "200");
    assertNotEquals(before, after, "precondition: the level change changes the outcome");

    Path laCsv = base.resolve("current/exports/los-angeles/changes.csv");
    List<String> header = CsvLineParser.parse(Files.readAllLines(laCsv).get(0)).fields();
    List<String> contract = Schemas.avro(Schemas.NIGHTLY_CHANGE).getFields().stream()
        .map(Schema.Field::name).toList();
    assertEquals(contract, header, "changes.csv columns follow schemas/nightly_change.avsc");
    List<Map<String, String>> la2 = csv(laCsv);
    assertEquals(1, la2.size(), "only 200 changed in Los Angeles: " + la2);
    Map<String, String> changed = la2.get(0);
    assertEquals("CHANGED", changed.get("change"));
    assertEquals("200", changed.get("person_id"));
    assertEquals(before, changed.get("previous_legal_outcome"));
    assertEquals(after, changed.get("legal_outcome"));
    assertTrue(changed.get("changed_fields").contains("legal_outcome"));
    assertFalse(changed.get("reason").isEmpty(), "the new reason is given");
    assertEquals(r1.runId(), changed.get("previous_run_id"));

    List<Map<String, String>> yolo = csv(base.resolve("current/exports/yolo/changes.csv"));
    assertEquals(List.of("NEW:400", "WITHDRAWN:300"), yolo.stream()
        .map(m -> m.get("change") + ":" + m.get("person_id")).toList());
    Map<String, String> withdrawn = yolo.get(1);
    assertEquals("", withdrawn.get("legal_outcome"));
    assertFalse(withdrawn.get("previous_legal_outcome").isEmpty());
    json = Json.read(Files.readString(run2.resolve("changes.json")));
    assertEquals(Map.of("new", 1, "changed", 1, "withdrawn", 1, "unchanged", 1),
        json.get("total"));
    assertEquals(r1.runId(), json.get("previous_run_id"));
    // Three records per run are too few for the identity drift alert to compare anything.
    assertEquals(List.of(), Json.read(Files.readString(run2.resolve("nightly.json")))
        .get("identity_drift"));
    assertEquals(Map.of("new", 1, "changed", 0, "withdrawn", 1, "unchanged", 0),
        ((Map<?, ?>) json.get("by_county")).get("yolo"));
    // Person ids since the first run: 300's only record left the extract.
    assertEquals(Map.of("GONE", 1), json.get("person_id_changes"));
    Row gone = spark.read().parquet(run2.resolve("identity/crosswalk").toString()).first();
    assertEquals("300", gone.getAs("old_person_id"));
    assertEquals("GONE", gone.getAs("reason"));

    // Back to the first delivery: its run exists complete, so it is re-pointed, not rebuilt.
    deliver(inbox, v1);
    NightlyResult back = nightly(spark, settings, inbox, base, AS_OF, log);
    assertEquals(NightlyResult.Outcome.REPUBLISHED, back.outcome());
    assertEquals(r1.runId(), back.runId());
    assertEquals(r2.runId(), back.previousRunId());
    assertEquals(run1, base.resolve("current").toRealPath());
  }

  @Test
  void anIdentityDriftHoldsTheRunUntilSomeonePublishesItWithWarn(SparkSession spark,
      @TempDir Path tmp) throws IOException {
    Path inbox = tmp.resolve("inbox");
    Path base = tmp.resolve("relief");
    // Thresholds so low that one more person is a drift (persons per profile: 1 -> 1, but the
    // +1 smoothing of small counts moves the share).
    String drift = "recordrelief.nightly { identityDriftFactor = 1.001, identityDriftMinCount = 0 }";
    Settings hold = SharedSpark.testSettings(com.typesafe.config.ConfigFactory.parseString(drift));
    List<String> log = new ArrayList<>();
    deliver(inbox, possession("100"), possession("200"), possession("300"));
    NightlyResult r1 = nightly(spark, hold, inbox, base, AS_OF, log);
    assertEquals(NightlyResult.Outcome.PUBLISHED, r1.outcome());

    deliver(inbox, possession("100"), possession("200"), possession("300"), possession("400"));
    RunFailure held = assertThrows(RunFailure.class,
        () -> nightly(spark, hold, inbox, base, AS_OF, log));
    assertTrue(held.getMessage().startsWith("identity drift since " + r1.runId()),
        held.getMessage());
    assertTrue(held.getMessage().contains("is held, not published"), held.getMessage());
    assertTrue(held.getMessage().contains("identityDriftAction = WARN"), held.getMessage());
    assertEquals(base.resolve("runs").resolve(r1.runId()), base.resolve("current").toRealPath(),
        "current still points to the last published run");
    assertFalse(Files.exists(base.resolve(".lock")), "the lock is released");
    assertTrue(log.stream().anyMatch(l -> l.startsWith("warning: identity drift since")),
        log.toString());

    // After review: the same delivery with WARN is published, its drift listed.
    Settings warn = SharedSpark.testSettings(com.typesafe.config.ConfigFactory.parseString(
        drift + "\nrecordrelief.nightly.identityDriftAction = WARN"));
    NightlyResult r2 = nightly(spark, warn, inbox, base, AS_OF, log);
    assertEquals(NightlyResult.Outcome.PUBLISHED, r2.outcome());
    assertEquals(r1.runId(), r2.previousRunId());
    assertEquals(base.resolve("runs").resolve(r2.runId()), base.resolve("current").toRealPath());
    List<?> listed = (List<?>) Json.read(Files.readString(
        base.resolve("runs").resolve(r2.runId()).resolve("nightly.json"))).get("identity_drift");
    assertFalse(listed.isEmpty(), "the published run still lists its drift");
  }

  @Test
  void noCompleteFileMeansExit3AndNothingPublished(@TempDir Path tmp) throws IOException {
    Path inbox = tmp.resolve("inbox");
    Files.createDirectories(inbox);
    Files.writeString(inbox.resolve("part1.csv"), DojLine.header() + "\n");
    var out = new java.io.ByteArrayOutputStream();
    var err = new java.io.ByteArrayOutputStream();
    int status = NightlyCommand.run(new String[] {"nightly", "--inbox", inbox.toString(),
        "--publish", tmp.resolve("relief").toString(), "--as-of", "2025-01-01"},
        new java.io.PrintStream(out), new java.io.PrintStream(err));
    assertEquals(NightlyCommand.EXIT_NOTHING_TO_PUBLISH, status);
    String msg = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, msg.lines().count(), msg);
    assertTrue(msg.contains("no complete DOJ file") && msg.contains("part1.csv"), msg);
    assertFalse(Files.exists(tmp.resolve("relief")), "nothing created");
  }

  @Test
  void helpPrintsTheUsage() {
    var out = new java.io.ByteArrayOutputStream();
    assertEquals(0, NightlyCommand.run(new String[] {"nightly", "--help"},
        new java.io.PrintStream(out), System.err));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--inbox DIR --publish BASE"));
  }

  @Test
  void aLiveLockMeansExit4(@TempDir Path tmp) throws IOException {
    Path inbox = tmp.resolve("inbox");
    deliver(inbox, possession("100"));
    Path base = tmp.resolve("relief");
    Files.createDirectories(base);
    // Held by this (live) JVM, as if a nightly were running in it.
    try (PublishLock held = PublishLock.acquire(base.resolve(".lock"), s -> { })) {
      var err = new java.io.ByteArrayOutputStream();
      int status = NightlyCommand.run(new String[] {"nightly", "--inbox", inbox.toString(),
          "--publish", base.toString(), "--as-of", "2025-01-01"},
          new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
          new java.io.PrintStream(err));
      assertEquals(NightlyCommand.EXIT_LOCKED, status);
      String msg = err.toString(StandardCharsets.UTF_8);
      assertEquals(1, msg.lines().count(), msg);
      assertTrue(msg.contains("another nightly holds"), msg);
      assertTrue(Files.exists(base.resolve(".lock")), "the holder's lock is left alone");
    }
    assertFalse(Files.exists(base.resolve(".lock")));
  }
}
