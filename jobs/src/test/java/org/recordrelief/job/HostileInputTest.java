package org.recordrelief.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordrelief.config.SettingsException;
import org.recordrelief.job.HostileCorpus.Case;
import org.recordrelief.job.HostileCorpus.FileExpect;
import org.recordrelief.job.HostileCorpus.InputBytes;
import org.recordrelief.publish.Json;
import org.recordrelief.testing.SharedSpark;

/**
 * Every kind of bad DOJ input in {@link HostileCorpus} through {@link PipelineJob#run}. The kept
 * cases share one run (one input directory holding all their files, so they also prove that one
 * hostile file does not disturb another); each is then checked on its own: summary.json's row
 * accounting for each of its files, the exact quarantine lines and reasons, the warning codes, and
 * that the valid records of the file reached {@code determinations/}. The failing cases each run
 * alone and must stop with one line naming the file, publishing nothing.
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  private Path in;
  private Path out;
  private Map<String, Object> summary;
  /** display path → summary.json entry */
  private final Map<String, Map<String, Object>> fileSummaries = new HashMap<>();
  /** display path → line → reason */
  private final Map<String, Map<Long, String>> quarantine = new HashMap<>();
  private List<Row> determinations;
  private List<Row> convictions;

  static Stream<Case> keptCases() {
    return HostileCorpus.keptCases().stream();
  }

  static Stream<Case> failingCases() {
    return HostileCorpus.failingCases().stream();
  }

  private static void materialize(Path dir, List<InputBytes> files) throws IOException {
    for (InputBytes f : files) {
      Path p = dir.resolve(f.name());
      Files.createDirectories(p.getParent());
      Files.write(p, f.bytes());
    }
  }

  @BeforeAll
  @SuppressWarnings("unchecked")
  void runTheKeptCasesTogether(SparkSession spark, @TempDir Path tmp) throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    Files.createDirectories(in);
    for (Case c : HostileCorpus.keptCases()) {
      materialize(in, c.files());
    }
    PipelineJob.run(spark, SharedSpark.testSettings(),
        new RunRequest(List.of(in.toString()), out.toString(), AS_OF, null));
    summary = Json.read(Files.readString(out.resolve("summary.json")));
    for (Object o : (List<Object>) summary.get("files")) {
      Map<String, Object> m = (Map<String, Object>) o;
      fileSummaries.put((String) m.get("file"), m);
    }
    for (Row r : spark.read().parquet(out.resolve("quarantine").toString())
        .select("source_file", "line_number", "reason").collectAsList()) {
      quarantine.computeIfAbsent(r.getString(0), k -> new TreeMap<>())
          .put(r.getLong(1), r.getString(2));
    }
    determinations = spark.read().parquet(out.resolve("determinations").toString())
        .selectExpr("subject_id", "cii_number", "source_file", "line_number", "county_slug",
            "issues", "section")
        .collectAsList();
    convictions = spark.read().parquet(out.resolve("convictions").toString())
        .selectExpr("subject_id").collectAsList();
  }

  private String display(String name) {
    return in.toString() + "/" + name;
  }

  private static long number(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).longValue();
  }

  private List<Row> determinationsOf(String subjectOrCii) {
    return determinations.stream()
        .filter(r -> subjectOrCii.equals(r.getString(0)) || subjectOrCii.equals(r.getString(1)))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keptCases")
  @SuppressWarnings("unchecked")
  void keptCaseIsAccountedQuarantinedAndKept(Case c) {
    for (FileExpect e : c.expect()) {
      String shown = display(e.name);
      if (e.ignored) {
        assertTrue(fileSummaries.keySet().stream().noneMatch(f -> f.startsWith(shown)),
            e.name + " is not an input file");
        continue;
      }
      Map<String, Object> s = fileSummaries.get(shown);
      assertNotNull(s, e.name + " listed in summary.json");
      String where = c.kind() + " / " + e.name + ": " + s;
      long q = e.quarantined.size();
      assertEquals(e.lines, number(s, "lines"), where);
      assertEquals(e.header, s.get("header_present"), where);
      assertEquals(e.blank, number(s, "blank_lines"), where);
      assertEquals(e.valid, number(s, "records_valid"), where);
      assertEquals(q, number(s, "records_quarantined"), where);
      assertEquals(e.valid + q, number(s, "records_read"), where);
      assertEquals(e.lines, (e.header ? 1 : 0) + e.blank + e.valid + q,
          "the expectation itself balances: " + where);
      assertEquals(Boolean.TRUE, s.get("balanced"), where);
      Map<String, Object> byReason = (Map<String, Object>) s.get("quarantined_by_reason");
      Map<String, Long> expectedByReason = new TreeMap<>();
      e.quarantined.values().forEach(r -> expectedByReason.merge(r, 1L, Long::sum));
      Map<String, Long> actualByReason = new TreeMap<>();
      byReason.forEach((k, v) -> actualByReason.put(k, ((Number) v).longValue()));
      assertEquals(expectedByReason, actualByReason, where);
      assertEquals(e.quarantined, quarantine.getOrDefault(shown, Map.of()),
          "quarantined lines and reasons: " + where);
      Map<String, Object> warnings = (Map<String, Object>) s.get("warnings_by_code");
      for (String w : e.warnings) {
        assertTrue(warnings.containsKey(w), w + " counted: " + where);
      }
      if (e.lineEnds != null) {
        assertEquals(e.lineEnds, s.get("line_ends"), where);
      }
      if (e.bomRemoved != null) {
        assertEquals(e.bomRemoved, s.get("bom_removed"), where);
      }
      if (e.duplicateOf != null) {
        assertEquals(display(e.duplicateOf), s.get("skipped_duplicate_of"), where);
      } else {
        assertNull(s.get("skipped_duplicate_of"), where);
      }
      if (e.lines == 0 || e.valid + q == 0) {
        assertEquals(e.duplicateOf == null ? Boolean.TRUE : null, s.get("empty"), where);
      }
      for (String subject : e.survivors) {
        assertFalse(determinationsOf(subject).isEmpty(),
            subject + " (a valid record of " + e.name + ") reached determinations");
      }
      for (Row d : determinations) {
        if (shown.equals(d.getString(2))) {
          assertFalse(e.quarantined.containsKey(d.getLong(3)),
              "a quarantined line never feeds a determination: line " + d.getLong(3));
        }
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theWholeRunBalancesAndListsOnlyDataFiles() {
    assertEquals("SUCCEEDED", summary.get("status"));
    Map<String, Object> rows = (Map<String, Object>) summary.get("rows");
    assertEquals(Boolean.TRUE, rows.get("balanced"));
    long expectedFiles = HostileCorpus.keptCases().stream()
        .flatMap(c -> c.expect().stream()).filter(e -> !e.ignored).count();
    assertEquals(expectedFiles, fileSummaries.size(), fileSummaries.keySet().toString());
    long quarantined = HostileCorpus.keptCases().stream().flatMap(c -> c.expect().stream())
        .mapToLong(e -> e.quarantined.size()).sum();
    assertEquals(quarantined, number(rows, "records_quarantined"));
  }

  @Test
  void duplicateRowsNeverCountTwice() {
    for (String subject : List.of("DR1", "DR2", "DX1", "ST1")) {
      assertEquals(1, determinationsOf(subject).size(), subject + ": one determination");
      assertEquals(1, convictions.stream().filter(r -> subject.equals(r.getString(0))).count(),
          subject + ": one conviction");
    }
    assertTrue(determinationsOf("DR1").get(0).getList(5).contains("DUPLICATE_ROW"),
        "same SENT_ORDER: the copy adds no sentence part");
    assertTrue(determinationsOf("DR2").get(0).getList(5)
        .contains("POSSIBLE_DUPLICATE_SENTENCE_PART"), "blank SENT_ORDER: flagged for audit");
  }

  @Test
  void unknownCountiesGoToTheUnknownExportNotNowhere() throws IOException {
    for (String subject : List.of("UC1", "UC2")) {
      Row d = determinationsOf(subject).get(0);
      assertEquals("unknown", d.getString(4), subject);
      assertTrue(d.getList(5).contains("COUNTY_UNKNOWN"), subject);
    }
    assertEquals("los-angeles", determinationsOf("UC3").get(0).getString(4),
        "padding and case do not make a county unknown");
    String unknown = Files.readString(out.resolve("exports/unknown/determinations.csv"));
    List<String> lines = unknown.lines().skip(1).toList();
    assertEquals(2, lines.size(), unknown);
    assertTrue(lines.stream().anyMatch(l -> l.contains(",UC1,")), unknown);
    assertTrue(lines.stream().anyMatch(l -> l.contains(",UC2,")), unknown);
    assertFalse(Files.readString(out.resolve("exports/los-angeles/determinations.csv"))
        .contains(",UC1,"));
  }

  @Test
  void controlCharactersDoNotChangeDerivedValues() {
    assertEquals("11357", determinationsOf("NB2").get(0).getString(6),
        "NUL inside the offense text: the section is still read");
    List<Row> nb3 = determinationsOf("NB3");
    assertEquals(2, nb3.size(), "NB3 and NB3<NUL> are one subject with two counts: " + nb3);
    assertTrue(nb3.stream().anyMatch(r -> "yolo".equals(r.getString(4))),
        "YO<NUL>LO is Yolo: " + nb3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failingCases")
  void failingCaseStopsWithOneLineNamingTheFile(Case c, SparkSession spark, @TempDir Path tmp)
      throws IOException {
    Path dir = tmp.resolve("in");
    Files.createDirectories(dir);
    materialize(dir, c.files());
    Path input = c.input() == null ? dir : dir.resolve(c.input());
    Path o = tmp.resolve("out");
    String message = failureOf(spark, input, o);
    for (String fragment : c.failure()) {
      assertTrue(message.contains(fragment), c.kind() + ": '" + fragment + "' in: " + message);
    }
    assertFalse(Files.exists(o), "nothing published");
    failedSummaryBalances(tmp);
  }

  /** The run's one-line failure message; fails the test when the run succeeds or crashes. */
  private static String failureOf(SparkSession spark, Path input, Path o) {
    try {
      PipelineJob.run(spark, SharedSpark.testSettings(),
          new RunRequest(List.of(input.toString()), o.toString(), AS_OF, null));
    } catch (RunFailure | SettingsException e) {
      assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
      return e.getMessage();
    } catch (RuntimeException e) {
      // I/O trouble inside a task: Main reports the FILE_UNREADABLE cause as one line.
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t.getMessage() != null && t.getMessage().startsWith("FILE_UNREADABLE")) {
          return t.getMessage().lines().findFirst().orElse("");
        }
      }
      throw e;
    }
    return fail("the run should have stopped");
  }

  /** A run stopped after reading keeps a summary.json whose accounting balances per file. */
  @SuppressWarnings("unchecked")
  private static void failedSummaryBalances(Path tmp) throws IOException {
    List<Path> failed;
    try (Stream<Path> s = Files.list(tmp)) {
      failed = s.filter(p -> p.getFileName().toString().startsWith("out.failed-")).toList();
    }
    for (Path f : failed) {
      Map<String, Object> s = Json.read(Files.readString(f.resolve("summary.json")));
      assertEquals("FAILED", s.get("status"));
      for (Object o : (List<Object>) s.get("files")) {
        assertEquals(Boolean.TRUE, ((Map<String, Object>) o).get("balanced"), o.toString());
      }
    }
  }

  @Test
  void unreadableFileStopsTheRunNamingIt(SparkSession spark, @TempDir Path tmp)
      throws IOException {
    Path dir = tmp.resolve("in");
    Files.createDirectories(dir);
    Path locked = Files.writeString(dir.resolve("locked.csv"), HostileCorpus.good("UR1") + "\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.isReadable(locked),
          "running as root: permissions do not stop reading");
      String message = failureOf(spark, dir, tmp.resolve("out"));
      assertTrue(message.contains("FILE_UNREADABLE") && message.contains("locked.csv"), message);
      assertFalse(Files.exists(tmp.resolve("out")));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void danglingLinkAndMissingFileStopTheRunNamingThem(SparkSession spark, @TempDir Path tmp)
      throws IOException {
    Path dir = tmp.resolve("in");
    Files.createDirectories(dir);
    Path link = Files.createSymbolicLink(dir.resolve("tonight.csv"), tmp.resolve("gone.csv"));
    for (Path input : List.of(link, tmp.resolve("never-delivered.csv"))) {
      String message = failureOf(spark, input, tmp.resolve("out"));
      assertTrue(message.startsWith("FILE_UNREADABLE: "), message);
      assertTrue(message.contains(input.getFileName().toString()), message);
      assertFalse(Files.exists(tmp.resolve("out")));
    }
  }

  /** The corpus covers at least 20 kinds (besides the unreadable and dangling paths above). */
  @Test
  void theCorpusCoversAtLeastTwentyKinds() {
    List<String> kinds = new ArrayList<>();
    HostileCorpus.keptCases().forEach(c -> kinds.add(c.kind()));
    HostileCorpus.failingCases().forEach(c -> kinds.add(c.kind()));
    assertTrue(kinds.size() >= 20, kinds.toString());
    assertEquals(kinds.size(), kinds.stream().distinct().count(), "kinds are unique");
  }
}
