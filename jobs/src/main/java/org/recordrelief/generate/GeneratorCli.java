package org.recordrelief.generate;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recordrelief.config.Settings;

/**
 * Thin command line over {@link Generator#generate}: {@code --people N --seed S --output DIR
 * [--config FILE] [--adversarial] [--no-identity-corruption] [--set key=value ...]}
 * ({@code --set identity.duplicateRate=0.2} reaches the identity block). Settings come from {@code FILE} (its
 * {@code recordrelief.generate} block), then the flags; unknown keys fail. Prints one summary line
 * (counts only, never names). The expected outcomes use the statutory settings of the same file
 * ({@code recordrelief.statutory} and {@code recordrelief.rules}, defaults otherwise). The
 * project's {@code job} layer may delegate to {@link #run}.
 */
public final class GeneratorCli {
  private GeneratorCli() {}

  /** Trap people {@code --adversarial} appends (half of them imitate the other half). */
  public static final int ADVERSARIAL_PEOPLE = 300;

  public static void main(String[] args) {
    try {
      GenerationSummary sum = run(args);
      System.out.println(summaryLine(sum));
    } catch (IllegalArgumentException e) {
      System.err.println("generate: " + e.getMessage());
      System.exit(2);
    } catch (RuntimeException e) {
      System.err.println("generate: failed: " + e);
      System.exit(1);
    }
  }

  /** Parses the arguments and runs the generator. */
  public static GenerationSummary run(String[] args) {
    Path output = null;
    Path configFile = null;
    Map<String, Object> overrides = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help":
        case "-h":
          throw new IllegalArgumentException(usage());
        case "--people":
          overrides.put("people", Integer.parseInt(value(args, ++i, a)));
          break;
        case "--seed":
          overrides.put("seed", Long.parseLong(value(args, ++i, a)));
          break;
        case "--output":
          output = Path.of(value(args, ++i, a));
          break;
        case "--adversarial":
          // a few hundred look-alike trap people (truth/adversarial_pairs.csv)
          overrides.putIfAbsent("identity.adversarialPeople", ADVERSARIAL_PEOPLE);
          break;
        case "--no-identity-corruption":
          overrides.put("identity.enabled", false);
          break;
        case "--config":
          configFile = Path.of(value(args, ++i, a));
          break;
        case "--set":
          String kv = value(args, ++i, a);
          int eq = kv.indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("--set expects key=value, got " + kv);
          }
          overrides.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
          break;
        default:
          throw new IllegalArgumentException("unknown argument " + a + "\n" + usage());
      }
    }
    if (output == null) {
      throw new IllegalArgumentException("--output DIR is required\n" + usage());
    }
    Config c = ConfigFactory.empty();
    if (configFile != null) {
      if (!Files.isRegularFile(configFile)) {
        throw new IllegalArgumentException("config file not found: " + configFile);
      }
      c = ConfigFactory.parseFile(configFile.toFile());
    }
    GeneratorSettings s = GeneratorSettings.fromConfig(c).withOverrides(overrides);
    // Expected outcomes under the statutory settings a pipeline run with the same file would use.
    return Generator.generate(s, output, Settings.load(c).statutory());
  }

  public static String summaryLine(GenerationSummary s) {
    return "generated "
        + s.people()
        + " people, "
        + s.rows()
        + " rows in "
        + s.files().size()
        + " file(s), "
        + s.convictions()
        + " convicted counts ("
        + s.prop64Convictions()
        + " Prop 64), "
        + s.quarantineExpected()
        + " rows with quarantine defects, "
        + s.personsWithDuplicates()
        + " people with a duplicate identity, "
        + s.corruptedRows()
        + " rows with identity corruption, "
        + s.trapPairs()
        + " look-alike pairs, in "
        + s.elapsedMillis()
        + " ms";
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i];
  }

  private static String usage() {
    return "usage: generate --output DIR [--people N] [--seed S] [--config FILE] [--adversarial]"
        + " [--no-identity-corruption] [--set key=value ...]";
  }
}
