package org.recordrelief.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A java command line for a child JVM that runs with this JVM's class path and flags (module
 * opens, time zone, code version) but its own heap cap. Used by the benchmark to measure the
 * pipeline in a process of its own, and by tests that must not share the test JVM's session.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /** {@code java <flags> -Xmx<heap> -cp <class path> <mainClass> <args…>}. */
  public static List<String> command(String heap, List<String> extraJvmOptions, String mainClass,
      List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(inheritedOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
    if (heap != null) {
      cmd.add("-Xmx" + heap);
    }
    cmd.addAll(extraJvmOptions);
    cmd.add("-cp");
    cmd.add(classPath());
    cmd.add(mainClass);
    cmd.addAll(args);
    return cmd;
  }

  /**
   * The class path of this JVM. Under surefire {@code java.class.path} may be a manifest-only
   * booter jar; {@code surefire.test.class.path} then holds the real one.
   */
  public static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire
        : System.getProperty("java.class.path");
  }

  /**
   * The flags worth passing on: module opens and system properties. Heap sizes, agents and debug
   * options stay with this JVM (a child listening on this JVM's debug port would fail to start).
   */
  static List<String> inheritedOptions(List<String> inputArguments) {
    List<String> kept = new ArrayList<>();
    for (String a : inputArguments) {
      if (a.startsWith("--add-opens") || a.startsWith("--add-exports")
          || a.equals("-XX:+IgnoreUnrecognizedVMOptions")
          || (a.startsWith("-D") && !a.startsWith("-Djava.class.path"))) {
        kept.add(a);
      }
    }
    return kept;
  }

  /** Path separator-joined entries (for {@code spark.executor.extraClassPath}). */
  public static String join(List<String> entries) {
    return String.join(File.pathSeparator, entries);
  }
}
