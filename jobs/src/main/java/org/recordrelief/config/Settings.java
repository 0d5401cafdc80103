package org.recordrelief.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run's settings: one eager, validated object over {@code reference.conf}, an optional
 * environment/override file and command-line values. Precedence, highest first: command line,
 * {@code --config FILE}, {@code reference.conf}. All exceptions happen here, at construction.
 *
 * @param config the merged, resolved configuration (kept for sections owned by other packages)
 * @param spark Spark settings passed unchanged to the session builder
 * @param ingest reader settings
 * @param rules derived-fact settings
 * @param statutory the statutory engine's switches and lists
 * @param identity identity resolution settings
 * @param cacheLevel storage level name for reused datasets
 * @param progress show Spark's console progress
 */
public record Settings(
    Config config,
    Map<String, String> spark,
    IngestSettings ingest,
    RuleSettings rules,
    org.recordrelief.eligibility.StatutorySettings statutory,
    IdentitySettings identity,
    String cacheLevel,
    boolean progress) {

  /** Load reference.conf under {@code overrides} (which may be empty). */
  public static Settings load(Config overrides) {
    try {
      Config merged =
          overrides.withFallback(ConfigFactory.defaultReference(Settings.class.getClassLoader()))
              .resolve();
      Config root = merged.getConfig("recordrelief");
      Map<String, String> spark = new TreeMap<>();
      for (Map.Entry<String, ConfigValue> e : root.getConfig("spark").entrySet()) {
        String key = e.getKey().replace("\"", "");
        spark.put(key, String.valueOf(e.getValue().unwrapped()));
      }
      RuleSettings rules = RuleSettings.from(root.getConfig("rules"));
      return new Settings(
          merged,
          spark,
          IngestSettings.from(root.getConfig("ingest")),
          rules,
          StatutoryConfig.from(root, rules),
          IdentitySettings.from(root.getConfig("identity")),
          root.getString("run.cacheLevel"),
          root.getBoolean("run.progress"));
    } catch (ConfigException e) {
      throw new SettingsException("configuration error: " + e.getMessage(), e);
    }
  }

  /** Load reference.conf with an override file (HOCON); the file must exist. */
  public static Settings load(File overrideFile) {
    if (overrideFile == null) {
      return load(ConfigFactory.empty());
    }
    if (!overrideFile.isFile()) {
      throw new SettingsException("config file not found: " + overrideFile);
    }
    try {
      return load(ConfigFactory.parseFile(overrideFile));
    } catch (ConfigException e) {
      throw new SettingsException("configuration error in " + overrideFile + ": " + e.getMessage(), e);
    }
  }

  /** A copy with one Spark setting replaced (command-line {@code --master}). */
  public Settings withSpark(String key, String value) {
    Map<String, String> s = new TreeMap<>(spark);
    s.put(key, value);
    return new Settings(config, s, ingest, rules, statutory, identity, cacheLevel, progress);
  }

  /** A copy with the console progress switched. */
  public Settings withProgress(boolean on) {
    return new Settings(config, spark, ingest, rules, statutory, identity, cacheLevel, on);
  }

  /** A copy with another identity resolution mode (conformance presets, tests). */
  public Settings withIdentityMode(IdentitySettings.Mode mode) {
    return new Settings(config, spark, ingest, rules, statutory, identity.withMode(mode),
        cacheLevel, progress);
  }

  /**
   * SHA-256 over the decision-relevant configuration (ingest, rules, statutory, identity, rendered
   * canonically), so manifests can show whether two runs decided under the same settings.
   */
  public String configHash() {
    Config root = config.getConfig("recordrelief");
    // chunkBytes only sizes read tasks (like the Spark settings): the same inputs must get the
    // same run id and rows whatever it is.
    Config relevant = root.withOnlyPath("ingest").withoutPath("ingest.chunkBytes")
        .withFallback(root.withOnlyPath("rules"))
        .withFallback(root.withOnlyPath("statutory"))
        .withFallback(root.withOnlyPath("identity"));
    // The mode may be switched in code (withIdentityMode); hash the effective one.
    String text = canonical(relevant) + "|identity.mode=" + identity.mode();
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String canonical(Config c) {
    // Sorted keys so the hash does not depend on file layout or comments.
    Map<String, String> flat = new TreeMap<>();
    for (Map.Entry<String, ConfigValue> e : c.entrySet()) {
      flat.put(e.getKey(), e.getValue().render(ConfigRenderOptions.concise()));
    }
    return flat.toString();
  }

  static <E extends Enum<E>> E enumValue(Config c, String path, Class<E> type) {
    String raw = c.getString(path).strip().toUpperCase(Locale.ROOT);
    try {
      return Enum.valueOf(type, raw);
    } catch (IllegalArgumentException e) {
      StringBuilder allowed = new StringBuilder();
      for (E v : type.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append(v.name());
      }
      throw new SettingsException(
          "configuration error: " + path + " = " + raw + " is not one of " + allowed);
    }
  }
}
