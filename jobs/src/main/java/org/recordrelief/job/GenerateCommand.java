package org.recordrelief.job;

import java.io.PrintStream;
import org.recordrelief.config.SettingsException;

/** {@code generate}: synthetic DOJ data with ground truth. */
final class GenerateCommand {
  private GenerateCommand() {}

  static int run(String[] args, PrintStream out) {
    throw new SettingsException("generate is not wired yet");
  }
}
