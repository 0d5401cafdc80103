package org.recordrelief.publish.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recordrelief.testing.RepoPaths;

/** The page renderer is plain Java: no {@code org.apache.spark} (nor Hadoop) in its sources. */
class NoSparkInReportTest {
  @Test
  void noSparkImportInTheReportPackage() throws IOException {
    Path pkg = RepoPaths.root()
        .resolve("jobs/src/main/java/org/recordrelief/publish/report");
    assertTrue(Files.isDirectory(pkg), "missing " + pkg);
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> s = Files.walk(pkg)) {
      for (Path f : s.filter(x -> x.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
            continue;
          }
          if (line.contains("org.apache.spark") || line.contains("org.apache.hadoop")) {
            offenders.add(f.getFileName() + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertTrue(offenders.isEmpty(), "Spark in the report package: " + offenders);
  }
}
