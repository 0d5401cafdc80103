package org.recordrelief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordrelief.config.SettingsException;
import org.recordrelief.identity.ReviewerDecision;

/** The reviewer-decisions CSV: strict parsing, one-line errors, the latest decision stands. */
class ReviewerDecisionsFileTest {
  private static final String HEADER = "profile_id_a,profile_id_b,decision,reviewer,decided_at,reason\n";

  @Test
  void parsesPairsInOrderAndTheLatestDecisionStands() {
    List<ReviewerDecision> d = ReviewerDecisionsFile.parse("d.csv", HEADER
        + "C:A000000900,C:A000000100,must_link,rev-17,2026-11-02,same tattoo on booking photo\n"
        + "S:555,C:A000000021,CANNOT_LINK,rev-03,2026-10-01T09:00:00Z,\n"
        + "C:A000000100,C:A000000900,CANNOT_LINK,rev-17,2026-11-01T23:59:59-08:00,first look\n");
    assertEquals(2, d.size());
    ReviewerDecision first = d.get(0);
    assertEquals("C:A000000021", first.profileA()); // kept in profile-id order
    assertEquals("S:555", first.profileB());
    assertEquals(ReviewerDecision.Kind.CANNOT_LINK, first.decision());
    assertNull(first.reason());
    // 2026-11-01T23:59:59-08:00 is 2026-11-02T07:59:59Z: later than 2026-11-02 (midnight UTC)
    ReviewerDecision second = d.get(1);
    assertEquals("C:A000000100~C:A000000900", second.pair());
    assertEquals(ReviewerDecision.Kind.CANNOT_LINK, second.decision());
    assertEquals("first look", second.reason());
  }

  @Test
  void reasonColumnIsOptionalAndAByteOrderMarkIsIgnored() {
    List<ReviewerDecision> d = ReviewerDecisionsFile.parse("d.csv",
        "\uFEFFprofile_id_a,profile_id_b,decision,reviewer,decided_at\r\n"
            + "C:A1,C:A2,MUST_LINK,rev,2026-01-05\r\n");
    assertEquals(1, d.size());
  }

  @Test
  void badInputIsOneSpecificLine() {
    String[][] cases = {
        {"", "empty"},
        {"profile_id_a,profile_id_b,decision,reviewer\n", "decided_at is required"},
        {HEADER.replace("reason", "colour"), "unknown column 'colour'"},
        {HEADER + "C:A1,C:A2,MAYBE,rev,2026-01-05,\n", "d.csv:2: decision must be"},
        {HEADER + "A1,C:A2,MUST_LINK,rev,2026-01-05,\n", "d.csv:2: profile_id_a must be"},
        {HEADER + "C:A1,C:A1,MUST_LINK,rev,2026-01-05,\n", "the same profile"},
        {HEADER + "C:A1,C:A2,MUST_LINK,,2026-01-05,\n", "reviewer is required"},
        {HEADER + "C:A1,C:A2,MUST_LINK,rev,05/01/2026,\n", "decided_at must be"},
        {HEADER + "C:A1,C:A2,MUST_LINK,rev,2026-01-05\n", "well-formed fields"},
        {HEADER + "C:A1,C:A2,MUST_LINK,rev,2026-01-05,\nC:A2,C:A1,CANNOT_LINK,rev,2026-01-05,\n",
            "d.csv:3: C:A1~C:A2 is decided both MUST_LINK (line 2) and CANNOT_LINK"}};
    for (String[] c : cases) {
      SettingsException e = assertThrows(SettingsException.class,
          () -> ReviewerDecisionsFile.parse("d.csv", c[0]), c[1]);
      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
  }
}
