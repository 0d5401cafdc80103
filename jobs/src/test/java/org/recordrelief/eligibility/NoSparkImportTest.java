package org.recordrelief.eligibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The eligibility package is pure Java: no {@code org.apache.spark} import in any source file. */
class NoSparkImportTest {

  static Path sourceDir() {
    String root = System.getProperty("recordrelief.repoRoot");
    if (root != null && !root.isBlank()) {
      Path p = Paths.get(root, "jobs", "src", "main", "java");
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      Path p = dir.resolve(Paths.get("jobs", "src", "main", "java"));
      if (Files.isDirectory(p)) {
        return p;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("cannot find jobs/src/main/java from " + Paths.get("")
        .toAbsolutePath());
  }

  @Test
  void noSparkImportInTheEligibilityPackage() throws IOException {
    Path pkg = sourceDir().resolve(Paths.get("org", "recordrelief", "eligibility"));
    assertTrue(Files.isDirectory(pkg), "missing " + pkg);
    List<String> offenders = new ArrayList<>();
    int files = 0;
    try (Stream<Path> s = Files.walk(pkg)) {
      for (Path f : s.filter(x -> x.toString().endsWith(".java")).toList()) {
        files++;
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
            continue; // documentation may name the rule it enforces
          }
          if (line.startsWith("import org.apache.spark")
              || line.startsWith("import static org.apache.spark")
              || line.contains("org.apache.spark.")) {
            offenders.add(f.getFileName() + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertTrue(files > 10, "scanned only " + files + " files under " + pkg);
    assertTrue(offenders.isEmpty(), "Spark references in the eligibility package: " + offenders);
  }
}
