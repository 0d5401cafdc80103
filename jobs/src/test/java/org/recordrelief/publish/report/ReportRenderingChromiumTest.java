package org.recordrelief.publish.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recordrelief.testing.RepoPaths;

/**
 * The pages in a real browser: headless Chromium (loopback only: the pages are local files and
 * reference nothing else; every network-using feature switched off, a fresh temporary profile)
 * renders {@code report.html} and a county {@code summary.html}; the screenshots must be
 * non-trivial images and the rendered DOM must hold the title and a known heading.
 *
 * <p>Output for people to look at: {@code jobs/target/report-screenshots/} ({@code report.png},
 * {@code county-summary.png}, the HTML files and the dumped DOMs).
 *
 * <p>Skipped when {@code chromium} (or the name in system property {@code recordrelief.chromium})
 * is not on the PATH. CI installs it ({@code .ci/run}: {@code
 * command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium
 * >/dev/null; }}).
 */
class ReportRenderingChromiumTest {
  private static final long TIMEOUT_SECONDS = 120;
  private static Path chromium;
  private static Path outDir;

  /** Per test, so that surefire lists both tests as skipped, with the reason. */
  @BeforeEach
  void findChromium() throws IOException {
    String name = System.getProperty("recordrelief.chromium", "chromium");
    chromium = onPath(name);
    Assumptions.assumeTrue(chromium != null,
        name + " is not on the PATH: skipping the browser rendering test (CI installs it with "
            + "`apt-get install -y chromium`)");
    outDir = RepoPaths.root().resolve("jobs/target/report-screenshots");
    Files.createDirectories(outDir);
  }

  private static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  @Test
  void runReportRendersInChromium() throws Exception {
    String html = HtmlReports.renderRunReport(ReportFixtures.summary(), ReportFixtures.manifest());
    check(html, "report", "Prop 64 relief run report – " + ReportFixtures.RUN_ID,
        List.of(">Row accounting</h2>", ">Counties: counts and legal outcomes</h2>"));
  }

  @Test
  void countySummaryRendersInChromium() throws Exception {
    String html = HtmlReports.renderCountySummary(ReportFixtures.losAngeles());
    check(html, "county-summary", "Los Angeles County – Prop 64 relief summary",
        List.of(">People left with no felony or no conviction</h2>",
            ">Counts that need review</h2>"));
  }

  private static void check(String html, String name, String title, List<String> headings)
      throws Exception {
    Path page = outDir.resolve(name + ".html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path png = outDir.resolve(name + ".png");
    Files.deleteIfExists(png);

    Run shot = chromium(page, "--screenshot=" + png, outDir.resolve(name + ".screenshot.log"));
    assertEquals(0, shot.exit(), "chromium --screenshot exit status; log: " + shot.log());
    assertTrue(Files.isRegularFile(png), "no screenshot written; log: " + shot.log());
    long bytes = Files.size(png);
    assertTrue(bytes > 10_000, "screenshot is only " + bytes + " bytes");
    BufferedImage img = ImageIO.read(png.toFile());
    assertNotNull(img, "screenshot is not a PNG");
    assertEquals(1280, img.getWidth());
    assertEquals(2000, img.getHeight());
    Set<Integer> colours = new HashSet<>();
    long dark = 0;
    for (int y = 0; y < img.getHeight(); y += 4) {
      for (int x = 0; x < img.getWidth(); x += 4) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        int lum = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
        if (lum < 200) {
          dark++;
        }
      }
    }
    assertTrue(colours.size() > 50, "screenshot has only " + colours.size() + " colours");
    assertTrue(dark > 1000, "screenshot has almost no dark pixels (text, header): " + dark);

    Path dom = outDir.resolve(name + ".dom.html");
    Run dump = chromium(page, "--dump-dom", dom);
    assertEquals(0, dump.exit(), "chromium --dump-dom exit status");
    String rendered = Files.readString(dom, StandardCharsets.UTF_8);
    assertTrue(rendered.contains("<title>" + title), "rendered DOM lacks the title " + title);
    for (String h : headings) {
      assertTrue(rendered.contains(h), "rendered DOM lacks " + h);
    }
    assertTrue(rendered.contains("<svg class=\"chart\""), "charts are in the DOM");
  }

  record Run(int exit, String log) {}

  /**
   * Runs headless Chromium on a local file with a fresh temporary profile and everything that
   * could reach the network switched off; standard output goes to {@code out}. The process and
   * its children are stopped and waited for whatever happens.
   */
  private static Run chromium(Path page, String action, Path out) throws Exception {
    Path profile = Files.createTempDirectory("recordrelief-chromium-");
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1280,2000", action,
        page.toUri().toString()));
    Path err = Files.createTempFile("recordrelief-chromium-", ".log");
    Process p = new ProcessBuilder(cmd)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + cmd);
      }
      String log = Files.readString(err, StandardCharsets.UTF_8);
      return new Run(p.exitValue(), log.length() > 4000 ? log.substring(0, 4000) : log);
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
      Files.deleteIfExists(err);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }
}
