package org.recordrelief.doj;

/**
 * Three-valued truth for interval logic on imprecise dates ({@code doj-input-format.md} §5): TRUE
 * only if a comparison holds for every day the values can denote, FALSE only if it fails for every
 * day, UNKNOWN otherwise.
 */
public enum Tri {
  TRUE,
  FALSE,
  UNKNOWN;

  public static Tri of(boolean b) {
    return b ? TRUE : FALSE;
  }

  public Tri not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }

  public Tri and(Tri o) {
    if (this == FALSE || o == FALSE) {
      return FALSE;
    }
    return this == TRUE && o == TRUE ? TRUE : UNKNOWN;
  }

  public Tri or(Tri o) {
    if (this == TRUE || o == TRUE) {
      return TRUE;
    }
    return this == FALSE && o == FALSE ? FALSE : UNKNOWN;
  }

  public boolean isTrue() {
    return this == TRUE;
  }

  public boolean isFalse() {
    return this == FALSE;
  }

  public boolean isUnknown() {
    return this == UNKNOWN;
  }
}
