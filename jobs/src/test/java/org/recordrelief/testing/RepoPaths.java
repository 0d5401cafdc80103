package org.recordrelief.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locations of the repository root and the shared anchor data, for file-based tests. */
public final class RepoPaths {
  private RepoPaths() {}

  /** The repository root (system property set by surefire, else found from the working dir). */
  public static Path root() {
    String p = System.getProperty("recordrelief.repoRoot");
    if (p != null && Files.isDirectory(Paths.get(p))) {
      return Paths.get(p).toAbsolutePath().normalize();
    }
    Path d = Paths.get("").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("jobs"))) {
      d = d.getParent();
    }
    if (d == null) {
      throw new IllegalStateException("repository root not found");
    }
    return d;
  }

  /** {@code ../shared/anchor-data/gogen} beside the repository. */
  public static Path gogenAnchor() {
    return root().resolve("../shared/anchor-data/gogen").normalize();
  }
}
