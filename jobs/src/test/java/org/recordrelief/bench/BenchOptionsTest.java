package org.recordrelief.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordrelief.config.SettingsException;

/** {@code bench} arguments: defaults, derived locations, one-line errors. */
class BenchOptionsTest {
  private static BenchOptions parse(String... args) {
    return BenchOptions.parse(args, 0);
  }

  @Test
  void defaultsPlaceTheExtractAndOutputBySizeAndSeed() {
    BenchOptions o = parse("--people", "2000");
    assertEquals(2000, o.people());
    assertEquals(BenchOptions.DEFAULT_SEED, o.seed());
    assertEquals("6g", o.heap());
    assertEquals(Path.of("data/bench/people-2000-seed-20261127"), o.data());
    assertEquals(Path.of("out/bench/people-2000-seed-20261127"), o.output());
    assertEquals(LocalDate.of(2026, 6, 30), o.asOf());
    assertNull(o.master());
  }

  @Test
  void everyOptionIsTaken() {
    BenchOptions o = parse("--people", "12", "--seed", "3", "--heap", "6144m", "--output",
        "/tmp/x", "--as-of", "2025-01-02", "--master", "spark://127.0.0.1:7077");
    assertEquals(3, o.seed());
    assertEquals("6144m", o.heap());
    assertEquals(Path.of("data/bench/people-12-seed-3"), o.data());
    assertEquals(Path.of("/tmp/x"), o.output());
    assertEquals(LocalDate.of(2025, 1, 2), o.asOf());
    assertEquals("spark://127.0.0.1:7077", o.master());
  }

  @Test
  void mistakesAreOneLineSettingsErrors() {
    for (List<String> args : List.of(List.<String>of(), List.of("--people"),
        List.of("--people", "0"), List.of("--people", "many"), List.of("--people", "5", "--heap",
            "lots"), List.of("--people", "5", "--colour", "red"), List.of("--people", "5", "x"),
        List.of("--people", "5", "--as-of", "2025-13-01"))) {
      SettingsException e = assertThrows(SettingsException.class,
          () -> parse(args.toArray(new String[0])), args.toString());
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
      assertTrue(!e.getMessage().isBlank());
    }
  }
}
