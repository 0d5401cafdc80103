package org.recordrelief.eligibility;

import java.util.Objects;

/**
 * A case ({@code CNT_ORDER[0:6]}) or cycle ({@code CNT_ORDER[0:3]}) of one DOJ subject. Only
 * meaningful together with the subject id.
 */
public record GroupKey(String subjectId, String prefix) {
  public GroupKey {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(prefix, "prefix");
  }
}
