package org.recordrelief.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recordrelief.config.IdentitySettings;
import org.recordrelief.testing.SharedSpark;

/** Comparison levels, weights, TF adjustment, vetoes and cluster checks, without Spark. */
class ScoringTest {
  private static final IdentitySettings S = SharedSpark.testSettings().identity();
  private static final MatchModel PRIORS = MatchModel.train(Map.of(), Map.of(), S);

  static ProfileValues p(String id, String cii, String name, double tf, String dob) {
    return new ProfileValues(id, cii,
        name == null ? List.of()
            : List.of(new ProfileValues.NameValue(PersonName.parse(name), tf)),
        dob == null ? List.of() : List.of(dob), Map.of("M", 3L), List.of(), List.of(), List.of(),
        List.of(), null, null);
  }

  private static String nameLevel(String a, String b) {
    return Comparison.NAME.levels().get(
        Comparison.nameLevel(PersonName.parse(a), PersonName.parse(b)));
  }

  @Test
  void nameLevelsInOrder() {
    assertEquals("EXACT", nameLevel("SMITH,JOHN A", "SMITH,JOHN"));
    assertEquals("NICKNAME", nameLevel("SMITH,ROBERT", "SMITH,BOB"));
    assertEquals("SWAP", nameLevel("NGUYEN,TRAN", "TRAN,NGUYEN"));
    assertEquals("SURNAME_JW", nameLevel("SMITH,JONATHAN", "SMITH,JONATHON"));
    assertEquals("SURNAME_JW", nameLevel("MARTINEZ,OJSE", "MARTINEZ,JOSE")); // keying error
    assertEquals("TOKEN_JW", nameLevel("GARCIA LOPEZ,MARIA", "GARCIA,MARIA"));
    assertEquals("PHONETIC", nameLevel("SMYTHE,KATHERINE", "SMITH,CATHERINE"));
    assertEquals("INITIAL", nameLevel("WHITFIELD,JOHN", "WHITFIELD,JAMES"));
    assertEquals("ELSE", nameLevel("WHITFIELD,JOHN", "BARNES,ERIC"));
  }

  @Test
  void dobLevelsInOrder() {
    assertEquals("EXACT", level("19800215", "19800215"));
    assertEquals("ONE_EDIT", level("19800215", "19800216"));
    assertEquals("SWAP", level("19800312", "19801203"));
    assertEquals("YEAR_MONTH", level("19800301", "19800328"));
    assertEquals("YEAR_1", level("19800301", "19811225"));
    assertEquals("ELSE", level("19620301", "19800301"));
    assertEquals("NULL", Comparison.dobs(List.of(), List.of("19800301")).level());
  }

  private static String level(String a, String b) {
    return Comparison.DOB.levels().get(Comparison.dobLevel(a, b));
  }

  /** The MIDDLE hit of two one-name profiles, as compareAll makes it. */
  private static Comparison.Hit middle(String a, String b) {
    return Comparison.compareAll(p("S:1", null, a, 0, "19800215"),
        p("S:2", null, b, 0, "19800215"), true).get(1);
  }

  @Test
  void middleNamesOfTheChosenNamesInOrder() {
    assertEquals(Comparison.MIDDLE, middle("SMITH,JOHN ALLEN", "SMITH,JOHN ALLEN").comparison());
    assertEquals("EXACT", middle("SMITH,JOHN ALLEN", "SMITH, JOHN ALLEN RAY").level());
    assertEquals("INITIAL", middle("SMITH,JOHN ALLEN", "SMITH,JOHN A").level());
    assertEquals("INITIAL", middle("SMITH,JOHN A", "SMITH,JOHN A").level());
    assertEquals("INITIAL", middle("SMITH,JOHN ALLEN", "SMITH,JOHN AL").level());
    assertEquals("DISAGREE", middle("SMITH,JOHN ALLEN", "SMITH,JOHN RAY").level());
    assertEquals("DISAGREE", middle("SMITH,JOHN ALLEN", "SMITH,JOHN ANDREW").level());
    assertEquals("NULL", middle("SMITH,JOHN ALLEN", "SMITH,JOHN").level());
    assertEquals("NULL", middle("SMITH,JOHN ALLEN", "SMITH,JOHN JR").level()); // a suffix
    // Names that do not agree on the first name say nothing about middle names.
    assertEquals("NOT_COMPARED", middle("SMITH,JOHN ALLEN", "SMITH,JAMES RAY").level());
    assertEquals("NOT_COMPARED", middle("SMITH,JOHN ALLEN", "BARNES,ERIC RAY").level());
    assertEquals(0, PRIORS.param(Comparison.MIDDLE, "NOT_COMPARED").weight());
    Comparison.Hit h = middle("SMITH,JOHN ALLEN", "SMITH,JOHN RAY");
    assertEquals(List.of("ALLEN", "RAY"), List.of(h.valueA(), h.valueB()));
  }

