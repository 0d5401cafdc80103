package org.recordrelief.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.recordrelief.config.SettingsException;

/**
 * What {@code bench} measures: {@code --people N [--seed S] [--heap 6g] [--output DIR]
 * [--as-of YYYY-MM-DD] [--master URL]}. The extract lives under
 * {@code data/bench/people-N-seed-S/} (generated once, reused after), the run's output under
 * {@code --output} (default {@code out/bench/people-N-seed-S}), the report under
 * {@code target/bench/}; relative paths are taken from the working directory (run-local.sh runs
 * from the repository root).
 *
 * @param people synthetic people to generate
 * @param seed generator seed
 * @param heap the pipeline JVM's {@code -Xmx} (e.g. {@code 6g})
 * @param data directory of the generated extract
 * @param output the pipeline's output directory
 * @param asOf the as-of date of the run
 * @param master a Spark master URL for the run, or null for the configured default
 */
public record BenchOptions(long people, long seed, String heap, Path data, Path output,
    LocalDate asOf, String master) {

  public static final long DEFAULT_SEED = 20261127L;
  public static final String DEFAULT_HEAP = "6g";
  /** The generator's default extract date: expected outcomes hold at this as-of date. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 30);

  private static final Set<String> OPTIONS =
      Set.of("people", "seed", "heap", "output", "as-of", "master");

  /** Parse the arguments after {@code bench}; mistakes are one-line {@link SettingsException}s. */
  public static BenchOptions parse(String[] args, int from) {
    Long people = null;
    long seed = DEFAULT_SEED;
    String heap = DEFAULT_HEAP;
    String output = null;
    LocalDate asOf = DEFAULT_AS_OF;
    String master = null;
    for (int i = from; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || !OPTIONS.contains(a.substring(2))) {
        throw new SettingsException(a.startsWith("--")
            ? "unknown option " + a + " (see --help)" : "unexpected argument '" + a + "'");
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new SettingsException(a + " needs a value");
      }
      String v = args[++i];
      switch (a.substring(2)) {
        case "people" -> people = positive(a, v);
        case "seed" -> seed = number(a, v);
        case "heap" -> {
          if (!v.matches("\\d+[kKmMgG]?")) {
            throw new SettingsException("--heap takes a JVM size such as 6g or 6144m, got '"
                + v + "'");
          }
          heap = v;
        }
        case "output" -> output = v;
        case "as-of" -> {
          try {
            asOf = LocalDate.parse(v);
          } catch (DateTimeParseException e) {
            throw new SettingsException("--as-of must be YYYY-MM-DD, got '" + v + "'");
          }
        }
        case "master" -> master = v;
        default -> throw new IllegalStateException(a);
      }
    }
    if (people == null) {
      throw new SettingsException("missing --people N");
    }
    String name = "people-" + people + "-seed-" + seed;
    return new BenchOptions(people, seed, heap, Path.of("data", "bench", name),
        output != null ? Path.of(output) : Path.of("out", "bench", name), asOf, master);
  }

  private static long number(String flag, String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new SettingsException(flag + " takes a whole number, got '" + v + "'");
    }
  }

  private static long positive(String flag, String v) {
    long n = number(flag, v);
    if (n <= 0) {
      throw new SettingsException(flag + " must be positive, got " + n);
    }
    return n;
  }
}
