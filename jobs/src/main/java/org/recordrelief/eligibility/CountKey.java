package org.recordrelief.eligibility;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Identity of one count: DOJ {@code SUBJECT_ID} plus {@code CNT_ORDER} ({@code doj-input-format.md}
 * §3.2). When {@code CNT_ORDER} is not 12 digits, ingest supplies a synthetic order (from source
 * file and line); such a count has no case or cycle key and is excluded from case- and cycle-based
 * rules.
 *
 * @param subjectId DOJ subject id (kept as a string)
 * @param countOrder the 12-digit {@code CNT_ORDER}, or the synthetic key for an invalid one
 */
public record CountKey(String subjectId, String countOrder)
    implements Comparable<CountKey>, java.io.Serializable {

  private static final Comparator<CountKey> ORDER =
      Comparator.comparing(CountKey::subjectId).thenComparing(CountKey::countOrder);

  public CountKey {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(countOrder, "countOrder");
  }

  /** True when {@code countOrder} is exactly 12 ASCII digits. */
  public boolean hasValidOrder() {
    if (countOrder.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      char ch = countOrder.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  /** Case key ({@code SUBJECT_ID} + {@code CNT_ORDER[0:6]}); empty for an invalid order. */
  public Optional<GroupKey> caseKey() {
    return hasValidOrder()
        ? Optional.of(new GroupKey(subjectId, countOrder.substring(0, 6)))
        : Optional.empty();
  }

  /** Cycle key ({@code SUBJECT_ID} + {@code CNT_ORDER[0:3]}); empty for an invalid order. */
  public Optional<GroupKey> cycleKey() {
    return hasValidOrder()
        ? Optional.of(new GroupKey(subjectId, countOrder.substring(0, 3)))
        : Optional.empty();
  }

  @Override
  public int compareTo(CountKey o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return subjectId + "/" + countOrder;
  }
}
