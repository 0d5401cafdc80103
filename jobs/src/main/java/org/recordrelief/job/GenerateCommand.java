package org.recordrelief.job;

import java.io.PrintStream;
import java.util.Arrays;
import org.recordrelief.config.SettingsException;
import org.recordrelief.generate.GenerationSummary;
import org.recordrelief.generate.GeneratorCli;

/** {@code generate}: synthetic DOJ data with ground truth (delegates to the generator's CLI). */
final class GenerateCommand {
  private GenerateCommand() {}

  static int run(String[] args, PrintStream out) {
    try {
      GenerationSummary s = GeneratorCli.run(Arrays.copyOfRange(args, 1, args.length));
      out.println(GeneratorCli.summaryLine(s));
      return 0;
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage().lines().findFirst().orElse("bad arguments"));
    }
  }
}
