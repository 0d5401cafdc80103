package org.recordrelief.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.job.RunFailure;

/** The file-system side of publishing, on hand-made run directories. */
class PublishedRunsTest {

  /** A complete run directory published {@code age} "days" ago (mtime order only). */
  private static void completeRun(PublishedRuns layout, String id, int age) throws Exception {
    Path dir = layout.work().resolve(id);
    Files.createDirectories(dir.resolve("determinations"));
    Files.writeString(dir.resolve("_SUCCESS"), "");
    Files.writeString(dir.resolve(PublishedRuns.NIGHTLY_MARKER), "{}");
    layout.promote(dir, id);
    Files.setLastModifiedTime(layout.run(id), FileTime.fromMillis(1_000_000_000L - age * 1000L));
  }

  private static Set<String> runs(PublishedRuns layout) throws Exception {
    try (var s = Files.list(layout.runs())) {
      return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void currentIsSwitchedByRenamingANewLinkOverTheOld(@TempDir Path base) throws Exception {
    PublishedRuns layout = new PublishedRuns(base);
    layout.prepare();
    assertEquals(Optional.empty(), layout.currentRunId());
    completeRun(layout, "20250101-aaaaaaaaaaaa", 2);
    completeRun(layout, "20250102-bbbbbbbbbbbb", 1);
    layout.switchCurrent("20250101-aaaaaaaaaaaa");
    assertEquals(Optional.of("20250101-aaaaaaaaaaaa"), layout.currentRunId());
    layout.switchCurrent("20250102-bbbbbbbbbbbb");
    assertEquals(Optional.of("20250102-bbbbbbbbbbbb"), layout.currentRunId());
    assertEquals(Path.of("runs", "20250102-bbbbbbbbbbbb"),
        Files.readSymbolicLink(layout.current()), "relative: BASE can be moved or mounted");
    try (var s = Files.list(base)) {
      assertEquals(List.of(), s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".current.tmp-")).toList(), "no temporary link is left");
    }
  }

  @Test
  void anIncompleteRunIsNeverPublished(@TempDir Path base) throws Exception {
    PublishedRuns layout = new PublishedRuns(base);
    layout.prepare();
    Files.createDirectories(layout.run("20250101-aaaaaaaaaaaa"));
    Files.writeString(layout.run("20250101-aaaaaaaaaaaa").resolve("_SUCCESS"), "");
    assertFalse(PublishedRuns.isCompleteRun(layout.run("20250101-aaaaaaaaaaaa")),
        "without nightly.json the change report may be missing");
    assertThrows(RunFailure.class, () -> layout.switchCurrent("20250101-aaaaaaaaaaaa"));
    assertFalse(Files.exists(layout.current(), java.nio.file.LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void retentionKeepsTheNewestAndTheProtectedRunsOnly(@TempDir Path base) throws Exception {
    PublishedRuns layout = new PublishedRuns(base);
    layout.prepare();
    completeRun(layout, "20250101-aaaaaaaaaaaa", 5);
    completeRun(layout, "20250102-bbbbbbbbbbbb", 4);
    completeRun(layout, "20250103-cccccccccccc", 3);
    completeRun(layout, "20250104-dddddddddddd", 2);
    completeRun(layout, "20250105-eeeeeeeeeeee", 1);
    Files.createDirectories(layout.runs().resolve("hand-made-copy")); // not ours: left alone
    List<String> removed = layout.retain(2, Set.of("20250101-aaaaaaaaaaaa"));
    assertEquals(List.of("20250103-cccccccccccc", "20250102-bbbbbbbbbbbb"), removed);
    assertEquals(new TreeSet<>(Set.of("20250101-aaaaaaaaaaaa", "20250104-dddddddddddd",
        "20250105-eeeeeeeeeeee", "hand-made-copy")), runs(layout));
    try (var s = Files.list(layout.work())) {
      assertEquals(0, s.count(), "deleted runs do not linger in work/");
    }
  }

  @Test
  void leftoversOfCrashedRunsAreRemovedButRecentFailureSummariesKept(@TempDir Path base)
      throws Exception {
    PublishedRuns layout = new PublishedRuns(base);
    layout.prepare();
    Files.createDirectories(layout.work().resolve(".20250101-aaaaaaaaaaaa.staging-x/quarantine"));
    Files.createDirectories(layout.work().resolve("20250101-aaaaaaaaaaaa/exports"));
    for (int i = 0; i < 3; i++) {
      Path failed = layout.work().resolve("2025010" + i + "-ffffffffffff.failed-" + i);
      Files.createDirectories(failed);
      Files.setLastModifiedTime(failed, FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    Files.createSymbolicLink(base.resolve(".current.tmp-123"), Path.of("runs", "x"));
    List<String> removed = layout.removeLeftovers(2);
    assertTrue(removed.contains("work/.20250101-aaaaaaaaaaaa.staging-x"), removed.toString());
    assertTrue(removed.contains("work/20250101-aaaaaaaaaaaa"), removed.toString());
    assertTrue(removed.contains("work/20250100-ffffffffffff.failed-0"), "oldest failure goes");
    assertTrue(removed.contains(".current.tmp-123"), removed.toString());
    try (var s = Files.list(layout.work())) {
      assertEquals(Set.of("20250101-ffffffffffff.failed-1", "20250102-ffffffffffff.failed-2"),
          Set.copyOf(s.map(p -> p.getFileName().toString()).toList()));
    }
  }
}
