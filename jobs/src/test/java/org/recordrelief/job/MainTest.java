package org.recordrelief.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Usage mistakes give one line and exit status 2, before any Spark session exists. */
class MainTest {
  private record Outcome(int status, String out, String err) {}

  private static Outcome exec(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpListsTheCommands() {
    Outcome o = exec("--help");
    assertEquals(0, o.status());
    assertTrue(o.out().contains("run "));
    assertTrue(o.out().contains("generate "));
  }

  @Test
  void usageErrorsAreOneLine() {
    for (String[] args : new String[][] {
        {"frobnicate"},
        {"run", "--output", "x"},
        {"run", "--input", "a.csv"},
        {"run", "--input", "a.csv", "--output", "x", "--as-of", "2025-13-01"},
        {"run", "--input", "a.csv", "--output", "x", "--colour", "red"},
        {"run", "--input", "a.csv", "--output", "x", "--config", "/nonexistent.conf"},
        {"run", "--input", "a.csv", "--output", "x", "--export", "pdf"},
        {"policy", "list"}}) {
      Outcome o = exec(args);
      assertEquals(2, o.status(), String.join(" ", args));
      assertEquals(1, o.err().lines().count(), o.err());
      assertTrue(o.err().startsWith("error: "), o.err());
    }
  }

  @Test
  void policyShowRendersAShippedPolicy() {
    Outcome o = exec("policy", "show", "sacramento");
    assertEquals(0, o.status(), o.err());
    assertTrue(o.out().startsWith("Policy sacramento"), o.out());
    Outcome missing = exec("policy", "show", "atlantis");
    assertEquals(2, missing.status());
    assertEquals(1, missing.err().lines().count(), missing.err());
  }

  @Test
  void asOfIsParsedStrictly() {
    assertEquals(java.time.LocalDate.of(2025, 1, 1), Main.parseAsOf("2025-01-01"));
  }
}
