package org.recordrelief.eligibility.policy;

/**
 * A policy configuration that cannot be used: raised at load time, never during evaluation. The
 * message is one line and names the file (and, where it applies, the rule id), e.g. {@code
 * conf/policy/counties/x.conf: rule C3: convictedBeforeAge: age 130 is out of range 0..120}.
 */
public class PolicyException extends RuntimeException {
  public PolicyException(String message) {
    super(message);
  }

  public PolicyException(String message, Throwable cause) {
    super(message, cause);
  }
}
