package org.recordrelief.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.recordrelief.job.RunFailure;

/**
 * The layout of a nightly publishing base directory and the few file-system operations on it:
 *
 * <pre>
 * BASE/current        symbolic link → runs/&lt;run-id&gt; (relative), switched by rename()
 * BASE/runs/&lt;run-id&gt;/  complete runs only: pipeline output + exports/&lt;slug&gt;/changes.csv +
 *                     changes.json + nightly.json (written last)
 * BASE/work/          runs being built; a crashed run's leftovers, removed by the next nightly
 *                     (a failed run's summary stays in work/&lt;run-id&gt;.failed-&lt;run-id&gt;/)
 * BASE/.lock          the nightly's lock ({@link PublishLock})
 * </pre>
 *
 * A run directory appears under {@code runs/} by one rename, after everything in it was written,
 * so a reader never sees a half-written run there.
 */
public final class PublishedRuns {
  /** Run ids derived by the pipeline: as-of date and 12 hex digits of a hash. */
  static final Pattern RUN_ID = Pattern.compile("\\d{8}-[0-9a-f]{12}");
  static final String NIGHTLY_MARKER = "nightly.json";

  private final Path base;

  public PublishedRuns(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  public Path base() {
    return base;
  }

  public Path runs() {
    return base.resolve("runs");
  }

  public Path work() {
    return base.resolve("work");
  }

  public Path current() {
    return base.resolve("current");
  }

  public Path lockFile() {
    return base.resolve(".lock");
  }

  public Path run(String runId) {
    return runs().resolve(runId);
  }

  /** Owner read/write, group read: what umask 027 gives the pipeline's own files. */
  static final java.util.Set<java.nio.file.attribute.PosixFilePermission> FILE_PERMISSIONS =
      java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");

  /** Owner all, group read/execute: what umask 027 gives the pipeline's directories. */
  static final java.util.Set<java.nio.file.attribute.PosixFilePermission> DIR_PERMISSIONS =
      java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---");

  /** Writes a small text file of the run, owner/group-only. */
  static void writeText(Path file, String text) throws IOException {
    Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, FILE_PERMISSIONS);
  }

  /** Creates a directory (and missing parents) owner/group-only. */
  static void createDirectories(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir,
          java.nio.file.attribute.PosixFilePermissions.asFileAttribute(DIR_PERMISSIONS));
    }
  }

  /** Create BASE, runs/ and work/ when missing. */
  public void prepare() {
    try {
      // Owner and group only, like everything the pipeline writes (umask 027).
      for (Path d : List.of(base, runs(), work())) {
        createDirectories(d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + base, e);
    }
  }

  /** A run directory this code published: a run id name, {@code _SUCCESS} and the marker. */
  public static boolean isCompleteRun(Path dir) {
    return RUN_ID.matcher(dir.getFileName().toString()).matches() && Files.isDirectory(dir)
        && Files.isRegularFile(dir.resolve("_SUCCESS"))
        && Files.isRegularFile(dir.resolve(NIGHTLY_MARKER));
  }

  /** The run id {@code current} points to, when it is a link to a complete run. */
  public Optional<String> currentRunId() {
    Path link = current();
    if (!Files.isSymbolicLink(link)) {
      if (Files.exists(link)) {
        throw new RunFailure(link + " exists but is not a symbolic link; move it away");
      }
      return Optional.empty();
    }
    try {
      Path target = Files.readSymbolicLink(link);
      String id = target.getFileName().toString();
      return isCompleteRun(run(id)) ? Optional.of(id) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the link " + link, e);
    }
  }

  /**
   * Point {@code current} at {@code runs/<runId>}: a new link under a temporary name renamed over
   * the old one (rename() replaces atomically), so {@code current} always resolves to a complete
   * run.
   */
  public void switchCurrent(String runId) {
    if (!isCompleteRun(run(runId))) {
      throw new RunFailure("refusing to publish an incomplete run " + run(runId));
    }
    Path tmp = base.resolve(".current.tmp-" + ProcessHandle.current().pid());
    try {
      Files.deleteIfExists(tmp);
      Files.createSymbolicLink(tmp, Path.of("runs", runId));
      Files.move(tmp, current(), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot switch " + current() + " to " + runId, e);
    }
  }

  /** Move a finished run from work/ into runs/ (one rename). */
  public void promote(Path built, String runId) {
    try {
      Files.move(built, run(runId), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + built + " to " + run(runId), e);
    }
  }

  /** Mark a run as the most recently published (retention keeps the newest). */
  public void touch(String runId) {
    try {
      Files.setLastModifiedTime(run(runId), FileTime.from(Instant.now()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot touch " + run(runId), e);
    }
  }

  /**
   * Remove what crashed runs left: everything in work/ except the {@code keepFailed} newest
   * failed-run summaries, and temporary {@code current} links. Returns the names removed.
   */
  public List<String> removeLeftovers(int keepFailed) {
    List<String> removed = new ArrayList<>();
    List<Path> failed = new ArrayList<>();
    for (Path p : list(work())) {
      if (p.getFileName().toString().contains(".failed-")) {
        failed.add(p);
      } else {
        deleteTree(p);
        removed.add("work/" + p.getFileName());
      }
    }
    failed.sort(newestFirst());
    for (Path p : failed.subList(Math.min(keepFailed, failed.size()), failed.size())) {
      deleteTree(p);
      removed.add("work/" + p.getFileName());
    }
    for (Path p : list(base)) {
      if (p.getFileName().toString().startsWith(".current.tmp-")) {
        delete(p);
        removed.add(p.getFileName().toString());
      }
    }
    return removed;
  }

  /**
   * Keep the {@code keep} most recently published complete runs and every run in {@code
   * protect}; remove the other complete runs (moved into work/ first, so that no half-deleted run
   * is ever visible under runs/). Directories under runs/ that are not complete runs are left
   * alone. Returns the run ids removed.
   */
  public List<String> retain(int keep, Set<String> protect) {
    List<Path> complete = new ArrayList<>(
        list(runs()).stream().filter(PublishedRuns::isCompleteRun).toList());
    complete.sort(newestFirst());
    List<String> removed = new ArrayList<>();
    for (int i = keep; i < complete.size(); i++) {
      String id = complete.get(i).getFileName().toString();
      if (protect.contains(id)) {
        continue;
      }
      Path doomed = work().resolve(id + ".deleting");
      try {
        Files.move(complete.get(i), doomed, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove the old run " + id, e);
      }
      deleteTree(doomed);
      removed.add(id);
    }
    return removed;
  }

  private static Comparator<Path> newestFirst() {
    return Comparator.comparing((Path p) -> modified(p)).thenComparing(p -> p.getFileName())
        .reversed();
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (DirectoryNotEmptyException e) {
      throw new UncheckedIOException("cannot delete " + p + " (not empty)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + p, e);
    }
  }
}
