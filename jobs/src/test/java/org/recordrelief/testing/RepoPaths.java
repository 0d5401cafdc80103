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

  /**
   * The gogen conformance fixtures (MIT, data only), vendored under the test resources so the
   * suite does not depend on where the clone sits; {@link #sharedGogenAnchor()} is the upstream
   * copy they are checked against when it is present.
   */
  public static Path gogenAnchor() {
    return root().resolve("jobs/src/test/resources/anchor-data/gogen");
  }

  /** {@code ../shared/anchor-data/gogen} beside the repository (may be absent). */
  public static Path sharedGogenAnchor() {
    return root().resolve("../shared/anchor-data/gogen").normalize();
  }
}
