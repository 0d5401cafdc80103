package org.recordrelief.eligibility.policy;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigIncludeContext;
import com.typesafe.config.ConfigIncluder;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Resolves {@code include "…"} in policy files relative to the including file, the same way on
 * disk and on the classpath (where Typesafe Config's default would not normalise {@code ..} inside
 * a jar, and would silently fall back to a classpath resource when a sibling file is missing).
 * A missing include, an include cycle or an include outside the policy tree's naming rules is a
 * load error. Every file read is recorded, in order, for the policy's {@code sources}.
 */
final class PolicyIncluder implements ConfigIncluder {
  private static final int MAX_DEPTH = 8;

  private final Path baseDir; // file mode
  private final String baseResourceDir; // classpath mode ("" = root)
  private final ClassLoader classLoader;
  private final List<String> sources;
  private final Deque<String> stack;

  private PolicyIncluder(
      Path baseDir,
      String baseResourceDir,
      ClassLoader classLoader,
      List<String> sources,
      Deque<String> stack) {
    this.baseDir = baseDir;
    this.baseResourceDir = baseResourceDir;
    this.classLoader = classLoader;
    this.sources = sources;
    this.stack = stack;
  }

  /** Options for parsing {@code file}, whose includes resolve beside it. */
  static ConfigParseOptions forFile(Path file, List<String> sources) {
    Deque<String> stack = new ArrayDeque<>();
    stack.push(PolicyLoader.displayName(file));
    return options(new PolicyIncluder(file.toAbsolutePath().getParent(), null, null, sources, stack));
  }

  /** Options for parsing classpath {@code resource}, whose includes resolve beside it. */
  static ConfigParseOptions forResource(String resource, ClassLoader cl, List<String> sources) {
    Deque<String> stack = new ArrayDeque<>();
    stack.push(resource);
    return options(new PolicyIncluder(null, parentOf(resource), cl, sources, stack));
  }

  private static ConfigParseOptions options(PolicyIncluder inc) {
    return ConfigParseOptions.defaults()
        .setSyntax(ConfigSyntax.CONF)
        .setAllowMissing(false)
        .setIncluder(inc);
  }

  @Override
  public ConfigIncluder withFallback(ConfigIncluder fallback) {
    return this;
  }

  @Override
  public ConfigObject include(ConfigIncludeContext context, String what) {
    String including = stack.peek();
    if (what == null || what.isBlank() || what.startsWith("/") || what.contains("\\")) {
      throw new PolicyException(
          including + ": include \"" + what + "\": write a relative path such as \"../statewide.conf\"");
    }
    if (stack.size() > MAX_DEPTH) {
      throw new PolicyException(including + ": includes nested deeper than " + MAX_DEPTH);
    }
    if (baseDir != null) {
      Path target = baseDir.resolve(what).normalize();
      String name = PolicyLoader.displayName(target);
      checkCycle(including, name);
      if (!Files.isRegularFile(target)) {
        throw new PolicyException(
            including + ": include \"" + what + "\" not found (looked for " + name + ")");
      }
      sources.add(name);
      stack.push(name);
      try {
        PolicyIncluder child =
            new PolicyIncluder(target.getParent(), null, null, sources, stack);
        return ConfigFactory.parseFile(target.toFile(), options(child)).root();
      } finally {
        stack.pop();
      }
    }
    String name = normaliseResource(baseResourceDir, what);
    if (name == null) {
      throw new PolicyException(
          including + ": include \"" + what + "\" leaves the classpath root");
    }
    checkCycle(including, name);
    if (classLoader.getResource(name) == null) {
      throw new PolicyException(
          including + ": include \"" + what + "\" not found (looked for classpath " + name + ")");
    }
    sources.add(name);
    stack.push(name);
    try {
      PolicyIncluder child = new PolicyIncluder(null, parentOf(name), classLoader, sources, stack);
      return ConfigFactory.parseResources(classLoader, name, options(child)).root();
    } finally {
      stack.pop();
    }
  }

  private void checkCycle(String including, String name) {
    if (stack.contains(name)) {
      throw new PolicyException(including + ": include cycle through " + name);
    }
  }

  static String parentOf(String resource) {
    int i = resource.lastIndexOf('/');
    return i < 0 ? "" : resource.substring(0, i);
  }

  /** {@code dir/what} with {@code .} and {@code ..} removed; null if it climbs above the root. */
  static String normaliseResource(String dir, String what) {
    Deque<String> parts = new ArrayDeque<>();
    String joined = dir.isEmpty() ? what : dir + "/" + what;
    for (String p : joined.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }
}
