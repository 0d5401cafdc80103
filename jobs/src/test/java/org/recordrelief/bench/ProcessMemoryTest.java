package org.recordrelief.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Reading /proc status memory fields, and which JVM flags a child inherits. */
class ProcessMemoryTest {
  private static final String STATUS = """
      Name:\tjava
      VmPeak:\t 9000000 kB
      VmHWM:\t  1843200 kB
      VmRSS:\t  1700000 kB
      Threads:\t85
      """;

  @Test
  void statusFieldsAreConvertedToBytes() {
    assertEquals(OptionalLong.of(1843200L * 1024), ProcessMemory.statusBytes(STATUS, "VmHWM"));
    assertEquals(OptionalLong.of(1700000L * 1024), ProcessMemory.statusBytes(STATUS, "VmRSS"));
    assertEquals(OptionalLong.empty(), ProcessMemory.statusBytes(STATUS, "VmSwap"));
    // "VmHWM" must not match a longer field name that starts the same way
    assertEquals(OptionalLong.empty(), ProcessMemory.statusBytes("VmHWMx:\t1 kB\n", "VmHWM"));
  }

  @Test
  void theWatchedProcessHasAPeakOnLinux() throws Exception {
    Process p = new ProcessBuilder("sleep", "2").start();
    try (ProcessMemory m = ProcessMemory.watch(p.toHandle(), 20)) {
      p.waitFor();
      if (System.getProperty("os.name").startsWith("Linux")) {
        assertTrue(m.peak().mainPeakBytes() > 0, m.peak().toString());
        assertTrue(m.peak().treePeakBytes() >= m.peak().mainPeakBytes());
      }
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void childJvmsKeepModuleFlagsAndPropertiesButNotHeapOrAgents() {
    assertEquals(List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Duser.timezone=America/Los_Angeles"),
        ChildJvm.inheritedOptions(List.of("-Xmx3g", "-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Duser.timezone=America/Los_Angeles",
            "-javaagent:/x/jacoco.jar", "-agentlib:jdwp=transport=dt_socket",
            "-Djava.class.path=/booter.jar")));
  }
}
