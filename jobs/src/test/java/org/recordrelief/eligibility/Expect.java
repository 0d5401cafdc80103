package org.recordrelief.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

/** Readable assertions on a {@link Determination}; every message carries the whole result. */
final class Expect {
  private final Determination d;

  private Expect(Determination d) {
    this.d = d;
  }

  /** Set the environment variable PRINT_DET to print every asserted determination. */
  static Expect that(Determination d) {
    if (System.getenv("PRINT_DET") != null) {
      System.out.println("DET " + d);
    }
    return new Expect(d);
  }

  Expect outcome(Outcome o) {
    assertEquals(o, d.outcome(), () -> "outcome of " + d);
    return this;
  }

  Expect candidate(Outcome o) {
    assertEquals(o, d.candidateOutcome(), () -> "candidate of " + d);
    return this;
  }

  Expect track(Track t) {
    assertEquals(t, d.track(), () -> "track of " + d);
    return this;
  }

  Expect flags(Flag... flags) {
    for (Flag f : flags) {
      assertTrue(d.flags().contains(f), () -> "flag " + f + " missing in " + d);
    }
    return this;
  }

  Expect noFlags(Flag... flags) {
    for (Flag f : flags) {
      assertTrue(!d.flags().contains(f), () -> "flag " + f + " unexpected in " + d);
    }
    return this;
  }

  Expect rule(String... ids) {
    for (String id : ids) {
      assertTrue(d.ruleIds().contains(id), () -> "rule " + id + " missing in " + d);
    }
    return this;
  }

  Expect decisive(String id) {
    assertEquals(id, d.decisiveRuleId(), () -> "decisive rule of " + d);
    return this;
  }

  Expect noRule(String... ids) {
    for (String id : ids) {
      assertTrue(!d.ruleIds().contains(id), () -> "rule " + id + " unexpected in " + d);
    }
    return this;
  }

  Expect reason(String code) {
    assertTrue(d.reasonCodes().contains(code), () -> "reason " + code + " missing in " + d);
    return this;
  }

  Expect flagsExactly(Flag... flags) {
    assertEquals(Arrays.asList(flags), d.flags().stream().toList(), () -> "flags of " + d);
    return this;
  }

  Determination get() {
    return d;
  }
}
