package org.recordrelief.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishLockTest {

  /** The PID of a process that has ended. */
  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  @Test
  void aSecondAcquireWhileHeldIsRefusedAndReleaseFreesIt(@TempDir Path tmp) {
    Path lock = tmp.resolve(".lock");
    try (PublishLock first = PublishLock.acquire(lock, s -> { })) {
      assertTrue(Files.exists(lock));
      PublishLock.Held e =
          assertThrows(PublishLock.Held.class, () -> PublishLock.acquire(lock, s -> { }));
      assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
    }
    assertFalse(Files.exists(lock));
    try (PublishLock again = PublishLock.acquire(lock, s -> { })) {
      assertTrue(Files.exists(lock));
    }
  }

  @Test
  void aLockOfADeadProcessIsRecoveredWithAWarning(@TempDir Path tmp) throws Exception {
    Path lock = tmp.resolve(".lock");
    long dead = deadPid();
    Files.writeString(lock, PublishLock.describe(dead, PublishLock.host(), Instant.EPOCH));
    List<String> warnings = new ArrayList<>();
    try (PublishLock mine = PublishLock.acquire(lock, warnings::add)) {
      assertEquals(1, warnings.size());
      assertTrue(warnings.get(0).contains("stale lock") && warnings.get(0).contains("" + dead),
          warnings.get(0));
      assertTrue(Files.readString(lock).contains("pid=" + ProcessHandle.current().pid()));
    }
    try (var s = Files.list(tmp)) {
      assertEquals(List.of(), s.toList(), "no side files are left");
    }
  }

  @Test
  void aLockFromAnotherHostIsRespected(@TempDir Path tmp) throws Exception {
    Path lock = tmp.resolve(".lock");
    Files.writeString(lock, PublishLock.describe(deadPid(), "some-other-host", Instant.EPOCH));
    PublishLock.Held e =
        assertThrows(PublishLock.Held.class, () -> PublishLock.acquire(lock, s -> { }));
    assertTrue(e.getMessage().contains("some-other-host"), e.getMessage());
  }

  @Test
  void aReusedPidIsStale() {
    // This JVM is alive but started long after a lock taken at the epoch.
    var h = PublishLock.parse(PublishLock.describe(ProcessHandle.current().pid(),
        PublishLock.host(), Instant.EPOCH));
    assertTrue(PublishLock.staleReason(h).isPresent());
    var fresh = PublishLock.parse(PublishLock.describe(ProcessHandle.current().pid(),
        PublishLock.host(), Instant.now()));
    assertTrue(PublishLock.staleReason(fresh).isEmpty());
  }
}
