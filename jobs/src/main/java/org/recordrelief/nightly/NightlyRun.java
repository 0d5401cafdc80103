package org.recordrelief.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.recordrelief.config.Settings;
import org.recordrelief.ingest.InputFile;
import org.recordrelief.ingest.InputFiles;
import org.recordrelief.job.PipelineJob;
import org.recordrelief.job.RunFailure;
import org.recordrelief.job.RunRequest;
import org.recordrelief.publish.Json;
import org.recordrelief.spark.Sessions;

/**
 * One nightly: complete inbox files → {@code BASE/runs/<run-id>/} (pipeline output, change
 * report, {@code nightly.json}) → {@code BASE/current} switched → old runs removed. Under the
 * lock {@code BASE/.lock} from the first file-system change to the last.
 *
 * <p>Idempotent: the run id depends only on the as-of date, the input contents, the
 * decision-relevant configuration and the code version, so when {@code runs/<run-id>/} already
 * exists complete, the same run would produce the same rows; it is not rebuilt, {@code current}
 * is pointed at it (or left alone when it already points there). Its change report stays the one
 * made when it was built (against the run that was current then).
 *
 * <p>Crash safety: everything is built in {@code BASE/work/} and moved into {@code runs/} by one
 * rename only when complete; {@code current} is switched by one rename; the next nightly removes
 * what a crash left in {@code work/} and a lock whose holder is gone.
 */
public final class NightlyRun {
  private NightlyRun() {}

  /**
   * Run one nightly. {@code spark} is asked for a session only when there is work for Spark.
   *
   * @throws NothingToPublish when the inbox has no complete file (nothing changed)
   * @throws PublishLock.Held when another nightly holds the lock (nothing changed)
   * @throws RunFailure when the input must not be published ({@code current} unchanged)
   */
  public static NightlyResult run(Supplier<SparkSession> spark, Settings settings,
      NightlyRequest req, Consumer<String> log) {
    NightlySettings nightly = NightlySettings.from(settings);
    Inbox.Scan scan = Inbox.scan(req.inbox());
    if (scan.complete().isEmpty()) {
      throw new NothingToPublish("no complete DOJ file in " + req.inbox() + " ("
          + scan.incomplete().size() + " incomplete: "
          + (scan.incomplete().isEmpty() ? "inbox empty" : String.join(", ",
              scan.incomplete().keySet())) + "); nothing published");
    }
    PublishedRuns layout = new PublishedRuns(req.base());
    layout.prepare();
    try (PublishLock lock = PublishLock.acquire(layout.lockFile(), log)) {
      List<String> removed = new ArrayList<>(layout.removeLeftovers(nightly.keepRuns()));
      if (!removed.isEmpty()) {
        log.accept("removed leftovers of an interrupted nightly: " + String.join(", ", removed));
      }
      Optional<String> previous = layout.currentRunId();
      if (previous.isEmpty() && Files.isSymbolicLink(layout.current())) {
        log.accept("warning: " + layout.current() + " points to no complete run; "
            + "this run is compared with nothing");
      }
      List<String> inputs = scan.complete().stream().map(Path::toString).toList();
      List<String> taken = scan.complete().stream().map(p -> p.getFileName().toString()).toList();
      // Local inbox files: a Hadoop configuration lists and hashes them, so no Spark session is
      // started when the run exists already. It carries the spark.hadoop.* settings: Hadoop
      // caches the file system it creates here, and Spark's writes reuse it (umask 027).
      List<InputFile> files = InputFiles.list(inputs, Sessions.hadoopConfiguration(settings));
      RunRequest base = new RunRequest(inputs, "", req.asOf(), null, null, List.of(), List.of(),
          req.decisionsFile());
      String runId = PipelineJob.deriveRunId(base, files, settings);
      String prevId = previous.orElse(null);

      NightlyResult.Outcome outcome;
      Map<String, ChangeReport.Counts> changes = Map.of();
      if (PublishedRuns.isCompleteRun(layout.run(runId))) {
        outcome = runId.equals(prevId) ? NightlyResult.Outcome.ALREADY_CURRENT
            : NightlyResult.Outcome.REPUBLISHED;
      } else {
        if (Files.exists(layout.run(runId))) {
          throw new RunFailure(layout.run(runId) + " exists but is not a complete run;"
              + " move it away and start again");
        }
        Path built = layout.work().resolve(runId);
        SparkSession session = spark.get();
        PipelineJob.run(session, settings, new RunRequest(inputs, built.toString(), req.asOf(),
            runId, null, List.of(), List.of(), req.decisionsFile()));
        FaultPoint.reach("nightly-after-pipeline");
        changes = ChangeReport.write(session, prevId == null ? null : layout.run(prevId), built,
            runId, prevId);
        List<IdentityDrift.Drift> drift = prevId == null ? List.of() : IdentityDrift.compare(
            identitySummary(layout.run(prevId)), identitySummary(built),
            nightly.identityDriftFactor(), nightly.identityDriftMinCount());
        drift.forEach(d -> log.accept("warning: identity drift since " + prevId + ": "
            + d.describe()));
        writeMarker(built, runId, prevId, req, taken, scan.incomplete(), drift);
        if (!drift.isEmpty() && nightly.identityDriftAction() == NightlySettings.DriftAction.HOLD) {
          throw new RunFailure("identity drift since " + prevId + " (" + drift.size()
              + " figure(s), first: " + drift.get(0).describe() + "); run " + runId
              + " is held, not published: " + layout.current() + " still points to " + prevId
              + "; the held run is in " + built + " (nightly.json lists the drift) until the next"
              + " nightly; after review, publish it with recordrelief.nightly.identityDriftAction"
              + " = WARN");
        }
        layout.promote(built, runId);
        outcome = NightlyResult.Outcome.PUBLISHED;
      }
      FaultPoint.reach("nightly-before-switch");
      if (outcome != NightlyResult.Outcome.ALREADY_CURRENT) {
        layout.touch(runId);
        layout.switchCurrent(runId);
      }
      // The published run and the run its change report compares with stay.
      Set<String> protect = new HashSet<>();
      protect.add(runId);
      previousOf(layout.run(runId)).ifPresent(protect::add);
      removed.addAll(layout.retain(nightly.keepRuns(), protect));
      return new NightlyResult(outcome, runId, prevId, taken, scan.incomplete(), changes,
          removed);
    }
  }