  @Test
  void aSharedMiddleNameIsEvidenceForAndAConflictingOneAgainst() {
    double exact = PRIORS.param(Comparison.MIDDLE, "EXACT").weight();
    double initial = PRIORS.param(Comparison.MIDDLE, "INITIAL").weight();
    double disagree = PRIORS.param(Comparison.MIDDLE, "DISAGREE").weight();
    double none = PRIORS.param(Comparison.MIDDLE, "NULL").weight();
    assertTrue(exact > 4 && exact > initial && initial > none && none > disagree, exact + "");
    assertTrue(disagree < -4, "a conflicting middle name is strong evidence against: " + disagree);
    assertTrue(Math.abs(none) < 1, "a missing middle name is nearly neutral: " + none);
    // Never seen within a CII, a conflict still keeps its floor on m: strong, not a veto.
    MatchModel trained = MatchModel.train(
        Map.of(Comparison.MIDDLE, Map.of("EXACT", 5000L, "NULL", 5000L)),
        Map.of(Comparison.MIDDLE, Map.of("DISAGREE", 300_000L, "NULL", 700_000L)), S);
    assertEquals(MatchModel.MIDDLE_DISAGREE_MIN_M,
        trained.param(Comparison.MIDDLE, "DISAGREE").m(), 1e-12);
    assertTrue(trained.param(Comparison.MIDDLE, "DISAGREE").weight() > -8);
    // In the match key: a compared middle name shows, one not compared does not.
    assertTrue(PRIORS.score(p("S:1", null, "SMITH,JOHN ALLEN", 0, "19800215"),
        p("S:2", null, "SMITH,JOHN ALLEN", 0, "19800215")).matchKey().contains("+MIDDLE(exact)"));
    assertFalse(PRIORS.score(p("S:1", null, "SMITH,JOHN ALLEN", 0, "19800215"),
        p("S:2", null, "BARNES,ERIC RAY", 0, "19800215")).matchKey().contains("MIDDLE"));
  }

  @Test
  void bestLevelOverAliasesRecordsTheValuesThatProducedIt() {
    List<ProfileValues.NameValue> a = List.of(
        new ProfileValues.NameValue(PersonName.parse("JONES,AMY"), 0.01),
        new ProfileValues.NameValue(PersonName.parse("SMITH,ROBERT"), 0.01));
    List<ProfileValues.NameValue> b = List.of(
        new ProfileValues.NameValue(PersonName.parse("SMITH,BOB"), 0.01));
    Comparison.Hit h = Comparison.names(a, b);
    assertEquals("NICKNAME", h.level());
    assertEquals("SMITH,ROBERT", h.valueA());
    assertEquals("SMITH,BOB", h.valueB());
    assertEquals(2, h.candidates());
  }

  @Test
  void nullsNeverAgree() {
    ProfileValues a = new ProfileValues("a", null, List.of(), List.of(), Map.of(), List.of(),
        List.of(), List.of(), List.of(), null, null);
    ProfileValues b = new ProfileValues("b", "A000000002", List.of(), List.of(), Map.of(),
        List.of(), List.of(), List.of(), List.of(), null, null);
    for (Comparison.Hit h : Comparison.compareAll(a, b, true)) {
      assertFalse(h.level().equals("EXACT") || h.level().equals("AGREE"), h.toString());
    }
  }

  @Test
  void weightsAreLogLikelihoodRatiosAndAgreementBeatsDisagreement() {
    MatchModel.Param exact = PRIORS.param(Comparison.DOB, "EXACT");
    assertEquals(Math.log(exact.m() / exact.u()) / Math.log(2), exact.weight(), 1e-9);
    assertTrue(PRIORS.param(Comparison.FBI, "AGREE").weight() > 15);
    assertTrue(PRIORS.param(Comparison.FBI, "DISAGREE").weight() < -5);
    assertTrue(PRIORS.param(Comparison.CII, "DIFFERENT").weight() < -3);
    assertEquals(0, PRIORS.param(Comparison.CII, "NULL").weight());
    assertTrue(PRIORS.param(Comparison.NAME, "ELSE").weight() < 0);
  }

  @Test
  void trainingMovesTowardTheDataAndIsSmoothed() {
    MatchModel trained = MatchModel.train(
        Map.of(Comparison.SEX, Map.of("AGREE", 1000L)),
        Map.of(Comparison.SEX, Map.of("AGREE", 2_000_000L, "DISAGREE", 2_000_000L)), S);
    MatchModel.Param agree = trained.param(Comparison.SEX, "AGREE");
    assertTrue(agree.m() > 0.97 && agree.m() < 1, agree.toString());
    assertTrue(Math.abs(agree.u() - 0.5) < 0.01, agree.toString());
    assertTrue(trained.param(Comparison.SEX, "DISAGREE").m() > 0); // never impossible
    assertEquals(trained.hash(), MatchModel.train(
        Map.of(Comparison.SEX, Map.of("AGREE", 1000L)),
        Map.of(Comparison.SEX, Map.of("AGREE", 2_000_000L, "DISAGREE", 2_000_000L)), S).hash());
  }

  private static ProfileValues inCounties(String id, String... counties) {
    return new ProfileValues(id, null, List.of(), List.of(), Map.of(), List.of(), List.of(),
        List.of(), List.of(), null, null, List.of(counties));
  }

