package org.recordrelief.job;

import java.io.File;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.recordrelief.bench.BenchCommand;
import org.recordrelief.config.Settings;
import org.recordrelief.config.SettingsException;
import org.recordrelief.spark.Sessions;

/**
 * Command-line entry point ({@code run-local.sh} calls it). Thin: parses pointer arguments,
 * loads settings, builds the session and calls the static {@code run} of the job. Exit status 0
 * on success, 1 when the input must not be published, 2 for usage or configuration errors;
 * {@code nightly} adds 3 (no complete inbox file) and 4 (another nightly holds the lock).
 */
public final class Main {
  private Main() {}

  static final String USAGE =
      """
      usage: run-local.sh <command> [options]

      commands:
        run       --input PATH [PATH...] --output DIR [--as-of YYYY-MM-DD] [--config FILE]
                  [--master URL] [--run-id ID] [--facts FILE] [--policy NAME|FILE ...]
                  [--export gogen] [--identity-decisions FILE] [--quiet]
                  Read DOJ files (files or directories), decide every relevant count,
                  publish determinations, county exports, convictions, persons, quarantine,
                  summary.json and manifest.json under DIR (atomically).
                  --facts: supplementary facts CSV (schemas/supplementary_facts.avsc).
                  --policy: a shipped policy (county slug or preset id) or a policy file that
                  replaces the policy of the county it names.
                  --export gogen: also write gogen-style Prop64_Results.csv per county.
                  --identity-decisions: reviewers' MUST_LINK / CANNOT_LINK answers to identity
                  questions (schemas/reviewer_decisions.avsc), applied on every run.
        policy    show NAME|FILE    Render a policy as plain text for review.
                  --as-of defaults to today's date in America/Los_Angeles.
        nightly   --inbox DIR --publish BASE [--as-of YYYY-MM-DD] [--config FILE] [--quiet]
                  Run on the complete files of DIR (FILE.done marker or MANIFEST.sha256), publish
                  BASE/runs/<run-id>/ with a per-county change report (exports/<slug>/changes.csv)
                  and switch the link BASE/current atomically; keeps the last
                  recordrelief.nightly.keepRuns runs. Exit 0 published, 1 run failed, 2 usage,
                  3 no complete file in DIR, 4 another nightly holds BASE/.lock.
        generate  --people N --seed S --output DIR [--config FILE] [--adversarial]
                  [--no-identity-corruption] [--set key=value ...]
                  Write a synthetic DOJ extract with ground truth (identity corruption at the
                  rates of recordrelief.generate.identity; --adversarial adds look-alike people).
        evaluate-identity --people N --seed S [--output DIR] [--config FILE] [--adversarial]
                  Generate, run the pipeline and score identity resolution against the truth
                  (blocking, pairwise, B-cubed, decision-level errors); writes
                  DIR/identity-evaluation.json (DIR defaults to out/identity-evaluation).
        bench     --people N [--seed S] [--heap 6g] [--output DIR] [--as-of YYYY-MM-DD]
                  [--master URL]
                  Generate (once) data/bench/people-N-seed-S/, run the pipeline on it in a
                  child JVM with -Xmx HEAP, print per-stage times, rows/s, MB/s, peak RSS and
                  output sizes; the report is also written to target/bench/*.json.
      """;

  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err));
  }

  /** Run a command; returns the exit status. */
  static int execute(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || Set.of("-h", "--help", "help").contains(args[0])) {
      out.print(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    try {
      return switch (args[0]) {
        case "run" -> run(args, out);
        case "generate" -> GenerateCommand.run(args, out);
        case "policy" -> PolicyCommand.run(args, out);
        case "bench" -> BenchCommand.run(args, out);
        case "evaluate-identity" -> org.recordrelief.evaluate.EvaluateIdentityCommand.run(args, out);
        case "nightly" -> org.recordrelief.nightly.NightlyCommand.run(args, out, err);
        default -> throw new SettingsException("unknown command '" + args[0] + "' (see --help)");
      };
    } catch (SettingsException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (RunFailure e) {
      err.println("run failed: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      // I/O trouble inside Spark tasks (a file vanished or became unreadable mid-run) is
      // reported as one line; anything else is a bug and keeps its stack trace.
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t.getMessage() != null && t.getMessage().startsWith("FILE_UNREADABLE")) {
          err.println("run failed: " + t.getMessage().lines().findFirst().orElse(""));
          return 1;
        }
      }
      throw e;
    }
  }

  private static int run(String[] args, PrintStream out) {
    if (args.length > 1 && Set.of("-h", "--help").contains(args[1])) {
      out.print(USAGE);
      return 0;
    }
    CliArgs a = CliArgs.parse(args, 1,
        Set.of("input", "output", "as-of", "config", "master", "run-id", "policy", "facts",
            "export", "identity-decisions"),
        Set.of("quiet"));
    if (a.all("input").isEmpty()) {
      throw new SettingsException("missing --input PATH");
    }
    String output = a.required("output");
    LocalDate asOf = parseAsOf(a.one("as-of"));
    String config = a.one("config");
    Settings settings = Settings.load(config == null ? null : new File(config));
    if (a.one("master") != null) {
      settings = settings.withSpark("spark.master", a.one("master"));
    }
    if (a.has("quiet")) {
      settings = settings.withProgress(false);
    }
    for (String e : a.all("export")) {
      if (!e.equals("gogen")) {
        throw new SettingsException("--export takes gogen, got '" + e + "'");
      }
    }
    RunRequest req = new RunRequest(a.all("input"), output, asOf, a.one("run-id"),
        a.one("facts"), a.all("policy"), a.all("export"), a.one("identity-decisions"));
    SparkSession spark = Sessions.build(settings);
    try {
      RunResult result = PipelineJob.run(spark, settings, req);
      printSummary(out, result);
      return 0;
    } finally {
      spark.stop();
    }
  }

  public static LocalDate parseAsOf(String value) {
    if (value == null) {
      // The one place the wall clock is read: the entry point, never the rules.
      return LocalDate.now(ZoneId.of("America/Los_Angeles"));
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new SettingsException("--as-of must be YYYY-MM-DD, got '" + value + "'");
    }
  }

  @SuppressWarnings("unchecked")
  private static void printSummary(PrintStream out, RunResult r) {
    Map<String, Object> rows = (Map<String, Object>) r.summary().get("rows");
    out.println("run " + r.runId() + " as of " + r.summary().get("as_of_date") + ": "
        + r.summary().get("status"));
    out.println("  records read " + rows.get("records_read") + ", valid "
        + rows.get("records_valid") + ", quarantined " + rows.get("records_quarantined")
        + " " + rows.get("quarantined_by_reason"));
    out.println("  persons " + r.summary().get("persons") + ", convictions "
        + r.summary().get("convictions") + ", determinations "
        + r.summary().get("determinations") + " " + r.summary().get("legal_outcomes"));
    out.println("  output: " + r.outputDir());
  }
}
