package org.recordrelief.eligibility.policy;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a policy decides when no rule holds. {@code NONE} with an empty reason is gogen's blank
 * determination.
 *
 * @param determination the determination
 * @param reasonTemplate the reason; may use {@code {section}} and {@code {rawSection}}
 */
public record Fallback(PolicyDetermination determination, String reasonTemplate)
    implements Serializable {
  public Fallback {
    Objects.requireNonNull(determination, "determination");
    Objects.requireNonNull(reasonTemplate, "reasonTemplate");
  }
}
