package org.recordrelief.history;

import static org.recordrelief.doj.DojColumns.CII_NUMBER;
import static org.recordrelief.doj.DojColumns.CNT_ORDER;
import static org.recordrelief.doj.DojColumns.COMMENT_TEXT;
import static org.recordrelief.doj.DojColumns.CONV_OFFENSE_CODE;
import static org.recordrelief.doj.DojColumns.CONV_OFFENSE_DESCR;
import static org.recordrelief.doj.DojColumns.CONV_OFFENSE_TOC;
import static org.recordrelief.doj.DojColumns.CONV_STAT_DESCR;
import static org.recordrelief.doj.DojColumns.CYC_AGE;
import static org.recordrelief.doj.DojColumns.CYC_DATE;
import static org.recordrelief.doj.DojColumns.CYC_ORDER;
import static org.recordrelief.doj.DojColumns.DISP_DATE;
import static org.recordrelief.doj.DojColumns.DISP_DESCR;
import static org.recordrelief.doj.DojColumns.DISP_OFFENSE_DESCR;
import static org.recordrelief.doj.DojColumns.GENDER;
import static org.recordrelief.doj.DojColumns.OFFENSE_DESCR;
import static org.recordrelief.doj.DojColumns.OFFENSE_TOC;
import static org.recordrelief.doj.DojColumns.OFN;
import static org.recordrelief.doj.DojColumns.PRI_DOB;
import static org.recordrelief.doj.DojColumns.PRI_NAME;
import static org.recordrelief.doj.DojColumns.RACE_DESCR;
import static org.recordrelief.doj.DojColumns.SENT_LENGTH;
import static org.recordrelief.doj.DojColumns.SENT_LOC_DESCR;
import static org.recordrelief.doj.DojColumns.SENT_ORDER;
import static org.recordrelief.doj.DojColumns.SENT_TIME_CODE;
import static org.recordrelief.doj.DojColumns.STP_EVENT_DATE;
import static org.recordrelief.doj.DojColumns.STP_ORDER;
import static org.recordrelief.doj.DojColumns.STP_ORI_CNTY_NAME;
import static org.recordrelief.doj.DojColumns.STP_ORI_DESCR;
import static org.recordrelief.doj.DojColumns.STP_ORI_TYPE_DESCR;
import static org.recordrelief.doj.DojColumns.STP_TYPE_DESCR;
import static org.recordrelief.doj.DojColumns.SUBJECT_ID;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.recordrelief.config.IngestSettings;
import org.recordrelief.config.RuleSettings;
import org.recordrelief.doj.Citation;
import org.recordrelief.doj.CitationParser;
import org.recordrelief.doj.Counties;
import org.recordrelief.doj.DatePrecision;
import org.recordrelief.doj.DojDate;
import org.recordrelief.doj.TextNorm;

/**
 * Builds a {@link SubjectHistory} from all valid rows of one subject. Order-independent: rows are
 * sorted by (file ordinal, line) first, so "first row" never depends on Spark partitioning.
 */
