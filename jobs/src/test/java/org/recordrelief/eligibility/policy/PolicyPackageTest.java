package org.recordrelief.eligibility.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recordrelief.testing.RepoPaths;

/** The policy package stays engine-free (architecture.md: pure Java 17, no Spark). */
class PolicyPackageTest {

  @Test
  void noSparkImportInThePolicyPackage() throws IOException {
    Path pkg = RepoPaths.root().resolve("jobs/src/main/java/org/recordrelief/eligibility/policy");
    List<String> offenders = new ArrayList<>();
    int files = 0;
    try (Stream<Path> s = Files.walk(pkg)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        files++;
        String code = withoutComments(Files.readString(p));
        if (code.contains("org.apache.spark") || code.matches("(?s).*\\bimport\\s+scala\\..*")) {
          offenders.add(pkg.relativize(p).toString());
        }
      }
    }
    assertTrue(files > 10, "found the package sources");
    assertEquals(List.of(), offenders, "files referring to Spark");
    assertTrue(Files.exists(pkg.resolve("package-info.java")), "package-info.java");
  }

  @Test
  void theCheckSeesImportsAndQualifiedNamesButNotComments() {
    assertTrue(withoutComments("import org.apache.spark.sql.Row;").contains("org.apache.spark"));
    assertTrue(withoutComments("var x = org.apache.spark.sql.functions.col(\"a\");").contains("org.apache.spark"));
    assertTrue(!withoutComments("/** no {@code org.apache.spark} import */\n// org.apache.spark\nclass A {}").contains("org.apache.spark"));
  }

  /** Source text without block and line comments (good enough for this package's sources). */
  static String withoutComments(String src) {
    return src.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", " ");
  }
}
