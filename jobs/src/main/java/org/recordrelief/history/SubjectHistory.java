package org.recordrelief.history;

import java.util.List;
import java.util.SortedSet;
import org.recordrelief.doj.DojDate;

/**
 * Everything known about one subject (one person key) from its rows.
 *
 * @param personKey trimmed SUBJECT_ID, or {@code CII:<cii>}
 * @param subjectIds distinct SUBJECT_IDs, sorted
 * @param ciiNumbers distinct CII numbers, sorted
 * @param name PRI_NAME of the first row, trimmed
 * @param names distinct PRI_NAMEs, sorted
 * @param dob the DOB used for ages (most frequent valid, ties by first occurrence)
 * @param dobCandidates every distinct exact DOB, first-seen order (more than one: DOB_CONFLICT)
 * @param gender GENDER of the first row
 * @param race RACE_DESCR of the first row
 * @param rowCount rows of the subject
 * @param counts every count, first-seen order
 * @param events registration and death events
 * @param issues person-level issue codes, sorted
 */
public record SubjectHistory(
    String personKey,
    List<String> subjectIds,
    List<String> ciiNumbers,
    String name,
    List<String> names,
    DojDate dob,
    List<DojDate> dobCandidates,
    String gender,
    String race,
    long rowCount,
    List<CountFacts> counts,
    List<HistoryEvent> events,
    SortedSet<String> issues) {

  /** Convicted counts only. */
  public List<CountFacts> convictions() {
    return counts.stream().filter(CountFacts::conviction).toList();
  }

  public boolean deceased() {
    return events.stream().anyMatch(e -> e.type() == HistoryEvent.Type.DECEASED);
  }

  public boolean pc290Registration() {
    return events.stream().anyMatch(HistoryEvent::isPc290Registration);
  }
}
