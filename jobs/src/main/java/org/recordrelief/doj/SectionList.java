package org.recordrelief.doj;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A reference list of {@link SectionPattern}s (super strikes, PC 290 offenses, related charges,
 * Prop 64 sections), parsed once from versioned reference data and matched against the primary
 * section of a {@link Citation}. Immutable and thread-safe; lookup is by exact base section.
 */
public final class SectionList {
  private final List<SectionPattern> patterns;
  private final Map<String, List<SectionPattern>> bySection;

  private SectionList(List<SectionPattern> patterns) {
    this.patterns = List.copyOf(patterns);
    Map<String, List<SectionPattern>> index = new HashMap<>();
    for (SectionPattern p : this.patterns) {
      index.computeIfAbsent(p.section(), k -> new ArrayList<>()).add(p);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.bySection = Map.copyOf(index);
  }

  /**
   * Parses a list of pattern strings.
   *
   * @throws IllegalArgumentException for the first malformed entry, naming its 1-based position
   */
  public static SectionList parse(List<String> patterns) {
    List<SectionPattern> parsed = new ArrayList<>(patterns.size());
    for (int i = 0; i < patterns.size(); i++) {
      try {
        parsed.add(SectionPattern.parse(patterns.get(i)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Section list entry " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new SectionList(parsed);
  }

  /** {@link #parse(List)} for literal lists. */
  public static SectionList of(String... patterns) {
    return parse(List.of(patterns));
  }

  /** True if any pattern matches the citation's primary section. */
  public boolean matches(Citation c) {
    return firstMatch(c).isPresent();
  }

  /** The first pattern, in list order, that matches the citation's primary section. */
  public Optional<SectionPattern> firstMatch(Citation c) {
    if (c == null || !c.isParsed()) {
      return Optional.empty();
    }
    List<SectionPattern> candidates = bySection.get(c.section().toUpperCase(Locale.ROOT));
    if (candidates == null) {
      return Optional.empty();
    }
    for (SectionPattern p : candidates) {
      if (p.matches(c)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  public List<SectionPattern> patterns() {
    return patterns;
  }

  public int size() {
    return patterns.size();
  }

  @Override
  public String toString() {
    return patterns.toString();
  }
}