  @Test
  void countiesAgreeOnTheRarestSharedCountyWithABoundedTfAdjustment() {
    Map<String, Double> shares = Map.of("LOS ANGELES", 0.30, "ORANGE", 0.08, "ALPINE", 0.0001);
    MatchModel model = MatchModel.train(Map.of(), Map.of(), S, shares);
    ProfileValues laOrange = inCounties("a", "LOS ANGELES", "ORANGE");
    ProfileValues laOrange2 = inCounties("b", "LOS ANGELES", "ORANGE");
    ProfileValues la = inCounties("c", "LOS ANGELES");
    ProfileValues alpine = inCounties("d", "ALPINE");
    ProfileValues alpine2 = inCounties("e", "ALPINE", "LOS ANGELES");
    ProfileValues none = inCounties("f");

    Comparison.Hit both = Comparison.counties(laOrange.counties(), laOrange2.counties(),
        model::countyShare);
    assertEquals("AGREE", both.level());
    assertEquals("ORANGE", both.valueA(), "the rarer shared county is the evidence");
    assertEquals(0.08, both.tf(), 1e-12);
    assertEquals("DISAGREE", Comparison.counties(la.counties(), alpine.counties(),
        model::countyShare).level());
    assertEquals("NULL", Comparison.counties(la.counties(), none.counties(),
        model::countyShare).level());
    // compareAll scores COUNTY last, with the model's shares
    List<Comparison.Hit> hits = Comparison.compareAll(laOrange, laOrange2, true,
        model::countyShare);
    assertEquals(Comparison.COUNTY, hits.get(hits.size() - 1).comparison());

    double common = model.score(la, laOrange).total();
    double rarer = model.score(laOrange, laOrange2).total();
    double rare = model.score(alpine, alpine2).total();
    double disagree = model.score(la, alpine).total();
    assertTrue(rare > rarer && rarer > common && common > disagree,
        rare + " > " + rarer + " > " + common + " > " + disagree);
    // sharing a county the size of Los Angeles is still evidence for, not against
    assertTrue(model.countyAgreeWeight("LOS ANGELES") > 0);
    // the floor bounds the boost of a tiny (or miskeyed) county
    assertEquals(model.countyAgreeWeight("ALPINE"), model.countyAgreeWeight("NOWHERE"), 1e-12);
    MatchModel.Param agree = model.param(Comparison.COUNTY, "AGREE");
    assertEquals(MatchModel.log2(agree.m() / MatchModel.COUNTY_TF_FLOOR),
        model.countyAgreeWeight("ALPINE"), 1e-9);
    assertTrue(model.score(alpine, alpine2).matchKey().contains("+COUNTY"));
    assertTrue(model.score(la, alpine).matchKey().contains("-COUNTY(disagree)"));
    // the shares are part of the model's fingerprint
    assertFalse(model.hash().equals(MatchModel.train(Map.of(), Map.of(), S).hash()));
  }

  @Test
  void rareExactNamesWeighMoreThanCommonOnesWithAFloor() {
    ProfileValues rareA = p("a", "A000000001", "ZWANZIGER,OTTOLINE", 0.00001, "19800215");
    // CIIs more than one keying error apart (one apart would be the TYPO level)
    ProfileValues rareB = p("b", "A000000022", "ZWANZIGER,OTTOLINE", 0.00001, "19800215");
    ProfileValues commonA = p("c", "A000000003", "GARCIA,JOSE", 0.01, "19800215");
    ProfileValues commonB = p("d", "A000000044", "GARCIA,JOSE", 0.01, "19800215");
    MatchModel.Score rare = PRIORS.score(rareA, rareB);
    MatchModel.Score common = PRIORS.score(commonA, commonB);
    double rareTf = rare.terms().get(0).tfTerm();
    double commonTf = common.terms().get(0).tfTerm();
    assertTrue(rareTf > commonTf);
    // The floor: tf below tfFloor counts as tfFloor.
    double u = PRIORS.param(Comparison.NAME, "EXACT").u();
    assertEquals(Math.log(u / S.tfFloor()) / Math.log(2), rareTf, 1e-9);
    assertTrue(rare.matchKey().startsWith("+NAME(exact,rare) +DOB(exact)"), rare.matchKey());
    assertTrue(common.matchKey().contains("NAME(exact,common)"), common.matchKey());
    assertTrue(rare.matchKey().endsWith("-CII(different)"), rare.matchKey());
    // The total is the sum of its itemised terms.
    double sum = rare.prior() + rare.aliasPenalty();
    for (MatchModel.Term t : rare.terms()) {
      sum += t.weight() + t.tfTerm();
    }
    assertEquals(sum, rare.total(), 1e-9);
  }

  @Test
  void decisionsFollowThresholdsAndVetoesCapAtReview() {
    assertEquals("MERGE", IdentityResolution.decide(S.mergeThreshold(), false, false, S));
    assertEquals("REVIEW", IdentityResolution.decide(S.mergeThreshold() + 5, true, false, S));
    assertEquals("REVIEW", IdentityResolution.decide(S.reviewThreshold(), false, false, S));
    assertEquals("POSSIBLE", IdentityResolution.decide(S.possibleThreshold(), false, false, S));
    assertEquals("NO_MERGE", IdentityResolution.decide(S.possibleThreshold() - 1, false, false,
        S));
    assertEquals("REVIEW", IdentityResolution.decide(-50, true, true, S));
  }

