package org.recordrelief.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.recordrelief.config.SettingsException;

/**
 * A run's output under construction. Datasets and files are written below {@link #staging()};
 * {@link #publish()} writes {@code _SUCCESS} and renames the staging directory to the output
 * directory. A previous output is moved aside first and removed after the switch, so a reader
 * sees either the old complete run or the new complete run, never a mixture.
 */
public final class StagedOutput {
  private final FileSystem fs;
  private final Path output;
  private final Path staging;

  private StagedOutput(FileSystem fs, Path output, Path staging) {
    this.fs = fs;
    this.output = output;
    this.staging = staging;
  }

  /** Prepare a fresh staging directory beside {@code outputDir} (same file system). */
  public static StagedOutput create(String outputDir, String runId, Configuration hadoop) {
    try {
      Path out = new Path(outputDir);
      FileSystem fs = out.getFileSystem(hadoop);
      fs.setWriteChecksum(false); // no .crc side files next to summary.json and manifest.json
      out = fs.makeQualified(out);
      Path parent = out.getParent();
      if (parent != null && !fs.exists(parent)) {
        fs.mkdirs(parent);
      }
      Path staging = new Path(parent, "." + out.getName() + ".staging-" + runId);
      if (fs.exists(staging)) {
        fs.delete(staging, true);
      }
      fs.mkdirs(staging);
      return new StagedOutput(fs, out, staging);
    } catch (IOException e) {
      throw new SettingsException("cannot create output beside " + outputDir + ": " + e.getMessage(), e);
    }
  }

  public Path staging() {
    return staging;
  }

  public Path output() {
    return output;
  }

  /** Path of a dataset or file inside the staging directory. */
  public String path(String relative) {
    return new Path(staging, relative).toString();
  }

  /** Write a small text file into the staging directory. */
  public void writeText(String relative, String text) {
    try (OutputStream out = fs.create(new Path(staging, relative), true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + relative, e);
    }
  }

  /** Write {@code _SUCCESS} and move the staging directory into place. */
  public void publish() {
    try {
      writeText("_SUCCESS", "");
      Path previous = null;
      if (fs.exists(output)) {
        previous = new Path(output.getParent(), "." + output.getName() + ".previous-"
            + staging.getName().replaceFirst("^.*staging-", ""));
        if (!fs.rename(output, previous)) {
          throw new IOException("cannot move the previous output aside");
        }
      }
      if (!fs.rename(staging, output)) {
        if (previous != null) {
          fs.rename(previous, output);
        }
        throw new IOException("cannot move the staged run into place");
      }
      if (previous != null) {
        fs.delete(previous, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("publishing " + output + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Abandon the staging directory. Keeps only {@code summary.json} of a failed run, moved to
   * {@code <output>.failed-<run id>/} for the operator; the output directory is untouched.
   */
  public Path abandon(String summaryJson) {
    try {
      Path failed = new Path(output.getParent(), output.getName() + ".failed-"
          + staging.getName().replaceFirst("^.*staging-", ""));
      if (fs.exists(failed)) {
        fs.delete(failed, true);
      }
      fs.delete(staging, true);
      if (summaryJson != null) {
        fs.mkdirs(failed);
        try (OutputStream out = fs.create(new Path(failed, "summary.json"), true)) {
          out.write(summaryJson.getBytes(StandardCharsets.UTF_8));
        }
        return failed;
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cleaning up " + staging + " failed", e);
    }
  }
}