public final class HistoryBuilder implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String ARREST = "ARREST/DETAINED/CITED";
  static final String COURT = "COURT ACTION";
  static final String REGISTRATION = "REGISTRATION";
  static final String DECEASED = "DECEASED";
  static final String SEE_COMMENT = "SEE COMMENT FOR CHARGE";

  private final RuleSettings rules;
  private final IngestSettings ingest;

  public HistoryBuilder(RuleSettings rules, IngestSettings ingest) {
    this.rules = rules;
    this.ingest = ingest;
  }

  /** Build the history of one subject from its rows (any order). */
  public SubjectHistory build(String personKey, List<DojRow> input) {
    List<DojRow> rows = new ArrayList<>(input);
    rows.sort(Comparator.comparingInt(DojRow::ordinal).thenComparingLong(DojRow::line));
    SortedSet<String> personIssues = new TreeSet<>();

    // Person attributes.
    TreeSet<String> subjectIds = new TreeSet<>();
    TreeSet<String> ciis = new TreeSet<>();
    TreeSet<String> names = new TreeSet<>();
    for (DojRow r : rows) {
      addIfPresent(subjectIds, r.get(SUBJECT_ID));
      addIfPresent(ciis, r.get(CII_NUMBER));
      addIfPresent(names, r.get(PRI_NAME));
    }
    DojRow first = rows.get(0);
    List<DojDate> dobCandidates = new ArrayList<>();
    DojDate dob = chooseDob(rows, dobCandidates);
    if (!dob.isKnown()) {
      personIssues.add("DOB_MISSING");
    }
    if (dobCandidates.size() > 1) {
      personIssues.add("DOB_CONFLICT");
    }

    // Group rows into counts, first-seen order.
    Map<String, List<DojRow>> byCount = new LinkedHashMap<>();
    for (DojRow r : rows) {
      byCount.computeIfAbsent(scoped(r, countKey(r)), k -> new ArrayList<>()).add(r);
    }
    // Case numbers: OFNs of COURT ACTION rows per case key, first-seen order.
    Map<String, LinkedHashSet<String>> ofnsByCase = new HashMap<>();
    for (DojRow r : rows) {
      String caseKey = caseKey(r);
      if (caseKey != null && COURT.equals(TextNorm.comparable(r.get(STP_TYPE_DESCR)))
          && !TextNorm.isBlank(r.get(OFN))) {
        ofnsByCase.computeIfAbsent(scoped(r, caseKey), k -> new LinkedHashSet<>())
            .add(TextNorm.trim(r.get(OFN)));
      }
    }

    // Arrest-step dates per cycle, for the offense-date fallback (computed once per person).
    Map<String, List<DojDate>> arrestsByCycle = new HashMap<>();
    for (DojRow r : rows) {
      String order = TextNorm.trim(r.get(CNT_ORDER));
      if (isValidCountOrder(order) && ARREST.equals(TextNorm.comparable(r.get(STP_TYPE_DESCR)))) {
        DojDate d = date(r.get(STP_EVENT_DATE));
        if (d.isKnown()) {
          arrestsByCycle.computeIfAbsent(scoped(r, order.substring(0, 3)),
              k -> new ArrayList<>()).add(d);
        }
      }
    }
    // Later record updates per cycle: (step number, normalised disposition + comment text).
    Map<String, List<String[]>> updatesByCycle = new HashMap<>();
    for (DojRow r : rows) {
      String order = TextNorm.trim(r.get(CNT_ORDER));
      String text = (TextNorm.comparable(r.get(DISP_DESCR)) + " "
          + TextNorm.comparable(r.get(COMMENT_TEXT))).trim();
      if (isValidCountOrder(order) && !text.isEmpty()) {
        updatesByCycle.computeIfAbsent(scoped(r, order.substring(0, 3)), k -> new ArrayList<>())
            .add(new String[] {order.substring(3, 6), text});
      }
    }
    List<CountFacts> counts = new ArrayList<>(byCount.size());
    List<HistoryEvent> events = new ArrayList<>();
    Set<String> eventSteps = new HashSet<>();
    for (Map.Entry<String, List<DojRow>> e : byCount.entrySet()) {
      List<DojRow> countRows = e.getValue();
      DojRow r0 = countRows.get(0);
      String countKey = countKey(r0);
      String stepType = TextNorm.comparable(r0.get(STP_TYPE_DESCR));
      if (REGISTRATION.equals(stepType) || DECEASED.equals(stepType)) {
        String stepKey = scoped(r0, stepKey(r0, countKey));
        if (eventSteps.add(stepType + "|" + stepKey)) {
          events.add(event(stepType, r0, countKey));
        }
      }
      counts.add(count(countKey, countRows, arrestsByCycle, updatesByCycle, dob, dobCandidates,
          ofnsByCase));
    }

    // Events after death: a possible false merge or a data error.
    Optional<DojDate> death = events.stream()
        .filter(ev -> ev.type() == HistoryEvent.Type.DECEASED && ev.date().isKnown())
        .map(HistoryEvent::date)
        .min(Comparator.comparing(DojDate::earliest));
    if (death.isPresent()) {
      for (DojRow r : rows) {
        DojDate d = DojDate.parse(r.get(STP_EVENT_DATE), ingest.datePlaceholders());
        if (!DECEASED.equals(TextNorm.comparable(r.get(STP_TYPE_DESCR)))
            && d.isAfter(death.get()).isTrue()) {
          personIssues.add("EVENTS_AFTER_DEATH");
          break;
        }
      }
    }
    if (dob.isKnown()) {
      for (CountFacts c : counts) {
        if (c.issues().contains("DOB_AFTER_EVENT")) {
          personIssues.add("DOB_AFTER_EVENT");
          break;
        }
      }
    }
    return new SubjectHistory(
        personKey,
        List.copyOf(subjectIds),
        List.copyOf(ciis),
        nullIfBlank(first.get(PRI_NAME)),
        List.copyOf(names),
        dob,
        List.copyOf(dobCandidates),
        nullIfBlank(first.get(GENDER)),
        nullIfBlank(first.get(RACE_DESCR)),
        rows.size(),
        counts,
        events,
        personIssues);
  }

  private CountFacts count(
      String countKey,
      List<DojRow> countRows,
      Map<String, List<DojDate>> arrestsByCycle,
      Map<String, List<String[]>> updatesByCycle,
      DojDate dob,
      List<DojDate> dobCandidates,
      Map<String, LinkedHashSet<String>> ofnsByCase) {
    DojRow r0 = countRows.get(0);
    SortedSet<String> issues = new TreeSet<>();
    String countOrder = TextNorm.trim(r0.get(CNT_ORDER));
    boolean validOrder = isValidCountOrder(countOrder);
    if (!validOrder) {
      issues.add("CNT_ORDER_INVALID");
    } else {
      orderKeyCheck(r0, countOrder, issues);
    }
    String cycleKey = validOrder ? countOrder.substring(0, 3) : null;
    String caseKey = validOrder ? countOrder.substring(0, 6) : null;

    String disposition = TextNorm.comparable(r0.get(DISP_DESCR));
    boolean conviction = disposition.startsWith("CONVICTED");
    String stepType = TextNorm.comparable(r0.get(STP_TYPE_DESCR));
    if (conviction && !COURT.equals(stepType)) {
      issues.add("STEP_TYPE_ANOMALY");
    }
    conflictCheck(countRows, issues);

    // Offense text (§7.1).
    String conv = TextNorm.comparable(r0.get(CONV_OFFENSE_DESCR));
    String charged = TextNorm.comparable(r0.get(OFFENSE_DESCR));
    boolean chargedBlank = charged.isEmpty() || SEE_COMMENT.equals(charged);
    Citation chargedCitation = chargedBlank
        ? CitationParser.parseComment(r0.get(COMMENT_TEXT))
        : CitationParser.parse(r0.get(OFFENSE_DESCR));
    String offenseSource;
    String codeSectionRaw;
    Citation citation;
    if (!conv.isEmpty() && !SEE_COMMENT.equals(conv)) {
      offenseSource = "CONVICTED";
      codeSectionRaw = r0.get(CONV_OFFENSE_DESCR);
      citation = CitationParser.parse(codeSectionRaw);
      if (!citation.sectionKey().equals(chargedCitation.sectionKey())
          || citation.attempt() != chargedCitation.attempt()) {
        issues.add("CONVICTED_OFFENSE_DIFFERS");
      }
    } else {
      if (!TextNorm.isBlank(r0.get(CONV_OFFENSE_CODE))) {
        issues.add("CONV_OFFENSE_CODE_ONLY");
      }
      offenseSource = chargedBlank ? "COMMENT" : "CHARGED";
      codeSectionRaw = chargedBlank ? r0.get(COMMENT_TEXT) : r0.get(OFFENSE_DESCR);
      citation = chargedCitation;
    }
    if (!citation.isParsed()) {
      issues.add("OFFENSE_UNPARSED");
    }
    if (citation.codeLabelMismatch()) {
      issues.add("CODE_LABEL_MISMATCH");
    }
    String dispOffense = TextNorm.comparable(r0.get(DISP_OFFENSE_DESCR));
    if (conviction && !dispOffense.isEmpty()
        && !dispOffense.equals(TextNorm.comparable(codeSectionRaw))) {
      issues.add("DISP_OFFENSE_DIFFERS");
    }
    if (!"COMMENT".equals(offenseSource)) {
      Citation comment = CitationParser.parseComment(r0.get(COMMENT_TEXT));
      if (comment.isProp64Section()
          && (!citation.isParsed() || !comment.section().equals(citation.section()))) {
        issues.add("POSSIBLE_OTHER_P64_CHARGE");
      }
    }

    // Level (§6.2).
    String level;
    String levelSource;
    String stat = TextNorm.comparable(r0.get(CONV_STAT_DESCR));
    if (!stat.isEmpty()) {
      level = switch (stat) {
        case "FELONY" -> "F";
        case "MISDEMEANOR" -> "M";
        case "INFRACTION" -> "I";
        default -> "UNKNOWN";
      };
      levelSource = "CONV_STAT_DESCR";
    } else {
      String toc = "CONVICTED".equals(offenseSource)
          ? TextNorm.comparable(r0.get(CONV_OFFENSE_TOC)) : "";
      levelSource = "CONV_OFFENSE_TOC";
      if (!isLevelCode(toc)) {
        toc = TextNorm.comparable(r0.get(OFFENSE_TOC));
        levelSource = "OFFENSE_TOC";
      }
      if (isLevelCode(toc)) {
        level = toc;
      } else {
        level = "UNKNOWN";
        levelSource = "NONE";
      }
    }
    if (conviction && "UNKNOWN".equals(level)) {
      issues.add("LEVEL_UNKNOWN");
    }

    // Dates (§6.3, §6.4).
    DojDate stepDate = date(r0.get(STP_EVENT_DATE));
    DojDate dispDate = date(r0.get(DISP_DATE));
    DojDate convictionDate = stepDate;
    if (rules.convictionDateSource()
            == RuleSettings.ConvictionDateSource.DISP_DATE_THEN_STEP_EVENT_DATE
        && dispDate.isKnown()) {
      convictionDate = dispDate;
    }
    if (stepDate.isExact() && dispDate.isExact() && !stepDate.value().equals(dispDate.value())) {
      issues.add("DISP_DATE_DIFFERS");
    }
    DojDate offenseDate;
    String offenseDateSource;
    DojDate cycDate = date(r0.get(CYC_DATE));
    DojDate arrest = cycleKey == null ? DojDate.unknown()
        : latestArrestOnOrBefore(
            arrestsByCycle.getOrDefault(scoped(r0, cycleKey), List.of()), convictionDate);
    if (rules.offenseDateSource() == RuleSettings.OffenseDateSource.CYCLE_THEN_ARREST_STEP_THEN_CONVICTION
        && cycDate.isKnown()) {
      offenseDate = cycDate;
      offenseDateSource = "CYCLE";
    } else if (rules.offenseDateSource()
            == RuleSettings.OffenseDateSource.CYCLE_THEN_ARREST_STEP_THEN_CONVICTION
        && arrest.isKnown()) {
      offenseDate = arrest;
      offenseDateSource = "ARREST_STEP";
    } else {
      offenseDate = convictionDate;
      offenseDateSource = "CONVICTION";
      issues.add("OFFENSE_DATE_FROM_CONVICTION");
    }
    if (offenseDate.precision() != DatePrecision.DAY && offenseDate.isKnown()
        || convictionDate.precision() != DatePrecision.DAY && convictionDate.isKnown()) {
      issues.add("DATE_PARTIAL");
    }
    if (!convictionDate.isKnown() && conviction) {
      issues.add("CONVICTION_DATE_UNKNOWN");
    }

    // County (§8).
    String countyRaw = r0.get(STP_ORI_CNTY_NAME);
    Optional<Counties.County> county = Counties.lookup(countyRaw, ingest.countyAliases());
    if (county.isEmpty() && conviction) {
      issues.add("COUNTY_UNKNOWN");
    }

    // Sentence (§6.5).
    List<SentencePart> parts = new ArrayList<>();
    Set<String> seenDuplicateKeys = new HashSet<>();
    boolean possibleDuplicate = false;
    for (DojRow r : countRows) {
      if (isBlankSentence(r)) {
        continue;
      }
      String sentOrder = TextNorm.trim(r.get(SENT_ORDER));
      String dupKey = r.sha256();
      if (!seenDuplicateKeys.add(dupKey)) {
        if (!sentOrder.isEmpty()) {
          issues.add("DUPLICATE_ROW");
          continue;
        }
        possibleDuplicate = true;
      }
      parts.add(part(r, convictionDate));
    }
    if (possibleDuplicate) {
      issues.add("POSSIBLE_DUPLICATE_SENTENCE_PART");
    }
    LocalDate sentenceEnd = null;
    DojDate sentenceEndRange = DojDate.unknown();
    String basis;
    if (parts.isEmpty()) {
      basis = "ABSENT";
      if (conviction) {
        issues.add("SENTENCE_ABSENT");
      }
    } else if (parts.stream().anyMatch(p -> !p.valid())) {
      basis = "INVALID";
      issues.add("SENTENCE_INVALID");
    } else if (!convictionDate.isExact()) {
      basis = "DATE_UNKNOWN";
      if (convictionDate.isKnown()) {
        // A partial conviction date: no exact end, but every possible end lies between the ends
        // from its first and its last day (interval logic, doj-input-format.md §5, §6.5).
        sentenceEndRange = new DojDate(null, convictionDate.precision(),
            combine(parts, convictionDate.earliest()), combine(parts, convictionDate.latest()),
            DojDate.DATE_PARTIAL);
      }
    } else {
      basis = "PARTS";
      sentenceEnd = combine(parts, convictionDate.value());
      sentenceEndRange = DojDate.of(sentenceEnd);
    }
    if (parts.size() > 1) {
      issues.add("SENTENCE_COMBINATION_ASSUMED");
    }

    // Age at offense (§6.4).
    Integer ageMin = null;
    Integer ageMax = null;
    String tier = "UNKNOWN";
    int[] range = DojDate.ageRange(dob, offenseDate);
    if (range != null) {
      ageMin = range[0];
      ageMax = range[1];
      tier = tierOf(range);
      for (DojDate candidate : dobCandidates) {
        int[] r = DojDate.ageRange(candidate, offenseDate);
        if (r != null && !tierOf(r).equals(tier)) {
          tier = "UNKNOWN";
          issues.add("DOB_CONFLICT");
        }
      }
      if (dob.isAfter(offenseDate).isTrue() || dob.isAfter(convictionDate).isTrue()) {
        issues.add("DOB_AFTER_EVENT");
        tier = "UNKNOWN";
      }
    }
    Integer cycAge = parseInt(r0.get(CYC_AGE));
    if (range == null && rules.useCycAgeFallback() && cycAge != null) {
      ageMin = cycAge;
      ageMax = cycAge;
      tier = tierOf(new int[] {cycAge, cycAge});
      issues.add("AGE_FROM_CYC_AGE");
    } else if (range != null && cycAge != null
        && (cycAge < range[0] - 1 || cycAge > range[1] + 1)) {
      issues.add("CYC_AGE_MISMATCH");
      if (rules.cycAgeTierCheck() && !tierOf(new int[] {cycAge, cycAge}).equals(tier)) {
        tier = "UNKNOWN"; // the DOB and the DOJ's recorded age disagree on the tier
        issues.add(CYC_AGE_TIER_CONFLICT);
      }
    }

    boolean juvenile = hasToken(r0.get(STP_ORI_TYPE_DESCR)) || hasToken(r0.get(STP_ORI_DESCR));
    boolean relieved = false;
    boolean set1203 = false;
    String currentLevel = level;
    if (conviction && validOrder) {
      String step = countOrder.substring(3, 6);
      for (String[] u : updatesByCycle.getOrDefault(scoped(r0, cycleKey), List.of())) {
        if (u[0].compareTo(step) <= 0) {
          continue; // only later steps update a conviction
        }
        relieved |= containsAny(u[1], rules.alreadyRelievedPatterns());
        set1203 |= containsAny(u[1], rules.pc1203Patterns());
        if (containsAny(u[1], rules.levelChangePatterns()) && "F".equals(level)) {
          currentLevel = "M";
        }
      }
    }
    String caseNumber;
    if (caseKey != null && ofnsByCase.containsKey(scoped(r0, caseKey))) {
      caseNumber = String.join("; ", ofnsByCase.get(scoped(r0, caseKey)));
    } else {
      caseNumber = TextNorm.isBlank(r0.get(OFN)) ? null : TextNorm.trim(r0.get(OFN));
    }
    for (DojRow r : countRows) {
      for (String issue : r.issues()) {
        if (issue.startsWith("DATE_INVALID") || issue.startsWith("DATE_PLACEHOLDER")
            || issue.startsWith("NON_UTF8") || issue.startsWith("CONTROL_CHARACTERS")
            || issue.startsWith("BLANK_SUBJECT_ID")) {
          issues.add(issue);
        }
      }
    }
    return new CountFacts(
        subjectKeyOf(r0),
        countKey,
        countOrder.isEmpty() ? null : countOrder,
        cycleKey,
        caseKey,
        caseNumber,
        conviction,
        stepType.isEmpty() ? null : stepType,
        disposition.isEmpty() ? null : disposition,
        offenseSource,
        codeSectionRaw,
        citation,
        chargedCitation,
        level,
        currentLevel,
        levelSource,
        offenseDate,
        offenseDateSource,
        convictionDate,
        dispDate,
        county.map(Counties.County::dojName).orElse("UNKNOWN"),
        countyRaw,
        county.map(Counties.County::slug).orElse(Counties.UNKNOWN_SLUG),
        county.map(Counties.County::fips).orElse(null),
        nullIfBlank(r0.get(STP_ORI_DESCR)),
        List.copyOf(parts),
        sentenceEnd,
        basis,
        sentenceEndRange,
        ageMin,
        ageMax,
        tier,
        juvenile,
        relieved,
        set1203,
        issues,
        r0.sourceFile(),
        r0.line(),
        countRows.size());
  }

  /**
   * Count issue: CYC_AGE puts the offense in another age tier than the DOB (rules.cycAgeTierCheck);
   * the evaluator then treats the tier as unknown.
   */
  public static final String CYC_AGE_TIER_CONFLICT = "CYC_AGE_TIER_CONFLICT";

  private DojDate date(String raw) {
    return DojDate.parse(raw, ingest.datePlaceholders());
  }

  /** Most frequent exact DOB (ties: first occurrence); else the most frequent partial one. */
  private DojDate chooseDob(List<DojRow> rows, List<DojDate> exactCandidates) {
    Map<String, Integer> exactCounts = new LinkedHashMap<>();
    Map<String, Integer> partialCounts = new LinkedHashMap<>();
    Map<String, DojDate> parsed = new HashMap<>();
    for (DojRow r : rows) {
      DojDate d = date(r.get(PRI_DOB));
      if (!d.isKnown()) {
        continue;
      }
      String key = d.isExact() ? d.value().toString() : d.earliest() + "/" + d.latest();
      parsed.putIfAbsent(key, d);
      (d.isExact() ? exactCounts : partialCounts).merge(key, 1, Integer::sum);
    }
    for (String k : exactCounts.keySet()) {
      exactCandidates.add(parsed.get(k));
    }
    Map<String, Integer> pool = exactCounts.isEmpty() ? partialCounts : exactCounts;
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : pool.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best == null ? DojDate.unknown() : parsed.get(best);
  }

  /** Latest arrest-step date of the cycle that is on or before the conviction date. */
  private static DojDate latestArrestOnOrBefore(List<DojDate> arrests, DojDate conviction) {
    DojDate best = DojDate.unknown();
    for (DojDate d : arrests) {
      if (conviction.isKnown() && !d.isAfter(conviction).isFalse()) {
        continue;
      }
      if (!best.isKnown() || d.earliest().isAfter(best.earliest())) {
        best = d;
      }
    }
    return best;
  }

  private SentencePart part(DojRow r, DojDate convictionDate) {
    String kind = nullIfBlank(r.get(SENT_LOC_DESCR));
    Integer length = parseInt(r.get(SENT_LENGTH));
    String unit = TextNorm.comparable(r.get(SENT_TIME_CODE));
    if ("FINE".equals(TextNorm.comparable(kind)) && length == null && unit.isEmpty()) {
      // A fine has no duration: it ends the day it is imposed and never extends "serving".
      return new SentencePart(kind, 0, "D", convictionDate.value(), true);
    }
    boolean unitOk = unit.equals("D") || unit.equals("M") || unit.equals("Y");
    boolean valid = length != null && length >= 0 && unitOk;
    LocalDate end = null;
    if (valid && convictionDate.isExact()) {
      end = plus(convictionDate.value(), length, unit);
    }
    return new SentencePart(kind, length, unit.isEmpty() ? null : unit, end, valid);
  }

  private LocalDate combine(List<SentencePart> parts, LocalDate start) {
    if (rules.sentencePartCombination() == RuleSettings.SentenceCombination.SUM) {
      LocalDate d = start;
      for (SentencePart p : parts) {
        d = plus(d, p.length(), p.unit());
      }
      return d;
    }
    LocalDate max = start;
    for (SentencePart p : parts) {
      LocalDate end = plus(start, p.length(), p.unit());
      if (end.isAfter(max)) {
        max = end;
      }
    }
    return max;
  }

  static LocalDate plus(LocalDate d, int length, String unit) {
    return switch (unit) {
      case "D" -> d.plusDays(length);
      case "M" -> d.plusMonths(length);
      case "Y" -> d.plusYears(length);
      default -> throw new IllegalArgumentException("unit " + unit);
    };
  }

  private static boolean isBlankSentence(DojRow r) {
    return TextNorm.isBlank(r.get(SENT_LOC_DESCR)) && TextNorm.isBlank(r.get(SENT_LENGTH))
        && TextNorm.isBlank(r.get(SENT_TIME_CODE));
  }

  private HistoryEvent event(String stepType, DojRow r, String countKey) {
    DojDate d = date(r.get(STP_EVENT_DATE));
    if (REGISTRATION.equals(stepType)) {
      String text = TextNorm.comparable(r.get(OFFENSE_DESCR));
      Citation c = text.isEmpty() || SEE_COMMENT.equals(text)
          ? CitationParser.parseComment(r.get(COMMENT_TEXT))
          : CitationParser.parse(r.get(OFFENSE_DESCR));
      return new HistoryEvent(HistoryEvent.Type.REGISTRATION, d, c, countKey);
    }
    return new HistoryEvent(HistoryEvent.Type.DECEASED, d, Citation.unparsed(""), countKey);
  }

  private boolean hasToken(String raw) {
    String t = TextNorm.comparable(raw);
    if (t.isEmpty()) {
      return false;
    }
    for (String token : t.split("[^A-Z0-9]+")) {
      if (rules.juvenileCourtTokens().contains(token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String text, List<String> patterns) {
    for (String p : patterns) {
      if (text.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static String subjectKeyOf(DojRow r) {
    String s = TextNorm.valueOrNull(r.get(SUBJECT_ID));
    if (s != null) {
      return s;
    }
    String cii = TextNorm.valueOrNull(r.get(CII_NUMBER));
    return cii == null ? "" : "CII:" + cii;
  }

  private static String tierOf(int[] range) {
    if (range[1] < 18) {
      return "UNDER_18";
    }
    if (range[0] >= 18 && range[1] <= 20) {
      return "18_20";
    }
    if (range[0] >= 21) {
      return "21_PLUS";
    }
    return "UNKNOWN";
  }

  private static void orderKeyCheck(DojRow r, String countOrder, Set<String> issues) {
    String cyc = TextNorm.trim(r.get(CYC_ORDER));
    String stp = TextNorm.trim(r.get(STP_ORDER));
    if (!cyc.isEmpty() && isDigits(cyc) && !sameNumber(cyc, countOrder.substring(0, 3))) {
      issues.add("ORDER_KEY_MISMATCH");
    } else if (!stp.isEmpty() && isDigits(stp)
        && !sameNumber(stp, countOrder.substring(3, 6))) {
      issues.add("ORDER_KEY_MISMATCH");
    }
  }

  private static void conflictCheck(List<DojRow> rows, Set<String> issues) {
    if (rows.size() < 2) {
      return;
    }
    int[] cols = {OFFENSE_DESCR, DISP_DESCR, CONV_STAT_DESCR, STP_EVENT_DATE, STP_ORI_CNTY_NAME};
    DojRow r0 = rows.get(0);
    for (DojRow r : rows) {
      for (int c : cols) {
        if (!TextNorm.comparable(r.get(c)).equals(TextNorm.comparable(r0.get(c)))) {
          issues.add("CNT_ORDER_CONFLICT");
          return;
        }
      }
    }
  }

  /** CNT_ORDER is valid when it is exactly 12 digits. */
  public static boolean isValidCountOrder(String s) {
    return s != null && s.length() == 12 && isDigits(s);
  }

  private static boolean sameNumber(String a, String b) {
    return a.replaceFirst("^0+(?=.)", "").equals(b.replaceFirst("^0+(?=.)", ""));
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A count, case, cycle or step key made unique within a person: CNT_ORDER numbering restarts
   * for every SUBJECT_ID, and a resolved person may hold several.
   */
  private static String scoped(DojRow r, String key) {
    return subjectKeyOf(r) + '\u0000' + key;
  }

  static String countKey(DojRow r) {
    String order = TextNorm.trim(r.get(CNT_ORDER));
    return isValidCountOrder(order) ? order : "SYN:" + r.ordinal() + ":" + r.line();
  }

  private static String caseKey(DojRow r) {
    String order = TextNorm.trim(r.get(CNT_ORDER));
    return isValidCountOrder(order) ? order.substring(0, 6) : null;
  }

  private static String stepKey(DojRow r, String countKey) {
    String order = TextNorm.trim(r.get(CNT_ORDER));
    return isValidCountOrder(order) ? order.substring(0, 6) : countKey;
  }

  private static Integer parseInt(String raw) {
    String t = TextNorm.trim(raw);
    if (t.isEmpty() || t.length() > 9) {
      return null;
    }
    int start = t.charAt(0) == '-' ? 1 : 0;
    if (start == t.length()) {
      return null;
    }
    for (int i = start; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return null;
      }
    }
    return Integer.parseInt(t);
  }

  private static boolean isLevelCode(String s) {
    return s.equals("F") || s.equals("M") || s.equals("I");
  }

  private static void addIfPresent(Set<String> set, String raw) {
    if (!TextNorm.isBlank(raw)) {
      set.add(TextNorm.comparable(raw));
    }
  }

  private static String nullIfBlank(String raw) {
    return TextNorm.isBlank(raw) ? null : TextNorm.trim(raw);
  }
}