  @Test
  void vetoes() {
    ProfileValues a = new ProfileValues("a", "A000000001", List.of(), List.of(),
        Map.of("M", 5L), List.of(), List.of("111AA22"), List.of(), List.of(), "20100101", null);
    ProfileValues b = new ProfileValues("b", "A000000002", List.of(), List.of(),
        Map.of("F", 5L), List.of(), List.of("333BB44"), List.of(), List.of(), null, "20150101");
    assertEquals(List.of(Constraints.CONFLICTING_FBI, Constraints.SEX_CONFLICT,
        Constraints.EVENTS_AFTER_DEATH), Constraints.vetoes(a, b, S));
    ProfileValues c = new ProfileValues("c", null, List.of(), List.of(), Map.of("F", 1L),
        List.of(), List.of(), List.of(), List.of(), null, null);
    // One row of F is not a well-attested sex.
    assertEquals(List.of(), Constraints.vetoes(a, c, S));
    // A strong id that agrees (or is one keying error off) makes the sex code the error: the
    // disagreement is left to the weights.
    ProfileValues m = new ProfileValues("m", "A000000003", List.of(), List.of(),
        Map.of("M", 5L), List.of(), List.of(), List.of("D4829173"), List.of(), null, null);
    ProfileValues f = new ProfileValues("f", "A000000004", List.of(), List.of(),
        Map.of("F", 5L), List.of(), List.of(), List.of("D4829137"), List.of(), null, null);
    assertEquals(List.of(), Constraints.vetoes(m, f, S));
    ProfileValues other = new ProfileValues("o", "A000000005", List.of(), List.of(),
        Map.of("F", 5L), List.of(), List.of(), List.of(), List.of(), null, null);
    assertEquals(List.of(Constraints.SEX_CONFLICT), Constraints.vetoes(m, other, S));
  }

  @Test
  void selfConsistencyFlagsWideDobSpreadButNotTyposSwapsOrYearSlips() {
    assertEquals(List.of(), Constraints.selfConsistency(dobs("19800215", "19800216",
        "19810215")));
    assertEquals(List.of(), Constraints.selfConsistency(dobs("19800312", "19801203")));
    assertEquals(List.of("DOB_SPREAD"), Constraints.selfConsistency(dobs("19800215",
        "19620930")));
  }

  private static ProfileValues dobs(String... d) {
    return new ProfileValues("x", "A000000001", List.of(), List.of(d), Map.of(), List.of(),
        List.of(), List.of(), List.of(), null, null);
  }

  /** Three profiles of one name under three CIIs. */
  private static final ProfileValues A = p("a", "A000000001", "X,Y", 0.1, null);
  private static final ProfileValues B = p("b", "A000000002", "X,Y", 0.1, null);
  private static final ProfileValues C = p("c", "A000000003", "X,Y", 0.1, null);

  /** a–b strong, b–c just below the strong weight: b–c is a weak bridge. */
  private static final List<ClusterCheck.Edge> CHAIN = List.of(
      new ClusterCheck.Edge("a", "b", 30, false),
      new ClusterCheck.Edge("b", "c", S.strongEdgeWeight() - 1, false));

  @Test
  void clusterChecksRejectWeakBridgesCannotLinksAndTooManyCiis() {
    ClusterCheck.Verdict weak = ClusterCheck.check(List.of(A, B, C), CHAIN, S);
    assertFalse(weak.accepted());
    assertEquals(List.of("WEAK_BRIDGE"), weak.problems());
    assertEquals(List.of("a|b", "b|c"), weak.bridges());
    assertEquals(S.strongEdgeWeight() - 1, weak.minEdgeWeight());
    // A triangle has no bridge: accepted.
    List<ClusterCheck.Edge> triangle = List.of(new ClusterCheck.Edge("a", "b", 21, false),
        new ClusterCheck.Edge("b", "c", 21, false), new ClusterCheck.Edge("a", "c", 21, false));
    assertTrue(ClusterCheck.check(List.of(A, B, C), triangle, S).accepted());
    // Too many CIIs.
    assertEquals(List.of("TOO_MANY_CIIS"),
        ClusterCheck.check(List.of(A, B, C), triangle, S.withMaxClusterCiis(2)).problems());
    // A cannot-link inside, even between two profiles that share no edge.
    ProfileValues d = new ProfileValues("d", "A000000004", List.of(), List.of(), Map.of(),
        List.of(), List.of("111AA22"), List.of(), List.of(), null, null);
    ProfileValues e = new ProfileValues("e", "A000000005", List.of(), List.of(), Map.of(),
        List.of(), List.of("999ZZ88"), List.of(), List.of(), null, null);
    List<ClusterCheck.Edge> viaB = List.of(new ClusterCheck.Edge("b", "d", 40, false),
        new ClusterCheck.Edge("b", "e", 40, false));
    assertEquals(List.of("CANNOT_LINK:" + Constraints.CONFLICTING_FBI),
        ClusterCheck.check(List.of(B, d, e), viaB, S).problems());
    // Two profiles: the single edge is not a weak bridge.
    assertTrue(ClusterCheck.check(List.of(A, B),
        List.of(new ClusterCheck.Edge("a", "b", S.mergeThreshold(), false)), S).accepted());
  }

