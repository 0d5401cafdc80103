package org.recordrelief.eligibility.policy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.recordrelief.doj.Counties;

/**
 * Loads county policies and presets from HOCON, validating everything at load time.
 *
 * <ul>
 *   <li>{@link #load(Path)}: a policy file on disk; {@code include "…"} resolves beside the file.
 *   <li>{@link #loadResource(String)}, {@link #loadShipped(String)}, {@link #forCounty(String)}:
 *       the shipped tree, read from the classpath ({@code conf/policy/…}; the repository's {@code
 *       conf/} is packaged under {@code conf/}).
 *   <li>{@link #loadGogenOptions(Path, String, String)}: gogen's {@code --eligibility-options} JSON
 *       applied to a configurable preset.
 * </ul>
 *
 * <p>Rules for a policy file: its {@code id} equals its file name without {@code .conf}; a file in
 * a {@code counties/} folder names its county, whose slug is the file name. Every problem is a
 * {@link PolicyException} whose one-line message names the file and, for a rule, the rule id.
 */
public final class PolicyLoader {
  private PolicyLoader() {}

  /** Classpath (and repository-relative) folder of the shipped policies. */
  public static final String SHIPPED_ROOT = "conf/policy";

  /** The final configurable preset, driven by gogen's options JSON. */
  public static final String CONFIGURABLE_2020 = "cfa-configurable-2020";

  /** The July 2019 configurable preset (gogen_pilots {@code f04e1ff}). */
  public static final String CONFIGURABLE_2019_07 = "cfa-configurable-2019-07";

