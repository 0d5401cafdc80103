package org.recordrelief.job;

/**
 * A run stopped on purpose (threshold breach, broken file, bad argument): the message is the one
 * line the operator sees; no stack trace.
 */
public class RunFailure extends RuntimeException {
  public RunFailure(String message) {
    super(message);
  }
}