  @Test
  void aWeakBridgeStandsWhenEveryPairAcrossItIsCorroborated() {
    // The CHAIN's ends compared directly: at the review threshold, the bridge stands.
    ClusterCheck.PairScore ends = (x, y) ->
        Set.of(x.profileId(), y.profileId()).equals(Set.of("a", "c")) ? S.reviewThreshold()
            : S.strongEdgeWeight() - 1;
    ClusterCheck.Verdict kept = ClusterCheck.check(List.of(A, B, C), CHAIN, S, Map.of(), ends);
    assertTrue(kept.accepted());
    assertEquals(List.of("b|c"), kept.corroboratedBridges());
    assertEquals(List.of(List.of("a", "b", "c")), kept.groups());
    // Just below it, the ends are clearly different people: the bridge is cut, a|b stays.
    ClusterCheck.PairScore apart = (x, y) ->
        Set.of(x.profileId(), y.profileId()).equals(Set.of("a", "c")) ? S.reviewThreshold() - 0.01
            : S.strongEdgeWeight() - 1;
    ClusterCheck.Verdict cut = ClusterCheck.check(List.of(A, B, C), CHAIN, S, Map.of(), apart);
    assertFalse(cut.accepted());
    assertEquals(List.of("WEAK_BRIDGE"), cut.problems());
    assertEquals(List.of(), cut.corroboratedBridges());
    assertEquals(List.of(List.of("a", "b")), cut.groups());
    // The scorer only sees pairs across the bridge, never a pair on one side.
    List<String> seen = new java.util.ArrayList<>();
    ClusterCheck.check(List.of(A, B, C), CHAIN, S, Map.of(), (x, y) -> {
      seen.add(x.profileId() + y.profileId());
      return 100;
    });
    assertEquals(List.of("ac", "bc"), seen);
  }

  @Test
  void anUncorroborableWeakBridgeIsCutWhateverThePairsAcrossIt() {
    List<ClusterCheck.Edge> chain = List.of(new ClusterCheck.Edge("a", "b", 30, false),
        new ClusterCheck.Edge("b", "c", S.strongEdgeWeight() - 1, false, false));
    ClusterCheck.Verdict cut = ClusterCheck.check(List.of(A, B, C), chain, S, Map.of(),
        (x, y) -> 100);
    assertEquals(List.of("WEAK_BRIDGE"), cut.problems());
    assertEquals(List.of(List.of("a", "b")), cut.groups());
    // a strong edge needs no corroboration
    List<ClusterCheck.Edge> strong = List.of(new ClusterCheck.Edge("a", "b", 30, false),
        new ClusterCheck.Edge("b", "c", S.strongEdgeWeight(), false, false));
    assertTrue(ClusterCheck.check(List.of(A, B, C), strong, S, Map.of(), (x, y) -> 100)
        .accepted());
  }

  @Test
  void anOrphanOfOneCiiBridgesToAnotherCiiOnlyOnWhatLookAlikesDoNotShare() {
    // the orphan o (its SUBJECT_ID under one CII) and a CII profile k: same name and DOB
    ProfileValues o = p("S:1", null, "FLORES,JESSICA", 0.001, "19810520");
    ProfileValues k = p("C:1", "A000000001", "FLORES,JESSICA A", 0.001, "19810520");
    Set<String> orphans = Set.of("S:1");
    assertFalse(IdentityResolution.corroborable(o, k, orphans, PRIORS));
    assertFalse(IdentityResolution.corroborable(k, o, orphans, PRIORS));
    // any other orphan, or two orphans: as before
    assertTrue(IdentityResolution.corroborable(o, k, Set.of(), PRIORS));
    assertTrue(IdentityResolution.corroborable(o, p("S:2", null, "FLORES,JESSICA", 0.001,
        "19810520"), orphans, PRIORS));
    // a middle name or a strong id that agrees is more than a look-alike shares
    assertTrue(IdentityResolution.corroborable(
        p("S:1", null, "FLORES,JESSICA ANN", 0.001, "19810520"), k, orphans, PRIORS));
    ProfileValues withSsn = new ProfileValues("S:1", null, o.names(), o.dobs(), o.sexRows(),
        List.of(), List.of(), List.of(), List.of("923272544"), null, null);
    ProfileValues kWithSsn = new ProfileValues("C:1", "A000000001", k.names(), k.dobs(),
        k.sexRows(), List.of(), List.of(), List.of(), List.of("923272544"), null, null);
    assertTrue(IdentityResolution.corroborable(withSsn, kWithSsn, orphans, PRIORS));
  }

  @Test
  void blockingKeysCoverEveryRule() {
    ProfileValues v = new ProfileValues("x", "A000000001",
        List.of(new ProfileValues.NameValue(PersonName.parse("GARCIA LOPEZ,MARIA"), 0)),
        List.of("19830412"), Map.of(), List.of(), List.of("F1X2Y3"), List.of("D4829173"),
        List.of("521447812"), null, null);
    java.util.Set<String> rules = new java.util.TreeSet<>();
    for (String[] k : Blocking.keys(v, List.of(1983))) {
      rules.add(k[0]);
    }
    assertEquals(new java.util.TreeSet<>(Blocking.RULES), rules);
  }

