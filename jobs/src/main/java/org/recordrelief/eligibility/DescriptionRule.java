package org.recordrelief.eligibility;

import java.util.Locale;
import java.util.Objects;

/**
 * Maps a description token to a subdivision (P-13: {@code CONCENTRATED=>A}). Written {@code
 * TOKEN=>SUB} in the reference data.
 */
public record DescriptionRule(String token, String subdivision)
    implements java.io.Serializable {

  public DescriptionRule {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(subdivision, "subdivision");
    if (token.isBlank() || subdivision.isBlank()) {
      throw new IllegalArgumentException("blank description rule");
    }
    token = token.toUpperCase(Locale.ROOT);
    subdivision = subdivision.toUpperCase(Locale.ROOT);
  }

  /** Parse {@code TOKEN=>SUB}. */
  public static DescriptionRule parse(String spec) {
    int i = spec == null ? -1 : spec.indexOf("=>");
    if (i <= 0 || i + 2 >= spec.length()) {
      throw new IllegalArgumentException("invalid description rule '" + spec + "': TOKEN=>SUB");
    }
    return new DescriptionRule(spec.substring(0, i).trim(), spec.substring(i + 2).trim());
  }
}
