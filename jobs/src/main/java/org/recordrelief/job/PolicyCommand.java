package org.recordrelief.job;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.recordrelief.config.SettingsException;
import org.recordrelief.eligibility.policy.Policy;
import org.recordrelief.eligibility.policy.PolicyException;
import org.recordrelief.eligibility.policy.PolicyLoader;
import org.recordrelief.eligibility.policy.PolicyRenderer;

/** {@code policy show NAME|FILE}: render a policy as plain text for review. No Spark. */
final class PolicyCommand {
  private PolicyCommand() {}

  static int run(String[] args, PrintStream out) {
    if (args.length != 3 || !args[1].equals("show")) {
      throw new SettingsException("usage: policy show NAME|FILE (e.g. policy show los-angeles)");
    }
    try {
      Path file = Path.of(args[2]);
      Policy p = Files.isRegularFile(file) ? PolicyLoader.load(file)
          : PolicyLoader.loadShipped(args[2]);
      out.print(PolicyRenderer.render(p));
      return 0;
    } catch (PolicyException e) {
      throw new SettingsException(e.getMessage(), e);
    }
  }
}
