package org.recordrelief.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.recordrelief.doj.DojDate;
import org.recordrelief.eligibility.Determination;
import org.recordrelief.eligibility.policy.PolicyEvaluator;
import org.recordrelief.eligibility.policy.PolicyResult;
import org.recordrelief.history.CountFacts;
import org.recordrelief.history.HistoryEvent;
import org.recordrelief.history.SentencePart;
import org.recordrelief.history.SubjectHistory;
import org.recordrelief.schema.Schemas;

/**
 * Converts a {@link SubjectHistory} into rows of {@code schemas/person.avsc} and
 * {@code schemas/conviction.avsc}. Field order here must follow the avsc files; a test checks
 * every written column against them.
 */
public final class HistoryRows {
  private HistoryRows() {}

  public static final StructType PERSON = Schemas.sparkType(Schemas.PERSON);
  public static final StructType CONVICTION = Schemas.sparkType(Schemas.CONVICTION);
  public static final StructType DETERMINATION = Schemas.sparkType(Schemas.DETERMINATION);

  /** One row per person: the person, the person's convictions and determinations. */
  public static final StructType HISTORY =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("person", PERSON, false),
              DataTypes.createStructField(
                  "convictions", DataTypes.createArrayType(CONVICTION, false), false),
              DataTypes.createStructField(
                  "determinations", DataTypes.createArrayType(DETERMINATION, false), false)));

  /** The history row of one person. */
  public static Row history(String runId, java.time.LocalDate asOf, String configHash,
      SubjectHistory h, List<Determination> determinations,
      java.util.Map<org.recordrelief.eligibility.CountKey, PolicyResult> policies,
      PersonIdentity identity) {
    List<Row> convictions = new ArrayList<>();
    for (CountFacts c : h.counts()) {
      if (c.conviction()) {
        convictions.add(conviction(runId, h, c));
      }
    }
    java.util.Map<org.recordrelief.eligibility.CountKey, CountFacts> byKey = new java.util.HashMap<>();
    for (CountFacts c : h.counts()) {
      byKey.put(EligibilityFacts.keyOf(c), c);
    }
    List<Row> rows = new ArrayList<>();
    for (Determination d : determinations) {
      rows.add(determination(runId, asOf, configHash, h, byKey.get(d.countKey()), d,
          policies.get(d.countKey()), identity));
    }
    return RowFactory.create(person(runId, h, determinations, byKey),
        convictions.toArray(new Row[0]), rows.toArray(new Row[0]));
  }

  static Row determination(String runId, java.time.LocalDate asOf, String configHash,
      SubjectHistory h, CountFacts c, Determination d, PolicyResult p, PersonIdentity identity) {
    var cit = c.citation();
    return RowFactory.create(
        runId,
        sqlDate(asOf),
        h.personKey(),
        c.subjectKey().startsWith("CII:") ? null : c.subjectKey(),
        h.ciiNumbers().isEmpty() ? null : h.ciiNumbers().get(0),
        c.county(),
        c.countyFips(),
        c.caseKey(),
        c.caseNumber(),
        c.countKey(),
        c.countOrder(),
        sqlDate(c.offenseDate().value()),
        c.offenseDate().isKnown() ? org.recordrelief.doj.TextNorm.trim(c.offenseDate().raw()) : null,
        c.offenseDateSource(),
        sqlDate(c.convictionDate().value()),
        c.convictionDate().isKnown()
            ? org.recordrelief.doj.TextNorm.trim(c.convictionDate().raw()) : null,
        c.convictionDate().isKnown() ? c.convictionDate().earliest().getYear() : null,
        c.codeSectionRaw(),
        cit.isParsed() ? cit.normalized() : null,
        cit.isParsed() ? cit.section() : null,
        cit.attempt(),
        c.level(),
        c.currentLevel(),
        c.ageTier(),
        d.relevance().name(),
        d.outcome().name(),
        d.candidateOutcome() == null ? null : d.candidateOutcome().name(),
        d.ruleIds().isEmpty() ? "" : d.ruleIds().get(0),
        d.ruleIds().toArray(new String[0]),
        d.reasonCodes().toArray(new String[0]),
        d.track() == null ? null : d.track().name(),
        d.sentenceStatus() == null ? null : d.sentenceStatus().name(),
        d.flags().stream().map(Enum::name).sorted().toArray(String[]::new),
        d.reason(),
        d.citation(),
        p == null ? null : p.policyId(),
        p == null ? null : p.ruleId(),
        p == null ? null : p.determination().name(),
        p == null ? null : p.reason(),
        p == null ? null : PolicyEvaluator.policyVsBaseline(p, d.outcome().name()).name(),
        identity.statusOf(d.countKey()),
        identity.possibleMatches().toArray(new String[0]),
        c.issues().toArray(new String[0]),
        configHash,
        c.sourceFile(),
        c.line(),
        c.countySlug());
  }

  static Row person(String runId, SubjectHistory h, List<Determination> determinations,
      java.util.Map<org.recordrelief.eligibility.CountKey, CountFacts> byKey) {
    int felonyRelieved = 0;
    int dismissed = 0;
    for (Determination d : determinations) {
      CountFacts c = byKey.get(d.countKey());
      switch (d.outcome()) {
        case DISMISS_AND_SEAL -> {
          dismissed++;
          if ("F".equals(c.level())) {
            felonyRelieved++;
          }
        }
        case REDUCE_TO_MISDEMEANOR, REDUCE_TO_INFRACTION -> {
          if ("F".equals(c.level())) {
            felonyRelieved++;
          }
        }
        default -> { }
      }
    }
    int convictions = 0;
    int prop64 = 0;
    int felonies = 0;
    LocalDate first = null;
    LocalDate last = null;
    TreeSet<String> counties = new TreeSet<>();
    for (CountFacts c : h.counts()) {
      if (!c.conviction()) {
        continue;
      }
      convictions++;
      if (c.citation().isProp64Section()) {
        prop64++;
      }
      if ("F".equals(c.level())) {
        felonies++;
      }
      counties.add(c.countySlug());
      LocalDate d = c.convictionDate().value();
      if (d != null) {
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
    LocalDate deceasedDate = null;
    for (HistoryEvent e : h.events()) {
      if (e.type() == HistoryEvent.Type.DECEASED && e.date().isExact()) {
        LocalDate d = e.date().value();
        deceasedDate = deceasedDate == null || d.isBefore(deceasedDate) ? d : deceasedDate;
      }
    }
    DojDate dob = h.dob();
    return RowFactory.create(
        runId,
        h.personKey(),
        h.subjectIds().toArray(new String[0]),
        h.ciiNumbers().toArray(new String[0]),
        h.name(),
        h.names().toArray(new String[0]),
        sqlDate(dob.value()),
        dob.isKnown() ? org.recordrelief.doj.TextNorm.trim(dob.raw()) : null,
        dob.precision().name(),
        h.dobCandidates().size() > 1,
        h.gender(),
        h.race(),
        h.deceased(),
        sqlDate(deceasedDate),
        h.pc290Registration(),
        h.rowCount(),
        h.counts().size(),
        convictions,
        prop64,
        felonies,
        felonies - felonyRelieved,
        convictions - dismissed,
        sqlDate(first),
        sqlDate(last),
        counties.toArray(new String[0]),
        h.issues().toArray(new String[0]));
  }

  static Row conviction(String runId, SubjectHistory h, CountFacts c) {
    Row[] parts = new Row[c.sentenceParts().size()];
    for (int i = 0; i < parts.length; i++) {
      SentencePart p = c.sentenceParts().get(i);
      parts[i] = RowFactory.create(p.kind(), p.length(), p.unit(), sqlDate(p.endDate()), p.valid());
    }
    var cit = c.citation();
    String[] attached = cit.attached().stream().map(a -> a.sectionKey()).toArray(String[]::new);
    String subjectId = h.subjectIds().isEmpty() ? null : h.subjectIds().get(0);
    return RowFactory.create(
        runId,
        h.personKey(),
        subjectId,
        h.ciiNumbers().isEmpty() ? null : h.ciiNumbers().get(0),
        c.countKey(),
        c.countOrder(),
        c.cycleKey(),
        c.caseKey(),
        c.caseNumber(),
        c.county(),
        c.countyRaw(),
        c.countyFips(),
        c.court(),
        c.stepType(),
        c.disposition(),
        c.offenseSource(),
        c.codeSectionRaw(),
        cit.isParsed() ? cit.normalized() : null,
        cit.isParsed() ? cit.code() : null,
        cit.isParsed() ? cit.section() : null,
        cit.subdivisions().toArray(new String[0]),
        cit.attempt(),
        cit.conspiracy(),
        attached,
        cit.parseStatus().name(),
        cit.isProp64Section(),
        c.chargedCitation().isParsed() ? c.chargedCitation().normalized() : null,
        c.level(),
        c.levelSource(),
        sqlDate(c.offenseDate().value()),
        c.offenseDate().isKnown() ? org.recordrelief.doj.TextNorm.trim(c.offenseDate().raw()) : null,
        c.offenseDate().precision().name(),
        c.offenseDateSource(),
        c.offenseDate().isKnown() ? c.offenseDate().earliest().getYear() : null,
        sqlDate(c.convictionDate().value()),
        c.convictionDate().isKnown() ? org.recordrelief.doj.TextNorm.trim(c.convictionDate().raw()) : null,
        c.convictionDate().precision().name(),
        c.convictionDate().isKnown() ? c.convictionDate().earliest().getYear() : null,
        sqlDate(c.dispositionDate().value()),
        parts,
        sqlDate(c.sentenceEnd()),
        c.sentenceEndBasis(),
        c.ageMin(),
        c.ageMax(),
        c.ageTier(),
        c.juvenileCourt(),
        c.issues().toArray(new String[0]),
        c.sourceFile(),
        c.line(),
        c.rowCount(),
        c.countySlug());
  }

  /** Spark's external Row type for DateType (java.time is not enabled for row encoders). */
  static java.sql.Date sqlDate(LocalDate d) {
    return d == null ? null : java.sql.Date.valueOf(d);
  }
}
