package org.recordrelief.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The nightly's lock: the file {@code BASE/.lock} holding {@code pid}, {@code host} and {@code
 * started} of the holder. Created atomically with its content (written to a private file first,
 * then hard-linked to the lock name, which fails when the lock exists), so a lock file is never
 * seen half-written. A lock whose holder is gone (same host, no such process, or a process
 * started after the lock was taken: the PID was reused) is stale, e.g. after a SIGKILL, and is
 * taken over with a warning. A lock from another host cannot be checked and is respected.
 */
public final class PublishLock implements AutoCloseable {
  private final Path file;
  private final String content;

  private PublishLock(Path file, String content) {
    this.file = file;
    this.content = content;
  }

  /** The lock is held by a live process (or by another host). */
  public static final class Held extends RuntimeException {
    Held(String message) {
      super(message);
    }
  }

  /**
   * Take the lock or throw {@link Held}. {@code warn} receives one line when a stale lock is
   * recovered.
   */
  public static PublishLock acquire(Path file, Consumer<String> warn) {
    String mine = describe(ProcessHandle.current().pid(), host(), Instant.now());
    for (int attempt = 0; attempt < 3; attempt++) {
      if (tryCreate(file, mine)) {
        return new PublishLock(file, mine);
      }
      String theirs;
      try {
        theirs = Files.readString(file, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        continue; // released meanwhile: try again
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the lock " + file, e);
      }
      Map<String, String> h = parse(theirs);
      Optional<String> staleWhy = staleReason(h);
      if (staleWhy.isEmpty()) {
        throw new Held("another nightly holds " + file + " (pid " + h.get("pid") + " on "
            + h.get("host") + " since " + h.get("started") + "); not started"
            + (host().equals(h.get("host")) ? ""
                : " (if no nightly runs on " + h.get("host") + ", delete the lock file)"));
      }
      if (takeOver(file, theirs)) {
        warn.accept("warning: recovered a stale lock " + file + " (pid " + h.get("pid") + " on "
            + h.get("host") + " since " + h.get("started") + ": " + staleWhy.get() + ")");
      }
    }
    throw new Held("could not take the lock " + file + " (another nightly is starting)");
  }

  /** Release the lock if it is still ours. */
  @Override
  public void close() {
    try {
      if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the lock " + file, e);
    }
  }

  static String describe(long pid, String host, Instant started) {
    return "pid=" + pid + "\nhost=" + host + "\nstarted=" + started + "\n";
  }

  private static boolean tryCreate(Path file, String content) {
    Path mine = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid()
        + ".new");
    try {
      Files.writeString(mine, content, StandardCharsets.UTF_8);
      // Owner and group only, like everything else under BASE.
      Files.setPosixFilePermissions(mine, PublishedRuns.FILE_PERMISSIONS);
      Files.createLink(file, mine);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the lock " + file, e);
    } finally {
      try {
        Files.deleteIfExists(mine);
      } catch (IOException e) {
        // a leftover private file is harmless
      }
    }
  }

  /** Move the stale lock aside; false when what we moved was not the stale lock we judged. */
  private static boolean takeOver(Path file, String stale) {
    Path aside = file.resolveSibling(file.getFileName() + ".stale-"
        + ProcessHandle.current().pid());
    try {
      Files.move(file, aside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      String moved = Files.readString(aside, StandardCharsets.UTF_8);
      if (!moved.equals(stale)) {
        // Another nightly replaced the stale lock between our read and our move: give it back.
        Files.createLink(file, aside);
        Files.delete(aside);
        return false;
      }
      Files.delete(aside);
      return true;
    } catch (NoSuchFileException | FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover the stale lock " + file, e);
    }
  }

  static Map<String, String> parse(String content) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : content.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        m.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    return m;
  }

  /** Why the holder described by {@code h} is gone, or empty when it may be alive. */
  static Optional<String> staleReason(Map<String, String> h) {
    if (!host().equals(h.get("host"))) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(h.getOrDefault("pid", ""));
    } catch (NumberFormatException e) {
      return Optional.of("unreadable lock content");
    }
    Optional<ProcessHandle> p = ProcessHandle.of(pid);
    if (p.isEmpty() || !p.get().isAlive()) {
      return Optional.of("no process " + pid);
    }
    Optional<Instant> procStart = p.get().info().startInstant();
    try {
      Instant taken = Instant.parse(h.getOrDefault("started", ""));
      // Process start times are coarse (clock ticks): allow a second of slack.
      if (procStart.isPresent() && procStart.get().isAfter(taken.plusSeconds(1))) {
        return Optional.of("pid " + pid + " now belongs to a process started later");
      }
    } catch (DateTimeParseException e) {
      // no usable time: the live PID decides
    }
    return Optional.empty();
  }

  private static volatile String host;

  static String host() {
    if (host == null) {
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (IOException e) {
        host = "localhost";
      }
    }
    return host;
  }
}
