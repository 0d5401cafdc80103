package org.recordrelief.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.generate.Generator;
import org.recordrelief.generate.GeneratorSettings;
import org.recordrelief.ingest.CsvLineParser;

/**
 * No names, dates of birth, CII numbers or SUBJECT_IDs in what a run prints or logs, and no
 * output readable by others. The job runs as an operator runs it: {@code Main run} in a child JVM
 * (without {@code --quiet}, so progress lines are included), with stdout and stderr — log4j's
 * console appender included — captured to files; every captured line, and every log file the run
 * leaves in its working or temporary directory, is searched for every generated person's values
 * ({@code truth/persons.csv}). A hit fails with the kind of value, never the value. A run that is
 * stopped on purpose (a file whose records are all rejected, a header that carries a person's
 * name) is checked the same way, its {@code summary.json} included. Every file and directory the
 * runs create is owner/group-only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PiiLeakTest {
  private static final String AS_OF = "2026-06-30";

  /** value → kind (NAME, DOB, DOB_ISO, CII, SUBJECT_ID), for whole-token search. */
  private final Map<String, String> secrets = new LinkedHashMap<>();
  private Pattern secretPattern;
  private Path tmp;
  private Path gen;

  private record Outcome(int status, List<String> lines) {}

  @BeforeAll
  void generate(@TempDir Path dir) throws IOException {
    tmp = dir;
    gen = tmp.resolve("gen");
    GeneratorSettings s = GeneratorSettings.defaults().withOverrides(Map.of(
        "people", 150, "seed", 4242L, "rowsPerFile", 1500, "wrongFieldCountRate", 0.003,
        "malformedQuoteRate", 0.002, "invalidDateRate", 0.01, "partialDateRate", 0.05));
    Generator.generate(s, gen);
    List<String> lines = Files.readAllLines(gen.resolve("truth/persons.csv"));
    List<String> header = CsvLineParser.parse(lines.get(0)).fields();
    for (String l : lines.subList(1, lines.size())) {
      List<String> f = CsvLineParser.parse(l).fields();
      String name = f.get(header.indexOf("name")).trim();
      String dob = f.get(header.indexOf("dob")).trim();
      String cii = f.get(header.indexOf("cii")).trim();
      String subject = f.get(header.indexOf("subject_id")).trim();
      if (!name.isEmpty()) {
        secrets.put(name, "NAME");
        secrets.put(name.replace(",", " "), "NAME");
        secrets.put(name.replace(",", ", "), "NAME");
      }
      if (dob.matches("\\d{8}")) {
        secrets.put(dob, "DOB");
        if (!dob.endsWith("00")) {
          secrets.put(LocalDate.parse(dob, java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
              .toString(), "DOB_ISO");
        }
      }
      if (!cii.isEmpty()) {
        secrets.put(cii, "CII");
      }
      if (!subject.isEmpty()) {
        secrets.put(subject, "SUBJECT_ID");
      }
    }
    assertTrue(secrets.containsValue("NAME") && secrets.containsValue("DOB")
        && secrets.containsValue("DOB_ISO") && secrets.containsValue("CII"), "values to look for");
    StringBuilder alt = new StringBuilder();
    for (String v : secrets.keySet()) {
      alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(v));
    }
    // Whole tokens only: a DOB must not match inside a longer number, a name inside a word.
    secretPattern = Pattern.compile("(?<![A-Za-z0-9])(" + alt + ")(?![A-Za-z0-9])");
  }

  /** The JVM flags Spark needs, as this test JVM got them from the pom's surefire argLine. */
  private static List<String> jvmFlags() {
    List<String> flags = new ArrayList<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
          || a.startsWith("-Dio.netty") || a.startsWith("-Duser.")) {
        flags.add(a);
      }
    }
    return flags;
  }

  /** {@code Main run ...} in a child JVM; stdout and stderr captured whole. */
  private Outcome runMain(String name, String... args) throws IOException, InterruptedException {
    Path work = Files.createDirectories(tmp.resolve(name + "-cwd"));
    Path javaTmp = Files.createDirectories(tmp.resolve(name + "-javatmp"));
    Path conf = tmp.resolve(name + ".conf");
    Files.writeString(conf, "recordrelief.spark {\n  \"spark.master\" = \"local[2]\"\n"
        + "  \"spark.sql.shuffle.partitions\" = \"2\"\n}\n");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1500m");
    cmd.addAll(jvmFlags());
    cmd.add("-Djava.io.tmpdir=" + javaTmp);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.add("run");
    cmd.addAll(List.of(args));
    cmd.addAll(List.of("--as-of", AS_OF, "--config", conf.toString()));
    Path stdout = tmp.resolve(name + ".stdout");
    Path stderr = tmp.resolve(name + ".stderr");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    try {
      if (!p.waitFor(15, TimeUnit.MINUTES)) {
        fail(name + ": the child run did not finish");
      }
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly().waitFor();
      }
    }
    List<String> lines = new ArrayList<>();
    lines.addAll(Files.readAllLines(stdout, StandardCharsets.ISO_8859_1));
    lines.addAll(Files.readAllLines(stderr, StandardCharsets.ISO_8859_1));
    for (Path dir : List.of(work, javaTmp)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path f : s.filter(Files::isRegularFile)
            .filter(f -> f.toString().matches(".*(\\.log|\\.out|\\.err|\\.txt|hs_err.*)$"))
            .toList()) {
          lines.addAll(Files.readAllLines(f, StandardCharsets.ISO_8859_1));
        }
      }
    }
    return new Outcome(p.exitValue(), lines);
  }

  /** Kinds of personal values found in {@code lines} (with the line index), never the values. */
  private Map<String, Integer> leaks(List<String> lines) {
    Map<String, Integer> found = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      var m = secretPattern.matcher(lines.get(i));
      while (m.find()) {
        found.putIfAbsent(secrets.get(m.group(1)), i + 1);
      }
    }
    return found;
  }

  private static void ownerAndGroupOnly(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.toList()) {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
        assertFalse(perms.contains(PosixFilePermission.OTHERS_READ)
            || perms.contains(PosixFilePermission.OTHERS_WRITE)
            || perms.contains(PosixFilePermission.OTHERS_EXECUTE),
            root.relativize(p) + " is " + java.nio.file.attribute.PosixFilePermissions.toString(perms));
      }
    }
  }

  @Test
  void aSuccessfulRunPrintsNoPersonalValuesAndKeepsItsOutputPrivate() throws Exception {
    Path out = tmp.resolve("ok-out");
    Outcome o = runMain("ok", "--input", gen.resolve("doj").toString(),
        "--output", out.toString());
    assertEquals(0, o.status(), "exit status; output has " + o.lines().size() + " lines");
    assertTrue(o.lines().stream().anyMatch(l -> l.startsWith("[record-relief] ")),
        "progress lines were captured");
    assertTrue(o.lines().stream().anyMatch(l -> l.contains("quarantined")), "summary printed");
    assertEquals(Map.of(), leaks(o.lines()), "kinds of personal values printed (first line)");
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    ownerAndGroupOnly(out);
    assertEquals(Map.of(), leaks(Files.readAllLines(out.resolve("summary.json"))),
        "summary.json");
    assertEquals(Map.of(), leaks(Files.readAllLines(out.resolve("manifest.json"))),
        "manifest.json");
    assertEquals(Map.of(), leaks(Files.readAllLines(out.resolve("report.html"))), "report.html");
    try (Stream<Path> s = Files.list(out.resolve("exports"))) {
      for (Path county : s.toList()) {
        Path page = county.resolve("summary.html");
        if (Files.exists(page)) {
          assertEquals(Map.of(), leaks(Files.readAllLines(page)), page.toString());
        }
      }
    }
  }

  @Test
  void aStoppedRunPrintsNoPersonalValues() throws Exception {
    // Every record of this file has 94 fields: all rejected, the run stops.
    List<String> data = Files.readAllLines(
        gen.resolve("doj").resolve(firstExtract()), StandardCharsets.UTF_8);
    StringBuilder broken = new StringBuilder();
    for (String l : data.subList(1, data.size())) {
      List<String> f = CsvLineParser.parse(l).fields();
      if (f.size() == DojColumns.COUNT) {
        broken.append(CsvLineParser.formatLine(f.subList(0, DojColumns.COUNT - 1))).append('\n');
      }
    }
    Path in = Files.createDirectories(tmp.resolve("bad-in"));
    Files.writeString(in.resolve("short-records.csv"), broken);
    Path out = tmp.resolve("bad-out");
    Outcome o = runMain("bad", "--input", in.toString(), "--output", out.toString());
    assertEquals(1, o.status(), String.join("\n", o.lines().stream()
        .filter(l -> l.startsWith("run failed")).toList()));
    assertTrue(o.lines().stream().anyMatch(
        l -> l.startsWith("run failed: ") && l.contains("short-records.csv")
            && l.contains("REJECT_THRESHOLD")), "one line naming the file");
    assertTrue(o.lines().stream().noneMatch(l -> l.startsWith("\tat ")), "no stack trace");
    assertEquals(Map.of(), leaks(o.lines()), "kinds of personal values printed (first line)");
    assertFalse(Files.exists(out), "nothing published");
    for (Path failed : failedDirs()) {
      ownerAndGroupOnly(failed);
      assertEquals(Map.of(), leaks(Files.readAllLines(failed.resolve("summary.json"))),
          "failed run's summary.json");
    }
  }

  @Test
  void aHeaderHoldingAPersonsNameIsReportedWithoutTheName() throws Exception {
    // A header-like first line in which one column name was overwritten with a person's name.
    String name = secrets.entrySet().stream().filter(e -> e.getValue().equals("NAME"))
        .map(Map.Entry::getKey).filter(n -> n.contains(",")).findFirst().orElseThrow();
    List<String> header = new ArrayList<>(DojColumns.NAMES);
    header.set(DojColumns.PRI_NAME, name);
    List<String> data = Files.readAllLines(gen.resolve("doj").resolve(firstExtract()));
    Path in = Files.createDirectories(tmp.resolve("hdr-in"));
    Files.writeString(in.resolve("renamed.csv"), CsvLineParser.formatLine(header) + "\n"
        + String.join("\n", data.subList(1, data.size())) + "\n");
    Path out = tmp.resolve("hdr-out");
    Outcome o = runMain("hdr", "--input", in.toString(), "--output", out.toString(), "--quiet");
    assertEquals(1, o.status());
    assertTrue(o.lines().stream().anyMatch(
        l -> l.startsWith("run failed: ") && l.contains("renamed.csv")
            && l.contains("HEADER_MISMATCH")), "one line naming the file");
    assertTrue(o.lines().stream().noneMatch(l -> l.startsWith("\tat ")), "no stack trace");
    assertEquals(Map.of(), leaks(o.lines()), "kinds of personal values printed (first line)");
    for (Path failed : failedDirs()) {
      assertEquals(Map.of(), leaks(Files.readAllLines(failed.resolve("summary.json"))),
          "failed run's summary.json");
    }
  }

  private String firstExtract() throws IOException {
    try (Stream<Path> s = Files.list(gen.resolve("doj"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted()
          .findFirst().orElseThrow();
    }
  }

  private List<Path> failedDirs() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.filter(p -> p.getFileName().toString().contains(".failed-")).toList();
    }
  }
}
