package org.recordrelief.eligibility.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.recordrelief.testing.RepoPaths;

/**
 * Every shipped policy renders exactly to its reviewed snapshot {@code
 * conf/policy/rendered/<id>.txt}. Regenerate with {@code REGENERATE_GOLDEN=true} (or {@code
 * -Drecordrelief.regenerateGolden=true}), then review the diff like any policy change.
 */
class PolicySnapshotTest {

  static Path policyDir() {
    return RepoPaths.root().resolve("conf/policy");
  }

  static Path renderedDir() {
    return policyDir().resolve("rendered");
  }

  static boolean regenerate() {
    return "true".equalsIgnoreCase(System.getenv("REGENERATE_GOLDEN"))
        || "true".equalsIgnoreCase(System.getProperty("recordrelief.regenerateGolden"));
  }

  @TestFactory
  Stream<DynamicTest> renderedTextEqualsSnapshot() {
    return PolicyLoader.policyFiles(policyDir()).stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    policyDir().relativize(f).toString(),
                    () -> {
                      Policy p = PolicyLoader.load(f);
                      String text = PolicyRenderer.render(p);
                      Path snap = renderedDir().resolve(p.id() + ".txt");
                      if (regenerate()) {
                        Files.createDirectories(renderedDir());
                        Files.writeString(snap, text, StandardCharsets.UTF_8);
                        return;
                      }
                      assertTrue(
                          Files.exists(snap),
                          "no snapshot " + snap + "; run with REGENERATE_GOLDEN=true and review it");
                      assertEquals(
                          Files.readString(snap, StandardCharsets.UTF_8),
                          text,
                          "rendering of " + f.getFileName() + " differs from " + snap
                              + "; if the change is intended, run with REGENERATE_GOLDEN=true and review the diff");
                    }));
  }

  @Test
  void noStaleSnapshots() throws IOException {
    Set<String> ids = new TreeSet<>();
    for (Path f : PolicyLoader.policyFiles(policyDir())) {
      ids.add(PolicyLoader.load(f).id());
    }
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> s = Files.list(renderedDir())) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".txt") && !ids.contains(name.substring(0, name.length() - 4))) {
          stale.add(p);
        }
      }
    }
    if (regenerate()) {
      for (Path p : stale) {
        Files.delete(p);
      }
      return;
    }
    assertEquals(List.of(), stale, "snapshots without a policy; delete them or run with REGENERATE_GOLDEN=true");
  }

  @Test
  void renderingIsDeterministic() {
    for (Path f : PolicyLoader.policyFiles(policyDir())) {
      assertEquals(PolicyRenderer.render(PolicyLoader.load(f)), PolicyRenderer.render(PolicyLoader.load(f)));
    }
  }
}
