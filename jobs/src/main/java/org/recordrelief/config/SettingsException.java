package org.recordrelief.config;

/** A configuration or argument error: reported as one line, never as a stack trace. */
public class SettingsException extends RuntimeException {
  public SettingsException(String message) {
    super(message);
  }

  public SettingsException(String message, Throwable cause) {
    super(message, cause);
  }
}
