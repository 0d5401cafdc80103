package org.recordrelief.gogen;

/**
 * An input file gogen could not have processed (wrong field count, a CNT_ORDER too short to slice,
 * defect D-17). The message follows gogen's wording where it had one.
 */
public final class GogenInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** gogen's error type: {@code PARSING} for CSV structure, {@code OTHER} otherwise. */
  public enum ErrorType {
    PARSING,
    OTHER
  }

  private final ErrorType errorType;

  public GogenInputException(ErrorType errorType, String message) {
    super(message);
    this.errorType = errorType;
  }

  public ErrorType errorType() {
    return errorType;
  }
}