  @Test
  void strongIdsOneKeyingErrorApartAreATypoNotAConflict() {
    // One substituted digit, or two adjacent digits swapped: a keying error.
    assertTrue(Comparison.oneKeyingError("521447812", "521447818"));
    assertTrue(Comparison.oneKeyingError("521447812", "524147812"));
    assertFalse(Comparison.oneKeyingError("521447812", "521447812"));
    assertFalse(Comparison.oneKeyingError("521447812", "521448821")); // two substitutions
    assertFalse(Comparison.oneKeyingError("521447812", "52144781")); // other length
    assertFalse(Comparison.oneKeyingError("123456789", "132465789")); // two swaps
    assertEquals("TYPO", Comparison.ids(Comparison.SSN, List.of("521447812"),
        List.of("521447818")).level());
    assertEquals("AGREE", Comparison.ids(Comparison.SSN, List.of("521447812", "600112233"),
        List.of("600112233")).level());
    assertEquals("DISAGREE", Comparison.ids(Comparison.SSN, List.of("521447812"),
        List.of("600112233")).level());
    // Only a real conflict is a cannot-link; a CII with two FBI numbers one digit apart is not
    // a shared-CII suspect.
    ProfileValues a = new ProfileValues("a", "A000000001", List.of(), List.of(), Map.of(),
        List.of(), List.of("111AA22"), List.of("D4829173"), List.of(), null, null);
    ProfileValues b = new ProfileValues("b", "A000000002", List.of(), List.of(), Map.of(),
        List.of(), List.of("111AA23"), List.of("D4829137"), List.of(), null, null);
    assertEquals(List.of(), Constraints.vetoes(a, b, S));
    ProfileValues twoFbis = new ProfileValues("x", "A000000001", List.of(), List.of(), Map.of(),
        List.of(), List.of("111AA22", "111AA23"), List.of(), List.of(), null, null);
    assertEquals(List.of(), Constraints.selfConsistency(twoFbis));
    ProfileValues conflicting = new ProfileValues("x", "A000000001", List.of(), List.of(),
        Map.of(), List.of(), List.of("111AA22", "907ZZ51"), List.of(), List.of(), null, null);
    assertEquals(List.of("FBI_CONFLICT"), Constraints.selfConsistency(conflicting));
    ProfileValues twoSsns = new ProfileValues("x", "A000000001", List.of(), List.of(),
        Map.of(), List.of(), List.of(), List.of("D4829173", "D4829137"),
        List.of("521447812", "600112233"), null, null);
    assertEquals(List.of("SSN_CONFLICT"), Constraints.selfConsistency(twoSsns));
  }

  @Test
  void strongIdsTwoKeyingErrorsApartAreTwoTyposNotAConflict() {
    assertTrue(Comparison.withinTwoKeyingErrors("521447812", "521448822")); // two substitutions
    assertTrue(Comparison.withinTwoKeyingErrors("123456789", "132465789")); // two swaps
    assertTrue(Comparison.withinTwoKeyingErrors("123456789", "213456780")); // swap + digit
    assertFalse(Comparison.withinTwoKeyingErrors("521447812", "521558822")); // three
    assertFalse(Comparison.withinTwoKeyingErrors("521447812", "5214478122")); // other length
    assertEquals(0, Comparison.keyingErrors("521447812", "521447812", 2));
    assertEquals("TWO_TYPOS", Comparison.ids(Comparison.SSN, List.of("521447812"),
        List.of("521448822")).level());
    // One keying error wins over two when both occur.
    assertEquals("TYPO", Comparison.ids(Comparison.SSN, List.of("521447812"),
        List.of("521448822", "521447813")).level());
    ProfileValues a = new ProfileValues("a", "A000000001", List.of(), List.of(), Map.of(),
        List.of(), List.of(), List.of(), List.of("521447812"), null, null);
    ProfileValues two = new ProfileValues("b", "A000000002", List.of(), List.of(), Map.of(),
        List.of(), List.of(), List.of(), List.of("521448822"), null, null);
    ProfileValues three = new ProfileValues("c", "A000000003", List.of(), List.of(), Map.of(),
        List.of(), List.of(), List.of(), List.of("521558822"), null, null);
    assertEquals(List.of(), Constraints.vetoes(a, two, S));
    assertEquals(List.of(Constraints.CONFLICTING_SSN), Constraints.vetoes(a, three, S));
    ProfileValues twoSsns = new ProfileValues("x", "A000000001", List.of(), List.of(),
        Map.of(), List.of(), List.of(), List.of(), List.of("521447812", "521448822"), null,
        null);
    assertEquals(List.of(), Constraints.selfConsistency(twoSsns));
    // Below one keying error, above a disagreement, learned or not.
    assertWeighsLessThan("TWO_TYPOS", "TYPO", 3,
        Map.of("AGREE", 100L, "TYPO", 10L, "TWO_TYPOS", 100L));
  }

  /**
   * For every strong id, {@code level} weighs more than {@code min} bits and at least one bit
   * less than {@code above}: with the priors, and trained on SSN level counts {@code mCounts}.
   */
  private static void assertWeighsLessThan(String level, String above, double min,
      Map<String, Long> mCounts) {
    MatchModel trained = MatchModel.train(Map.of(Comparison.SSN, mCounts),
        Map.of(Comparison.SSN, Map.of("AGREE", 5L, "DISAGREE", 1_000_000L)), S);
    for (MatchModel m : List.of(PRIORS, trained)) {
      for (Comparison c : List.of(Comparison.FBI, Comparison.CDL, Comparison.SSN)) {
        double w = m.param(c, level).weight();
        assertTrue(w > min, c + " " + level + " " + w);
        assertTrue(w <= m.param(c, above).weight() - 1 + 1e-9, c + " " + level + " " + w);
      }
    }
  }

