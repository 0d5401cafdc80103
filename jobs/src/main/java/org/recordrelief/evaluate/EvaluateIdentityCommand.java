package org.recordrelief.evaluate;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.recordrelief.config.Settings;
import org.recordrelief.config.SettingsException;
import org.recordrelief.generate.GenerationSummary;
import org.recordrelief.generate.Generator;
import org.recordrelief.generate.GeneratorCli;
import org.recordrelief.generate.GeneratorSettings;
import org.recordrelief.job.PipelineJob;
import org.recordrelief.job.RunRequest;
import org.recordrelief.job.RunResult;
import org.recordrelief.publish.Json;
import org.recordrelief.spark.Sessions;

/**
 * {@code evaluate-identity --people N --seed S [--output DIR] [--config FILE] [--adversarial]}:
 * generates synthetic data with identity corruption (the generator settings of FILE, default
 * rates otherwise), runs the pipeline on it with the same configuration, as of the extract date,
 * scores the run with {@link IdentityEvaluation}, and compares its decisions with the rules run
 * again on the true persons. Layout under DIR (default {@code
 * out/identity-evaluation}): {@code generated/} (DOJ files and truth), {@code run/} (the
 * pipeline's output) and {@code identity-evaluation.json}.
 */
public final class EvaluateIdentityCommand {
  private EvaluateIdentityCommand() {}

  static final String DEFAULT_OUTPUT = "out/identity-evaluation";

  /** The parsed arguments. */
  record Args(int people, long seed, Path output, String configFile, boolean adversarial) {}

  /** Entry from {@code Main}: builds its own session. Returns the exit status. */
  public static int run(String[] args, PrintStream out) {
    Args a = parse(args);
    Settings settings = Settings.load(a.configFile() == null ? null : new java.io.File(a.configFile()));
    SparkSession spark = Sessions.build(settings);
    try {
      run(spark, settings, a, out);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Generates, runs and evaluates with {@code spark}; prints the report and writes the JSON. */
  static Map<String, Object> run(SparkSession spark, Settings settings, Args a, PrintStream out) {
    Config raw = a.configFile() == null ? ConfigFactory.empty()
        : ConfigFactory.parseFile(new java.io.File(a.configFile()));
    GeneratorSettings gs;
    try {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("people", a.people());
      o.put("seed", a.seed());
      if (a.adversarial()) {
        o.put("identity.adversarialPeople", GeneratorCli.ADVERSARIAL_PEOPLE);
      }
      gs = GeneratorSettings.fromConfig(raw).withOverrides(o);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage().lines().findFirst().orElse("bad settings"));
    }
    Path generated = a.output().resolve("generated");
    Path runDir = a.output().resolve("run");
    GenerationSummary g = Generator.generate(gs, generated, settings.statutory());
    out.println(GeneratorCli.summaryLine(g));
    RunResult r = PipelineJob.run(spark, settings.withProgress(false), new RunRequest(
        List.of(generated.resolve("doj").toString()), runDir.toString(), gs.extractDate(), null));
    out.println("pipeline run " + r.runId() + ": " + r.summary().get("status"));
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("people", g.people());
    figures.put("seed", gs.seed());
    figures.put("rows", g.rows());
    figures.put("identity_corruption_enabled", gs.identity().enabled());
    figures.put("persons_with_duplicate_identity", g.personsWithDuplicates());
    figures.put("rows_with_identity_corruption", g.corruptedRows());
    figures.put("look_alike_pairs", g.trapPairs());
    figures.putAll(IdentityEvaluation.evaluate(spark, settings.ingest(), generated.toString(),
        runDir.toString(), IdentityEvaluation.truthPersonOutcomes(spark, settings,
            generated.toString(), gs.extractDate())));
    for (String line : IdentityEvaluation.report(figures)) {
      out.println(line);
    }
    Path json = a.output().resolve("identity-evaluation.json");
    try {
      Files.writeString(json, Json.write(figures) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + json, e);
    }
    out.println("  figures: " + json);
    return figures;
  }

  static Args parse(String[] args) {
    Integer people = null;
    Long seed = null;
    Path output = Path.of(DEFAULT_OUTPUT);
    String config = null;
    boolean adversarial = false;
    for (int i = 1; i < args.length; i++) {
      String k = args[i];
      switch (k) {
        case "--people" -> people = parseInt(k, value(args, ++i, k));
        case "--seed" -> seed = parseLong(k, value(args, ++i, k));
        case "--output" -> output = Path.of(value(args, ++i, k));
        case "--config" -> config = value(args, ++i, k);
        case "--adversarial" -> adversarial = true;
        default -> throw new SettingsException("evaluate-identity: unknown argument '" + k + "'");
      }
    }
    if (people == null || seed == null) {
      throw new SettingsException("evaluate-identity needs --people N and --seed S");
    }
    if (people < 1) {
      throw new SettingsException("--people must be at least 1");
    }
    if (config != null && !Files.isRegularFile(Path.of(config))) {
      throw new SettingsException("config file not found: " + config);
    }
    return new Args(people, seed, output, config, adversarial);
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new SettingsException(flag + " needs a value");
    }
    return args[i];
  }

  private static int parseInt(String flag, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new SettingsException(flag + " must be a whole number, got '" + v + "'");
    }
  }

  private static long parseLong(String flag, String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new SettingsException(flag + " must be a whole number, got '" + v + "'");
    }
  }
}
