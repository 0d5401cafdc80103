package org.recordrelief.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordrelief.config.IngestSettings;
import org.recordrelief.config.RuleSettings;
import org.recordrelief.eligibility.ConvictionFacts;
import org.recordrelief.eligibility.Determination;
import org.recordrelief.eligibility.PersonHistory;
import org.recordrelief.eligibility.SentenceInfo;
import org.recordrelief.eligibility.StatutoryEvaluator;
import org.recordrelief.eligibility.StatutorySettings;
import org.recordrelief.eligibility.Track;
import org.recordrelief.history.DojRow;
import org.recordrelief.history.HistoryBuilder;
import org.recordrelief.testing.DojLine;

class EligibilityFactsTest {
  private final HistoryBuilder builder =
      new HistoryBuilder(RuleSettings.defaults(), IngestSettings.defaults());

  private PersonHistory history(DojLine... lines) {
    List<DojRow> rows = new java.util.ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      rows.add(new DojRow("f.csv", 0, i + 1, "sha" + i, lines[i].fields(), List.of()));
    }
    return EligibilityFacts.of(builder.build("S1", rows));
  }

  @Test
  void aPartialConvictionDateStillDecidesTheSentenceStatusWhereEveryDayAgrees() {
    // 11359 convicted some day in 2005 with 3 years' probation: completed by 2008-12-31 whatever
    // the day, so the count is on the redesignation track, not UNDETERMINED.
    PersonHistory h = history(DojLine.conviction("S1", "101002001000", "11359 HS-POSSESS FOR SALE")
        .set("CYC_DATE", "20050000").set("STP_EVENT_DATE", "20050000")
        .set("SENT_LOC_DESCR", "PROBATION").set("SENT_LENGTH", "3").set("SENT_TIME_CODE", "Y"));
    ConvictionFacts c = h.convictions().get(0);
    assertEquals(SentenceInfo.Basis.PARTS, c.sentence().basis());
    assertEquals(LocalDate.of(2008, 1, 1), c.sentence().end().earliest());
    assertEquals(LocalDate.of(2008, 12, 31), c.sentence().end().latest());

    StatutorySettings s = StatutorySettings.defaults();
    Determination later =
        StatutoryEvaluator.evaluateAll(h, Map.of(), LocalDate.of(2026, 6, 30), s).get(0);
    assertEquals(Track.REDESIGNATE_11361_8_E_H, later.track());
    Determination during =
        StatutoryEvaluator.evaluateAll(h, Map.of(), LocalDate.of(2007, 12, 31), s).get(0);
    assertEquals(Track.RESENTENCE_11361_8_A_D, during.track(), "surely still on probation");
    Determination straddling =
        StatutoryEvaluator.evaluateAll(h, Map.of(), LocalDate.of(2008, 6, 30), s).get(0);
    assertEquals(Track.UNDETERMINED, straddling.track(), "ends before or after: unknown");
  }
}
