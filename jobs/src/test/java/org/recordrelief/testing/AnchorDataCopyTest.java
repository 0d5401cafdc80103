package org.recordrelief.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The vendored gogen fixtures are an unchanged copy of the shared anchor data. */
class AnchorDataCopyTest {

  @Test
  void vendoredCopyEqualsTheSharedAnchorData() throws IOException {
    Path shared = RepoPaths.sharedGogenAnchor();
    assumeTrue(Files.isDirectory(shared), "no ../shared/anchor-data/gogen beside this clone");
    Path vendored = RepoPaths.gogenAnchor();
    List<Path> sharedFiles = files(shared);
    assertEquals(sharedFiles, files(vendored), "same file list");
    for (Path rel : sharedFiles) {
      assertArrayEquals(
          Files.readAllBytes(shared.resolve(rel)),
          Files.readAllBytes(vendored.resolve(rel)),
          () -> "bytes of " + rel);
    }
  }

  @Test
  void vendoredCopyKeepsTheLicences() {
    for (String repo : List.of("codeforamerica-gogen", "codeforamerica-gogen_pilots")) {
      Path dir = RepoPaths.gogenAnchor().resolve(repo);
      assertEquals(true, Files.isRegularFile(dir.resolve("LICENSE")), repo + "/LICENSE");
      assertEquals(true, Files.isRegularFile(dir.resolve("NOTICE.md")), repo + "/NOTICE.md");
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
