package org.recordrelief.eligibility.policy;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The argument of a condition after loading: its value (already resolved and validated) and, when
 * the policy wrote a reference such as {@code sectionIn(dismissSections)}, the name of the policy
 * parameter it came from. The parameter name is kept only for review rendering; evaluation uses
 * {@link #value()}.
 *
 * @param <T> Integer, String, LocalDate or List of String
 * @param value the resolved value, never null
 * @param parameter the referenced policy parameter, or null for a literal
 */
public record Arg<T>(T value, String parameter) implements Serializable {

  public Arg {
    Objects.requireNonNull(value, "value");
    if (value instanceof List<?> l) {
      value = castList(List.copyOf(l));
    }
  }

  /** A literal argument. */
  public static <T> Arg<T> of(T value) {
    return new Arg<>(value, null);
  }

  /** An argument taken from the named policy parameter. */
  public static <T> Arg<T> ref(T value, String parameter) {
    return new Arg<>(value, Objects.requireNonNull(parameter, "parameter"));
  }

  /** Whether the argument was written as a parameter reference. */
  public boolean isReference() {
    return parameter != null;
  }

  /** The value as written in call syntax: {@code 21}, {@code [11357, 11358]}, {@code 4060 BP}. */
  public String literal() {
    if (value instanceof List<?> l) {
      return l.size() == 1 ? String.valueOf(l.get(0)) : "[" + join(l, ", ") + "]";
    }
    return String.valueOf(value);
  }

  /** For reviewers: the value, followed by the parameter name when it came from one. */
  public String phrase(String valueText) {
    return parameter == null ? valueText : valueText + " (" + parameter + ")";
  }

  static String join(List<?> l, String sep) {
    StringBuilder b = new StringBuilder();
    for (Object o : l) {
      if (b.length() > 0) {
        b.append(sep);
      }
      b.append(o);
    }
    return b.toString();
  }

  @SuppressWarnings("unchecked")
  private static <T> T castList(List<?> l) {
    return (T) l;
  }
}
