package org.recordrelief.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recordrelief.testing.RepoPaths;

/**
 * The committed analyst notebooks carry no outputs (results hold data; notebooks/run_notebooks.py
 * executes them into notebooks/target/ instead), and each is described in notebooks/README.md.
 * Runs without Python; {@code run_notebooks.py --check-only} makes the same check.
 */
class AnalystNotebooksTest {
  private static List<Path> notebooks() throws IOException {
    try (Stream<Path> s = Files.list(RepoPaths.root().resolve("notebooks"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  @Test
  void committedNotebooksCarryNoOutputs() throws IOException {
    List<Path> books = notebooks();
    assertEquals(4, books.size(), "the four analyst notebooks: " + books);
    List<String> dirty = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (Path p : books) {
      JsonNode nb = mapper.readTree(p.toFile());
      int i = 0;
      for (JsonNode cell : nb.path("cells")) {
        if ("code".equals(cell.path("cell_type").asText())) {
          if (cell.path("outputs").size() > 0) {
            dirty.add(p.getFileName() + " cell " + i + ": outputs");
          }
          if (!cell.path("execution_count").isNull()) {
            dirty.add(p.getFileName() + " cell " + i + ": execution_count");
          }
        }
        if (cell.path("metadata").has("execution")) {
          dirty.add(p.getFileName() + " cell " + i + ": execution timings");
        }
        i++;
      }
    }
    assertTrue(dirty.isEmpty(),
        "run `python3 notebooks/run_notebooks.py --clean` and commit: " + dirty);
  }

  @Test
  void everyNotebookIsDescribedInTheReadme() throws IOException {
    String readme = Files.readString(RepoPaths.root().resolve("notebooks/README.md"));
    for (Path p : notebooks()) {
      assertTrue(readme.contains(p.getFileName().toString()), p.getFileName() + " in README");
    }
    assertFalse(readme.isBlank());
  }
}