  @Test
  void aTypoNeverWeighsMoreThanAnAgreement() {
    assertWeighsLessThan("TYPO", "AGREE", 5, Map.of("AGREE", 100L, "TYPO", 100L));
  }

  @Test
  void aCiiOneKeyingErrorOffIsATypoNotAnotherFingerprintRecord() {
    ProfileValues a = p("a", "A000123456", "QUILL,MAEVE", 0.0001, "19850612");
    ProfileValues typo = p("b", "A000128456", "QUILL,MAEVE", 0.0001, "19850612");
    ProfileValues other = p("c", "A000999999", "QUILL,MAEVE", 0.0001, "19850612");
    Comparison.Hit t = Comparison.compareAll(a, typo, true).stream()
        .filter(h -> h.comparison() == Comparison.CII).findFirst().orElseThrow();
    assertEquals("TYPO", t.level());
    assertEquals("DIFFERENT", Comparison.compareAll(a, other, true).stream()
        .filter(h -> h.comparison() == Comparison.CII).findFirst().orElseThrow().level());
    double typoWeight = PRIORS.param(Comparison.CII, "TYPO").weight();
    assertTrue(typoWeight > 0 && typoWeight < PRIORS.param(Comparison.DOB, "EXACT").weight(),
        "evidence, but less than a DOB: " + typoWeight);
    assertTrue(PRIORS.score(a, typo).total() > PRIORS.score(a, other).total() + 5);
    assertTrue(PRIORS.score(a, typo).matchKey().contains("+CII(typo)"));
    // CII levels are never learned from within-CII pairs: m stays the stated prior
    MatchModel trained = MatchModel.train(Map.of(Comparison.CII, Map.of("TYPO", 1000L)),
        Map.of(Comparison.CII, Map.of("DIFFERENT", 1_000_000L)), S);
    assertEquals(PRIORS.param(Comparison.CII, "TYPO").m(),
        trained.param(Comparison.CII, "TYPO").m(), 1e-12);
  }

  @Test
  void ciiKeysPairCiisOneDigitApartWithinASurnameOrBirthYear() {
    ProfileValues a = p("a", "A000123456", "QUILL,MAEVE", 0.0001, "19850612");
    List<String[]> keys = Blocking.keys(a, List.of(1985));
    List<String[]> b11 = keys.stream()
        .filter(k -> k[0].equals(Blocking.B11_CII_ONE_CHARACTER)).toList();
    assertEquals(30, b11.size()); // 10 positions × (surname code, first-name code, birth year)
    String code = Comparison.phonetic("QUILL");
    assertTrue(b11.stream().anyMatch(k -> k[1].equals("N" + code + "|A00012_456")
        && k[3].equals("3")));
    assertTrue(b11.stream().anyMatch(k -> k[1].equals("Y1985|A00012_456")));
    // a mistyped birth year: the full name with the month and day of birth
    assertTrue(keys.stream().anyMatch(k -> k[0].equals(Blocking.B12_NAME_BIRTH_DAY)
        && k[1].equals("QUILL|MAEVE|0612")));
    // no CII, no B11 key
    assertTrue(Blocking.keys(p("o", null, "QUILL,MAEVE", 0.0001, "19850612"), List.of(1985))
        .stream().noneMatch(k -> k[0].equals(Blocking.B11_CII_ONE_CHARACTER)));
  }

  private static ProfileValues withFbi(String id, String cii, String fbi) {
    return new ProfileValues(id, cii, List.of(), List.of(), Map.of(), List.of(),
        fbi == null ? List.of() : List.of(fbi), List.of(), List.of(), null, null);
  }

  @Test
  void aClusterRejectedForAWeakBridgeKeepsItsStronglyLinkedParts() {
    ProfileValues a = withFbi("a", "A000000011", null);
    ProfileValues b = withFbi("b", "A000000022", null);
    ProfileValues c = withFbi("c", "A000000033", null);
    List<ProfileValues> abc = List.of(a, b, c);
    double strong = S.strongEdgeWeight() + 10;
    double weak = S.mergeThreshold() + 1;
    // a–b strong, b–c a weak bridge: a and b stay one person, c alone
    ClusterCheck.Verdict v = ClusterCheck.check(abc, List.of(
        new ClusterCheck.Edge("a", "b", strong, false),
        new ClusterCheck.Edge("b", "c", weak, false)), S);
    assertFalse(v.accepted());
    assertEquals(List.of("WEAK_BRIDGE"), v.problems());
    assertEquals(List.of(List.of("a", "b")), v.groups());
    // two weak bridges: nothing stands
    assertEquals(List.of(), ClusterCheck.check(abc, List.of(
        new ClusterCheck.Edge("a", "b", weak, false),
        new ClusterCheck.Edge("b", "c", weak, false)), S).groups());
    // accepted: one group of every member
    assertEquals(List.of(List.of("a", "b", "c")), ClusterCheck.check(abc, List.of(
        new ClusterCheck.Edge("a", "b", strong, false),
        new ClusterCheck.Edge("b", "c", strong, false)), S).groups());
    // a cannot-link a–c goes with the weak bridge; one inside a strong part rejects that part
    ProfileValues a1 = withFbi("a", "A000000011", "111AA22");
    ProfileValues c1 = withFbi("c", "A000000033", "907ZZ51");
    assertEquals(List.of(List.of("a", "b")), ClusterCheck.check(List.of(a1, b, c1), List.of(
        new ClusterCheck.Edge("a", "b", strong, false),
        new ClusterCheck.Edge("b", "c", weak, false)), S).groups());
    ProfileValues b1 = withFbi("b", "A000000022", "907ZZ51");
    assertEquals(List.of(), ClusterCheck.check(List.of(a1, b1, c), List.of(
        new ClusterCheck.Edge("a", "b", strong, false),
        new ClusterCheck.Edge("b", "c", weak, false)), S).groups());
  }

