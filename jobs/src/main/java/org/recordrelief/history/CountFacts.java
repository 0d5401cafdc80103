package org.recordrelief.history;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.recordrelief.doj.Citation;
import org.recordrelief.doj.DojDate;

/**
 * One count (one charge within a step) of a subject, rows with the same CNT_ORDER merged; the
 * derived facts of {@code doj-input-format.md} §6–§8. Count-level attributes come from the first
 * row in file order; every row contributes a sentence part.
 *
 * @param subjectKey the subject key of the count's first row (SUBJECT_ID or CII:cii)
 * @param countKey CNT_ORDER, or {@code SYN:<ordinal>:<line>} when CNT_ORDER is invalid
 * @param countOrder CNT_ORDER as given, trimmed
 * @param cycleKey CNT_ORDER[0:3] or null
 * @param caseKey CNT_ORDER[0:6] or null
 * @param caseNumber OFNs of the case's court rows, joined with "; ", or null
 * @param conviction DISP_DESCR starts with CONVICTED
 * @param stepType STP_TYPE_DESCR, normalised
 * @param disposition DISP_DESCR, normalised
 * @param offenseSource CONVICTED, CHARGED or COMMENT
 * @param codeSectionRaw the selected offense text, unchanged
 * @param citation the parsed convicted offense
 * @param chargedCitation the parsed charged offense (OFFENSE_DESCR, else COMMENT_TEXT)
 * @param level F, M, I or UNKNOWN (at conviction)
 * @param currentLevel the level after a later reduction found in the record (17(b), Prop 47), or
 *     the conviction level
 * @param levelSource CONV_STAT_DESCR, CONV_OFFENSE_TOC, OFFENSE_TOC or NONE
 * @param offenseDate offense date proxy
 * @param offenseDateSource CYCLE, ARREST_STEP or CONVICTION
 * @param convictionDate conviction date
 * @param dispositionDate DISP_DATE
 * @param county display name (DOJ spelling) or UNKNOWN
 * @param countyRaw STP_ORI_CNTY_NAME as given
 * @param countySlug partition slug
 * @param countyFips FIPS code or null
 * @param court STP_ORI_DESCR, trimmed
 * @param sentenceParts every sentence part, file order
 * @param sentenceEnd combined sentence end, or null when unknown
 * @param sentenceEndBasis PARTS, ABSENT, INVALID or DATE_UNKNOWN
 * @param sentenceEndRange the combined sentence end as an interval: {@code sentenceEnd} for
 *     PARTS; for DATE_UNKNOWN with a partial conviction date, the ends from its first to its last
 *     day; unknown otherwise
 * @param ageMin smallest possible age at the offense, or null
 * @param ageMax largest possible age at the offense, or null
 * @param ageTier UNDER_18, 18_20, 21_PLUS or UNKNOWN
 * @param juvenileCourt the step's agency looks like a juvenile court
 * @param alreadyRelieved a later step of the cycle shows 11361.8 relief, vacatur or reversal
 * @param pc1203Dismissed a later step of the cycle shows a PC 1203.4 set-aside
 * @param issues issue codes, sorted
 * @param sourceFile file of the first row
 * @param line line of the first row
 * @param rowCount rows merged
 */
public record CountFacts(
    String subjectKey,
    String countKey,
    String countOrder,
    String cycleKey,
    String caseKey,
    String caseNumber,
    boolean conviction,
    String stepType,
    String disposition,
    String offenseSource,
    String codeSectionRaw,
    Citation citation,
    Citation chargedCitation,
    String level,
    String currentLevel,
    String levelSource,
    DojDate offenseDate,
    String offenseDateSource,
    DojDate convictionDate,
    DojDate dispositionDate,
    String county,
    String countyRaw,
    String countySlug,
    String countyFips,
    String court,
    List<SentencePart> sentenceParts,
    LocalDate sentenceEnd,
    String sentenceEndBasis,
    DojDate sentenceEndRange,
    Integer ageMin,
    Integer ageMax,
    String ageTier,
    boolean juvenileCourt,
    boolean alreadyRelieved,
    boolean pc1203Dismissed,
    SortedSet<String> issues,
    String sourceFile,
    long line,
    int rowCount) {}
