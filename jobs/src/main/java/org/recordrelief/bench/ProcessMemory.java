package org.recordrelief.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Resident memory of a process tree, sampled from {@code /proc/<pid>/status} while it runs
 * (Linux only; elsewhere the figures stay 0). {@code VmHWM} is the kernel's own peak resident set
 * of one process, so sampling only misses growth in the last interval before exit;
 * {@code tree} is the largest sum of {@code VmRSS} over the process and its longer-lived
 * descendants (executor JVMs of a {@code local-cluster} master) seen in one sample.
 */
public final class ProcessMemory implements AutoCloseable {
  /** Peak figures in bytes: the main process's high-water mark and the tree's largest sum. */
  public record Peak(long mainPeakBytes, long treePeakBytes) {}

  private final ProcessHandle process;
  private final Thread sampler;
  private volatile boolean stopped;
  private long mainPeak;
  private long treePeak;

  private ProcessMemory(ProcessHandle process, long intervalMillis) {
    this.process = process;
    this.sampler = new Thread(() -> {
      while (!stopped && process.isAlive()) {
        sample();
        try {
          Thread.sleep(intervalMillis);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-rss-sampler");
    sampler.setDaemon(true);
  }

  /** Start sampling {@code process} every {@code intervalMillis}. */
  public static ProcessMemory watch(ProcessHandle process, long intervalMillis) {
    ProcessMemory m = new ProcessMemory(process, intervalMillis);
    m.sampler.start();
    return m;
  }

  private synchronized void sample() {
    read(process.pid(), "VmHWM").ifPresent(b -> mainPeak = Math.max(mainPeak, b));
    long sum = read(process.pid(), "VmRSS").orElse(0);
    // A child in its first second may still share the parent's pages (vfork before exec, as
    // when Hadoop runs a shell command): counting it would double the parent's memory.
    Instant settled = Instant.now().minusSeconds(1);
    try (Stream<ProcessHandle> children = process.descendants()) {
      sum += children
          .filter(c -> c.info().startInstant().map(t -> t.isBefore(settled)).orElse(false))
          .mapToLong(c -> read(c.pid(), "VmRSS").orElse(0)).sum();
    }
    treePeak = Math.max(treePeak, sum);
  }

  /** The peaks seen so far. */
  public synchronized Peak peak() {
    return new Peak(mainPeak, Math.max(treePeak, mainPeak));
  }

  @Override
  public void close() {
    stopped = true;
    sampler.interrupt();
    try {
      sampler.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static OptionalLong read(long pid, String field) {
    try {
      return statusBytes(Files.readString(Path.of("/proc", Long.toString(pid), "status")), field);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty(); // the process ended between samples, or this is not Linux
    }
  }

  /**
   * A memory field of a {@code /proc/<pid>/status} text in bytes ({@code "VmHWM:  123 kB"} →
   * 125952), or empty when the field is absent.
   */
  static OptionalLong statusBytes(String statusText, String field) {
    for (String line : statusText.split("\n")) {
      if (line.startsWith(field + ":")) {
        String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
        long value = Long.parseLong(parts[0]);
        long unit = parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? 1024 : 1;
        return OptionalLong.of(value * unit);
      }
    }
    return OptionalLong.empty();
  }
}