  @Test
  void oneCharacterIdKeysPairNearMissesOnly() {
    ProfileValues a = new ProfileValues("a", null, List.of(), List.of(), Map.of(), List.of(),
        List.of(), List.of(), List.of("521447812"), null, null);
    List<String[]> keys = Blocking.keys(a, List.of());
    long b8 = keys.stream().filter(k -> k[0].equals(Blocking.B8_ID_ONE_CHARACTER)).count();
    assertEquals(9, b8); // one per position
    assertTrue(keys.stream().anyMatch(k -> k[0].equals(Blocking.B8_ID_ONE_CHARACTER)
        && k[1].equals("SSN|52144781_") && k[3].equals("2")));
  }

  @Test
  void aNameWithoutDobIsLookedUpAmongProfilesWithThatName() {
    ProfileValues noDob = p("a", "A000000001", "NGUYEN,JAMES M", 0.1, null);
    ProfileValues withDob = p("b", "A000000002", "NGUYEN,JAMES", 0.1, "19871207");
    assertTrue(Blocking.keys(noDob, List.of()).stream().anyMatch(k ->
        k[0].equals(Blocking.B10_NAME_WITHOUT_DOB) && k[2].equals("L")
            && k[1].equals("NGUYEN|JAMES")));
    List<String[]> other = Blocking.keys(withDob, List.of(1987));
    assertTrue(other.stream().anyMatch(k -> k[0].equals(Blocking.B10_NAME_WITHOUT_DOB)
        && k[2].equals("R") && k[1].equals("NGUYEN|JAMES")));
    assertFalse(other.stream().anyMatch(k -> k[0].equals(Blocking.B10_NAME_WITHOUT_DOB)
        && k[2].equals("L")));
  }

  @Test
  void dobsOfOnePersonAreThoseTheSelfConsistencyCheckExplains() {
    String[][] cases = {
      // a, b, explainable
      {"19800512", "19800512", "true"},
      {"19800512", "19800513", "true"},  // one keying error
      {"19800512", "19801205", "true"},  // day/month swapped
      {"19800512", "19800529", "true"},  // same year and month
      {"19800512", "19810512", "true"},  // a year slip on the same day
      {"19800512", "19810612", "false"}, // a year and a month off
      {"19800512", "20050512", "false"}, // father and son
    };
    for (String[] c : cases) {
      assertEquals(Boolean.parseBoolean(c[2]), Constraints.explainable(c[0], c[1]),
          c[0] + " " + c[1]);
    }
    assertTrue(Constraints.dobsExplainable(List.of(), List.of("19800512")),
        "no DOB: nothing against");
    assertTrue(Constraints.dobsExplainable(List.of("20050512", "19800512"), List.of("19800513")));
    assertFalse(Constraints.dobsExplainable(List.of("20050512"), List.of("19800513")));
  }

  @Test
  void aCoreWithItsTiedPartsHasEveryValueOfBoth() {
    ProfileValues core = new ProfileValues("C:1", "A000000001",
        List.of(new ProfileValues.NameValue(PersonName.parse("PETERSEN,ANDREW"), 0.1)),
        List.of("19880723"), Map.of("M", 3L), List.of("WHITE"), List.of(), List.of(), List.of(),
        "20200101", "20190101", List.of("ALAMEDA"));
    ProfileValues part = new ProfileValues("C:1", null,
        List.of(new ProfileValues.NameValue(PersonName.parse("PETERSEN,ANDY"), 0.2)),
        List.of(), Map.of("M", 2L), List.of("WHITE"), List.of("418832LK5"), List.of(),
        List.of("548812390"), null, null, List.of("FRESNO"));
    ProfileValues both = core.withParts(List.of(part));
    assertEquals(List.of("PETERSEN,ANDREW", "PETERSEN,ANDY"),
        both.names().stream().map(n -> n.name().text()).toList());
    assertEquals(List.of("19880723"), both.dobs());
    assertEquals(Map.of("M", 5L), both.sexRows());
    assertEquals(List.of("WHITE"), both.races());
    assertEquals(List.of("418832LK5"), both.fbis());
    assertEquals(List.of("548812390"), both.ssns());
    assertEquals(List.of("ALAMEDA", "FRESNO"), both.counties());
    assertEquals(List.of("A000000001", "20200101", "20190101"),
        List.of(both.cii(), both.deathDate(), both.lastEventDate()), "the core's own");
    assertEquals(core, core.withParts(List.of()));
  }
}
