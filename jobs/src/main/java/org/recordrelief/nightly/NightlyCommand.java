package org.recordrelief.nightly;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.recordrelief.config.Settings;
import org.recordrelief.job.CliArgs;
import org.recordrelief.job.Main;
import org.recordrelief.spark.Sessions;

/**
 * {@code nightly --inbox DIR --publish BASE [--as-of DATE] [--config FILE] [--quiet]}: the thin
 * command around {@link NightlyRun}. The Spark session is built only when there is work for it.
 * Exit status: 0 published (or re-published, or already current), 1 run failed ({@code current}
 * unchanged), 2 usage or configuration error, 3 no complete file in the inbox, 4 another nightly
 * holds the lock.
 */
public final class NightlyCommand {
  private NightlyCommand() {}

  public static final int EXIT_NOTHING_TO_PUBLISH = 3;
  public static final int EXIT_LOCKED = 4;

  static final String USAGE = """
      usage: run-local.sh nightly --inbox DIR --publish BASE [--as-of YYYY-MM-DD] [--config FILE]
                                  [--identity-decisions FILE] [--quiet]
      Runs on the complete files of DIR (FILE.done beside it, or listed with its sha256 in
      DIR/MANIFEST.sha256), publishes BASE/runs/<run-id>/ with exports/<slug>/changes.csv and
      switches the link BASE/current. Exit 0 published (or already published), 1 run failed,
      2 usage, 3 no complete file in DIR, 4 another nightly holds BASE/.lock.
      --identity-decisions: reviewers' MUST_LINK / CANNOT_LINK answers
      (schemas/reviewer_decisions.avsc); a changed file makes a new run.
      """;

  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 1 && Set.of("-h", "--help").contains(args[1])) {
      out.print(USAGE);
      return 0;
    }
    CliArgs a = CliArgs.parse(args, 1, Set.of("inbox", "publish", "as-of", "config",
        "identity-decisions"),
        Set.of("quiet"));
    Path inbox = Path.of(a.required("inbox"));
    Path base = Path.of(a.required("publish"));
    LocalDate asOf = Main.parseAsOf(a.one("as-of"));
    String config = a.one("config");
    Settings loaded = Settings.load(config == null ? null : new File(config));
    Settings settings = a.has("quiet") ? loaded.withProgress(false) : loaded;
    NightlySettings.from(settings); // configuration errors before any work
    SparkSession[] session = new SparkSession[1];
    try {
      NightlyResult r = NightlyRun.run(() -> {
        if (session[0] == null) {
          session[0] = Sessions.build(settings);
        }
        return session[0];
      }, settings, new NightlyRequest(inbox, base, asOf, a.one("identity-decisions")), line -> err.println("nightly: " + line));
      print(out, r, base);
      return 0;
    } catch (NothingToPublish e) {
      err.println("nightly: " + e.getMessage());
      return EXIT_NOTHING_TO_PUBLISH;
    } catch (PublishLock.Held e) {
      err.println("nightly: " + e.getMessage());
      return EXIT_LOCKED;
    } finally {
      if (session[0] != null) {
        session[0].stop();
      }
    }
  }

  private static void print(PrintStream out, NightlyResult r, Path base) {
    out.println("nightly: took " + r.taken().size() + " complete file(s) " + r.taken()
        + (r.incomplete().isEmpty() ? "" : "; left " + r.incomplete().size()
            + " incomplete in the inbox " + r.incomplete()));
    String link = base.resolve("current") + " -> runs/" + r.runId();
    switch (r.outcome()) {
      case PUBLISHED -> {
        ChangeReport.Counts total = r.changes().values().stream()
            .reduce(new ChangeReport.Counts(0, 0, 0, 0), ChangeReport.Counts::plus);
        out.println("nightly: published run " + r.runId() + ": " + link);
        out.println("  changes since " + (r.previousRunId() == null ? "nothing (first run)"
            : r.previousRunId()) + ": new " + total.added() + ", changed " + total.changed()
            + ", withdrawn " + total.withdrawn() + ", unchanged " + total.unchanged());
        Map<String, String> counties = new TreeMap<>();
        r.changes().forEach((slug, c) -> {
          if (c.added() + c.changed() + c.withdrawn() > 0) {
            counties.put(slug, "+" + c.added() + " ~" + c.changed() + " -" + c.withdrawn());
          }
        });
        if (!counties.isEmpty()) {
          out.println("  by county (new ~changed -withdrawn): " + counties);
        }
      }
      case REPUBLISHED -> out.println("nightly: run " + r.runId() + " for these inputs, as-of"
          + " date, config and code already existed complete; not rebuilt, re-published: " + link
          + " (was " + r.previousRunId() + "; its changes.csv compares with the run current"
          + " when it was built)");
      case ALREADY_CURRENT -> out.println("nightly: run " + r.runId() + " for these inputs, as-of"
          + " date, config and code is already current; nothing to do");
    }
    if (!r.removed().isEmpty()) {
      out.println("  removed: " + r.removed());
    }
  }
}
