package org.recordrelief.eligibility.policy;

import java.io.Serializable;
import java.util.List;

/**
 * The value of a named policy parameter ({@code parameters { … }}): an integer, a boolean, a text
 * or a list of texts. The type is taken from the HOCON value; numbers must be whole.
 */
public sealed interface ParameterValue extends Serializable
    permits ParameterValue.IntValue,
        ParameterValue.BoolValue,
        ParameterValue.TextValue,
        ParameterValue.ListValue {

  /** Type name for messages: {@code integer}, {@code boolean}, {@code text}, {@code list}. */
  String typeName();

  /** The value as written for reviewers. */
  String render();

  /** Whether an {@code enabledBy} on this value enables a rule: true, or a non-zero number. */
  default boolean enables() {
    throw new IllegalStateException("only integer and boolean parameters can enable a rule");
  }

  /** A whole number. */
  record IntValue(int value) implements ParameterValue {
    @Override
    public String typeName() {
      return "integer";
    }

    @Override
    public String render() {
      return Integer.toString(value);
    }

    @Override
    public boolean enables() {
      return value != 0;
    }
  }

  /** A switch. */
  record BoolValue(boolean value) implements ParameterValue {
    @Override
    public String typeName() {
      return "boolean";
    }

    @Override
    public String render() {
      return Boolean.toString(value);
    }

    @Override
    public boolean enables() {
      return value;
    }
  }

  /** A text, e.g. a date {@code 2016-11-09} or a code section {@code 4060 BP}. */
  record TextValue(String value) implements ParameterValue {
    @Override
    public String typeName() {
      return "text";
    }

    @Override
    public String render() {
      return "\"" + value + "\"";
    }
  }

  /** A list of texts, e.g. section keys. */
  record ListValue(List<String> value) implements ParameterValue {
    public ListValue {
      value = List.copyOf(value);
    }

    @Override
    public String typeName() {
      return "list";
    }

    @Override
    public String render() {
      return "[" + Arg.join(value, ", ") + "]";
    }
  }
}
