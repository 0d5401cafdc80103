package org.recordrelief.job;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordrelief.testing.RepoPaths;

/**
 * The committed reference-case fixture ({@code jobs/src/test/resources/reference-cases/}) is what
 * {@link ReferenceCases} produces. People review the CSV files; the Java definitions keep them
 * readable and consistent. To rewrite the files after changing {@link ReferenceCases}, run this
 * test with the environment variable {@code REGENERATE_GOLDEN=true} or the system property
 * {@code recordrelief.regenerateGolden=true}, then review the diff.
 */
class ReferenceCasesFixtureTest {

  static Path dir() {
    return RepoPaths.root().resolve("jobs/src/test/resources/reference-cases");
  }

  private static boolean regenerate() {
    return "true".equalsIgnoreCase(System.getenv("REGENERATE_GOLDEN"))
        || Boolean.getBoolean("recordrelief.regenerateGolden");
  }

  @Test
  void committedFixtureIsUpToDate() throws IOException {
    ReferenceCases.Files f = ReferenceCases.build();
    Map<String, String> files = Map.of(
        "doj-extract.csv", f.dojExtract(),
        "facts.csv", f.facts(),
        "expected.csv", f.expected());
    if (regenerate()) {
      Files.createDirectories(dir());
      for (Map.Entry<String, String> e : files.entrySet()) {
        Files.writeString(dir().resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
      return;
    }
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path p = dir().resolve(e.getKey());
      if (!Files.exists(p)) {
        fail(p + " is missing; run with REGENERATE_GOLDEN=true");
      }
      String committed = Files.readString(p, StandardCharsets.UTF_8);
      if (!committed.equals(e.getValue())) {
        fail(e.getKey() + " differs from ReferenceCases (regenerate with REGENERATE_GOLDEN=true"
            + " and review the diff): " + firstDifference(committed, e.getValue()));
      }
    }
  }

  /** The first differing line, as "line N: committed | generated". */
  private static String firstDifference(String committed, String generated) {
    String[] a = committed.split("\n", -1);
    String[] b = generated.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end of file>";
      String y = i < b.length ? b[i] : "<end of file>";
      if (!x.equals(y)) {
        return "line " + (i + 1) + ":\n committed: " + x + "\n generated: " + y;
      }
    }
    return "(identical)";
  }
}