  /** The {@code identity} section of a run's {@code summary.json} (empty when absent). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> identitySummary(Path runDir) {
    try {
      Object identity = Json.read(Files.readString(runDir.resolve("summary.json")))
          .get("identity");
      return identity instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + runDir.resolve("summary.json"), e);
    }
  }

  /** The previous_run_id recorded in a run's {@code nightly.json}. */
  static Optional<String> previousOf(Path runDir) {
    try {
      Object prev = Json.read(Files.readString(runDir.resolve(PublishedRuns.NIGHTLY_MARKER)))
          .get("previous_run_id");
      return Optional.ofNullable(prev == null ? null : prev.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + runDir.resolve(PublishedRuns.NIGHTLY_MARKER), e);
    }
  }

  /** {@code nightly.json}, written last: its presence makes the run complete for the nightly. */
  private static void writeMarker(Path built, String runId, String prevId, NightlyRequest req,
      List<String> taken, Map<String, String> incomplete, List<IdentityDrift.Drift> drift) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", runId);
    m.put("previous_run_id", prevId);
    m.put("as_of_date", req.asOf().toString());
    m.put("inbox", req.inbox().toAbsolutePath().toString());
    m.put("inputs", taken);
    m.put("incomplete_left_in_inbox", incomplete);
    m.put("identity_drift", IdentityDrift.toMaps(drift));
    m.put("built_at", Instant.now().toString());
    try {
      PublishedRuns.writeText(built.resolve(PublishedRuns.NIGHTLY_MARKER), Json.write(m));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + PublishedRuns.NIGHTLY_MARKER, e);
    }
  }
}