  private static final Pattern SHIPPED_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)?");

  /** A parsed, not yet validated policy configuration with its provenance. */
  record Parsed(Config config, PolicyBuilder.Context context) {}

  /** Loads and validates the policy file at {@code file}. */
  public static Policy load(Path file) {
    return build(parseFile(file), List.of());
  }

  /** Loads and validates a policy from a classpath resource such as {@code conf/policy/statewide.conf}. */
  public static Policy loadResource(String resource) {
    return build(parseResource(resource), List.of());
  }

  /**
   * Loads a shipped policy by name: {@code statewide}, a county slug ({@code los-angeles}), a
   * preset id ({@code cfa-los-angeles-2019-10}), or a path below {@code conf/policy} without
   * {@code .conf} ({@code counties/los-angeles}).
   */
  public static Policy loadShipped(String name) {
    if (name == null || !SHIPPED_NAME.matcher(name).matches()) {
      throw new PolicyException("policy name \"" + name + "\" is not a shipped policy name");
    }
    List<String> tried = new ArrayList<>();
    for (String dir : List.of("", "counties/", "presets/")) {
      String r = SHIPPED_ROOT + "/" + dir + name + ".conf";
      tried.add(r);
      if (classLoader().getResource(r) != null) {
        return loadResource(r);
      }
    }
    throw new PolicyException("no shipped policy \"" + name + "\" (looked for " + String.join(", ", tried) + ")");
  }

  /** The shipped overlay of a county (DOJ spelling), if the county has one. */
  public static Optional<Policy> forCounty(String dojCountyName) {
    Optional<Counties.County> c = Counties.lookup(dojCountyName);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    String r = SHIPPED_ROOT + "/counties/" + c.get().slug() + ".conf";
    return classLoader().getResource(r) == null ? Optional.empty() : Optional.of(loadResource(r));
  }

  /** Every {@code .conf} file below {@code policyDir} (e.g. {@code <repo>/conf/policy}), sorted. */
  public static List<Path> policyFiles(Path policyDir) {
    try (Stream<Path> s = Files.walk(policyDir)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".conf"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #loadGogenOptions(Path, String, String)} for the final preset and its own county. */
  public static Policy loadGogenOptions(Path json) {
    return loadGogenOptions(json, CONFIGURABLE_2020, null);
  }

  /**
   * Builds a configurable preset from gogen's options JSON ({@code prop64-rules.md} §9.5.1,
   * §9.5.2). {@code presetId} is {@link #CONFIGURABLE_2020} or {@link #CONFIGURABLE_2019_07};
   * {@code county} (DOJ spelling) replaces the preset's county when not null, like gogen's {@code
   * --county}. The JSON replaces every option parameter (an absent option is off, as in gogen).
   * Final gogen: section keys must be exactly 11357–11360 and thresholds in range, else a {@link
   * PolicyException} naming the JSON file and key (e.g. {@code 11357(a)}); a section in both lists
   * is dismissed and reported in {@link Policy#warnings()}.
   */
  public static Policy loadGogenOptions(Path json, String presetId, String county) {
    Parsed base = parseResource(SHIPPED_ROOT + "/presets/" + presetId + ".conf");
    Policy basePolicy = build(base, List.of());
    GogenOptions.Result r = GogenOptions.read(json, presetId, basePolicy);
    Config merged = ConfigFactory.parseMap(r.parameters(), "gogen options " + displayName(json))
        .withFallback(base.config())
        .resolve();
    List<String> sources = new ArrayList<>(base.context().sources());
    sources.add(displayName(json));
    PolicyBuilder.Context ctx =
        new PolicyBuilder.Context(displayName(json), presetId, "presets", sources);
    Policy p = build(new Parsed(merged, ctx), r.warnings());
    return county == null ? p : p.withCounty(county);
  }

  // --- parsing --------------------------------------------------------------------------------

  static Parsed parseFile(Path file) {
    String display = displayName(file);
    if (!Files.isRegularFile(file)) {
      throw new PolicyException(display + ": policy file not found");
    }
    List<String> sources = new ArrayList<>();
    sources.add(display);
    Config c;
    try {
      c = ConfigFactory.parseFile(file.toFile(), PolicyIncluder.forFile(file, sources)).resolve();
    } catch (ConfigException e) {
      throw new PolicyException(display + ": " + oneLine(e.getMessage()), e);
    }
    Path parent = file.toAbsolutePath().normalize().getParent();
    String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    return new Parsed(c, new PolicyBuilder.Context(display, baseName(file.getFileName().toString()), folder, sources));
  }

  static Parsed parseResource(String resource) {
    ClassLoader cl = classLoader();
    if (cl.getResource(resource) == null) {
      throw new PolicyException(resource + ": policy resource not found on the classpath");
    }
    List<String> sources = new ArrayList<>();
    sources.add(resource);
    Config c;
    try {
      c = ConfigFactory.parseResources(cl, resource, PolicyIncluder.forResource(resource, cl, sources)).resolve();
    } catch (ConfigException e) {
      throw new PolicyException(resource + ": " + oneLine(e.getMessage()), e);
    }
    String parent = PolicyIncluder.parentOf(resource);
    String folder = parent.substring(parent.lastIndexOf('/') + 1);
    String file = resource.substring(resource.lastIndexOf('/') + 1);
    return new Parsed(c, new PolicyBuilder.Context(resource, baseName(file), folder, sources));
  }

  private static Policy build(Parsed p, List<String> warnings) {
    return PolicyBuilder.build(p.config(), p.context(), warnings);
  }

  // --- names ----------------------------------------------------------------------------------

  /**
   * How a file is named in messages, {@code sources} and renderings: from {@code conf/policy/}
   * on when the file lies in such a tree (so disk and classpath loads agree), else as given.
   */
  static String displayName(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    int n = abs.getNameCount();
    for (int i = n - 2; i >= 0; i--) {
      if (abs.getName(i).toString().equals("conf") && abs.getName(i + 1).toString().equals("policy")) {
        return abs.subpath(i, n).toString().replace('\\', '/');
      }
    }
    return p.normalize().toString().replace('\\', '/');
  }

  private static String baseName(String fileName) {
    return fileName.endsWith(".conf") ? fileName.substring(0, fileName.length() - 5) : fileName;
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  private static ClassLoader classLoader() {
    ClassLoader cl = PolicyLoader.class.getClassLoader();
    return cl != null ? cl : ClassLoader.getSystemClassLoader();
  }
}
