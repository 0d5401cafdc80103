package org.recordrelief.eligibility.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small policy files for tests. */
final class TestPolicies {
  private TestPolicies() {}

  /** Writes {@code text} to {@code dir/relative} (folders created) and returns the path. */
  static Path write(Path dir, String relative, String text) {
    try {
      Path p = dir.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code dir/<id>.conf} with {@code id = <id>} and the body, and loads it. */
  static Policy load(Path dir, String id, String body) {
    return PolicyLoader.load(write(dir, id + ".conf", "id = " + id + "\n" + body));
  }
}
