package org.recordrelief.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.recordrelief.config.SettingsException;
import org.recordrelief.identity.ReviewerDecision;
import org.recordrelief.schema.Schemas;

/**
 * Reads the reviewer-decisions CSV ({@code schemas/reviewer_decisions.avsc}): human answers to
 * identity questions, applied on every later run. Small reference data, parsed strictly on the
 * driver: any bad value stops the run with one line naming the file, line and column. For a pair
 * decided more than once, the latest {@code decided_at} stands.
 */
public final class ReviewerDecisionsFile {
  private ReviewerDecisionsFile() {}

  /** Parse the file's text; {@code name} is used in messages. Sorted by pair. */
  public static List<ReviewerDecision> parse(String name, String text) {
    SideInputCsv csv = new SideInputCsv(name, text, Schemas.REVIEWER_DECISIONS,
        "reviewer decisions");
    for (String required : List.of("profile_id_a", "profile_id_b", "decision", "reviewer",
        "decided_at")) {
      if (!csv.header().contains(required)) {
        throw new SettingsException(name + ": column " + required + " is required");
      }
    }
    Map<String, ReviewerDecision> out = new TreeMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (int i = 1; i < csv.lines(); i++) {
      if (csv.blank(i)) {
        continue;
      }
      Map<String, String> v = csv.row(i);
      String where = csv.where(i);
      String a = profileId(v.get("profile_id_a"), "profile_id_a", where);
      String b = profileId(v.get("profile_id_b"), "profile_id_b", where);
      if (a.equals(b)) {
        throw new SettingsException(where + ": profile_id_a and profile_id_b are the same profile");
      }
      ReviewerDecision.Kind kind;
      try {
        kind = ReviewerDecision.Kind.valueOf(v.get("decision").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new SettingsException(where + ": decision must be MUST_LINK or CANNOT_LINK, got '"
            + v.get("decision") + "'");
      }
      String reviewer = v.get("reviewer");
      if (reviewer.isEmpty()) {
        throw new SettingsException(where + ": reviewer is required");
      }
      String at = v.get("decided_at");
      LocalDateTime instant = instant(at, where);
      String reason = v.getOrDefault("reason", "");
      ReviewerDecision d = new ReviewerDecision(a, b, kind, reviewer, at,
          reason.isEmpty() ? null : reason);
      ReviewerDecision before = out.get(d.pair());
      if (before != null) {
        int cmp = instant.compareTo(instant(before.decidedAt(), where));
        if (cmp == 0 && before.decision() != d.decision()) {
          throw new SettingsException(where + ": " + d.pair() + " is decided both "
              + before.decision() + " (line " + lineOf.get(d.pair()) + ") and " + d.decision()
              + " at " + at);
        }
        if (cmp <= 0) {
          continue; // an earlier (or the same) decision: the later one stands
        }
      }
      out.put(d.pair(), d);
      lineOf.put(d.pair(), i + 1);
    }
    return List.copyOf(out.values());
  }

  /** Read and parse a local or Hadoop file. */
  public static List<ReviewerDecision> read(String path,
      org.apache.hadoop.conf.Configuration hadoop) {
    return parse(path, SideInputCsv.readText(path, hadoop));
  }

  private static String profileId(String v, String col, String where) {
    if (v == null || !v.matches("[CS]:[A-Za-z0-9]+")) {
      throw new SettingsException(where + ": " + col
          + " must be a profile id (C:<CII> or S:<SUBJECT_ID>), got '" + v + "'");
    }
    return v;
  }

  /** The UTC time of an ISO-8601 date or date-time (a date is its start; no offset is UTC). */
  private static LocalDateTime instant(String at, String where) {
    try {
      if (at.length() == 10) {
        return LocalDate.parse(at).atStartOfDay();
      }
      if (at.endsWith("Z") || at.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(at).atZoneSameInstant(java.time.ZoneOffset.UTC)
            .toLocalDateTime();
      }
      return LocalDateTime.parse(at);
    } catch (DateTimeParseException e) {
      throw new SettingsException(where + ": decided_at must be an ISO-8601 date or date-time, "
          + "got '" + at + "'");
    }
  }
}
