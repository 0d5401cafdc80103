package org.recordrelief.identity;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.recordrelief.config.IdentitySettings;
import org.recordrelief.ingest.RecordColumns;

/**
 * Person resolution ({@code entity-resolution.md}): profiles per valid CII, blocking, a
 * Fellegi–Sunter model trained from the data on every run, scored edges, connected components
 * over MERGE edges and DET_SUBJECT_ID links with constraint checks, deterministic person ids.
 * No I/O: the caller writes {@link IdentityResult}'s datasets.
 */
public final class IdentityResolution {
  private IdentityResolution() {}

  static final StructType COMPARISON = new StructType()
      .add("comparison", DataTypes.StringType, false)
      .add("level", DataTypes.StringType, false)
      .add("value_a", DataTypes.StringType, true)
      .add("value_b", DataTypes.StringType, true)
      .add("weight", DataTypes.DoubleType, false)
      .add("tf_term", DataTypes.DoubleType, false);

  static final StructType EDGE = new StructType()
      .add("profile_id_a", DataTypes.StringType, false)
      .add("profile_id_b", DataTypes.StringType, false)
      .add("rules", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("comparisons", DataTypes.createArrayType(COMPARISON, false), false)
      .add("prior", DataTypes.DoubleType, false)
      .add("alias_penalty", DataTypes.DoubleType, false)
      .add("total_weight", DataTypes.DoubleType, false)
      .add("probability", DataTypes.DoubleType, false)
      .add("decision", DataTypes.StringType, false)
      .add("must_link", DataTypes.BooleanType, false)
      .add("constraint_hits", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("match_key", DataTypes.StringType, false)
      .add("model_decision", DataTypes.StringType, false)
      .add("reviewer_decision", DataTypes.StringType, true);

  /** A group of a cluster's members that forms one person, with its person key. */
  static final StructType GROUP = new StructType()
      .add("members", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("person_key", DataTypes.StringType, false);

  static final StructType CLUSTER = new StructType()
      .add("cluster_id", DataTypes.StringType, false)
      .add("member_profiles", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("ciis", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("groups", DataTypes.createArrayType(GROUP, false), false)
      .add("size", DataTypes.IntegerType, false)
      .add("cii_count", DataTypes.IntegerType, false)
      .add("min_edge_weight", DataTypes.DoubleType, true)
      .add("bridges", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("corroborated_bridges", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("status", DataTypes.StringType, false)
      .add("problems", DataTypes.createArrayType(DataTypes.StringType, false), false);

  static final StructType MODEL = new StructType()
      .add("comparison", DataTypes.StringType, false)
      .add("level", DataTypes.StringType, false)
      .add("m", DataTypes.DoubleType, false)
      .add("u", DataTypes.DoubleType, false)
      .add("weight", DataTypes.DoubleType, false)
      .add("m_pairs", DataTypes.LongType, false)
      .add("u_pairs", DataTypes.LongType, false)
      .add("model_hash", DataTypes.StringType, false);

  static final StructType POSSIBLE_MATCH = new StructType()
      .add(IdentityColumns.PERSON_ID, DataTypes.StringType, false)
      .add("possible_person_id", DataTypes.StringType, false)
      .add("weight", DataTypes.DoubleType, false)
      .add("decision", DataTypes.StringType, false)
      .add("match_key", DataTypes.StringType, false);

  /** Cluster statuses. */
  static final String ACCEPTED = "ACCEPTED";

  /**
   * Resolve persons. Input: valid records (with {@code subject_key} and the DOJ identity
   * columns; {@link IdentityColumns#EXTRA_DOJ_COLUMNS} read as blank when absent). Output: see
   * {@link IdentityResult}. Runs Spark jobs (training samples, component iterations) but writes
   * nothing.
   */
  public static IdentityResult resolve(SparkSession spark, Dataset<Row> validRecords,
      IdentitySettings s) {
    return resolve(spark, validRecords, s, List.of());
  }

  /**
   * As {@link #resolve(SparkSession, Dataset, IdentitySettings)}, applying reviewer decisions
   * ({@code er_decisions}): a MUST_LINK pair is a MERGE edge and a must-link whatever the model
   * says (the vetoes between the two set aside: the reviewer saw them), a CANNOT_LINK pair is a
   * NO_MERGE edge and a cannot-link inside any cluster. Decisions naming a profile absent from
   * this input have no effect (audit table {@code decisions}, column {@code applied}).
   */
  public static IdentityResult resolve(SparkSession spark, Dataset<Row> validRecords,
      IdentitySettings s, List<ReviewerDecision> decisions) {
    if (s.mode() == IdentitySettings.Mode.SUBJECT_ID) {
      Dataset<Row> records = BaselineResolution.assign(validRecords)
          .withColumn(IdentityColumns.PROFILE_ID, concat(lit("S:"), col(RecordColumns.SUBJECT_KEY)))
          .withColumn(IdentityColumns.IDENTITY_STATUS, lit(IdentityColumns.SUBJECT_ID_ONLY));
      return new IdentityResult(records,
          spark.createDataFrame(List.of(), POSSIBLE_MATCH), Map.of(), null);
    }

    Dataset<Row> rows = IdentityProfiles.rows(validRecords, s.placeholderDobs());
    Dataset<Row> profiles = IdentityProfiles.profiles(rows).localCheckpoint();
    Blocking.Output blocking = Blocking.run(profiles, s.blockSizeCap());
    Map<String, String> reviewer = new java.util.TreeMap<>();
    decisions.forEach(d -> reviewer.put(d.pair(), d.decision().name()));
    Dataset<Row> pairs = withDecisionPairs(spark, blocking.pairs(), profiles, decisions)
        .localCheckpoint();
    logSkippedKeys(blocking.stats());

    MatchModel model = train(profiles, s);
    Dataset<Row> edges = score(profiles, pairs, model, s, reviewer).localCheckpoint();

    Dataset<Row> clusterEdges = edges
        .where(col("decision").equalTo(IdentityColumns.MERGE).or(col("must_link")))
        .select(col("profile_id_a").as("a"), col("profile_id_b").as("b"),
            col("total_weight").as("weight"), col("must_link"));
    Dataset<Row> components = Components.run(spark,
        clusterEdges.select("a", "b"), s.maxIterations());
    Dataset<Row> clusters = checkClusters(profiles, clusterEdges, components, model, s, reviewer)
        .localCheckpoint();
    Dataset<Row> profilePerson = persons(profiles, clusters).localCheckpoint();

    UserDefinedFunction profileId = udf(
        (UDF2<String, String, String>) IdentityValues::profileId, DataTypes.StringType);
    Dataset<Row> untied = untiedSubjects(profiles, model, s)
        .withColumn(IdentityColumns.SHARED_CII_QUESTION, col(IdentityColumns.PROFILE_ID))
        .localCheckpoint();
    Dataset<Row> questions = untied
        .unionByName(orphanQuestions(untied, profiles, profilePerson)).localCheckpoint();
    Dataset<Row> records = validRecords
        .withColumn(IdentityColumns.PROFILE_ID,
            profileId.apply(ciiColumn(validRecords), col(RecordColumns.SUBJECT_KEY)))
        .join(profilePerson.select(col("profile_id").as(IdentityColumns.PROFILE_ID),
            col(IdentityColumns.PERSON_ID), col(IdentityColumns.IDENTITY_STATUS)),
            IdentityColumns.PROFILE_ID)
        .join(broadcast(questions), new String[] {IdentityColumns.PROFILE_ID,
            RecordColumns.SUBJECT_KEY}, "left");

    Dataset<Row> links = links(edges, profilePerson).localCheckpoint();
    Dataset<Row> possible = possibleMatches(links);

    Map<String, Dataset<Row>> audit = new LinkedHashMap<>();
    audit.put("profiles", profiles.drop(IdentityProfiles.INTERNAL)
        .join(profilePerson.select("profile_id", IdentityColumns.PERSON_ID), "profile_id"));
    audit.put("candidate_pairs", pairs);
    audit.put("edges", edges);
    audit.put("clusters", clusterTable(clusters, profilePerson));
    audit.put("review_queue", reviewQueue(links, clusters, profiles, profilePerson, untied));
    audit.put("model", modelTable(spark, model));
    audit.put("blocking_stats", blocking.stats());
    audit.put("row_assignments", records.select(col(RecordColumns.SOURCE_FILE),
        col(RecordColumns.LINE_NUMBER), col(IdentityColumns.PROFILE_ID),
        col(IdentityColumns.PERSON_ID)));
    audit.put("possible_matches", possible);
    audit.put("decisions", decisionTable(spark, decisions, edges));
    return new IdentityResult(records, possible, audit, model.hash());
  }

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(IdentityResolution.class);

  /** Every skipped (oversized) blocking key, by rule and key hash: never the value. */
  private static void logSkippedKeys(Dataset<Row> stats) {
    for (Row r : stats.where(col("skipped_keys").gt(0)).collectAsList()) {
      LOG.warn("identity blocking: rule {} skipped {} oversized key(s) (blockSizeCap); key hashes {}",
          r.getString(0), r.getLong(4), r.getList(5));
    }
  }

  private static Column ciiColumn(Dataset<Row> valid) {
    String cii = org.recordrelief.doj.DojColumns.NAMES.get(
        org.recordrelief.doj.DojColumns.CII_NUMBER);
    return java.util.Arrays.asList(valid.columns()).contains(cii) ? col(cii)
        : lit(null).cast(DataTypes.StringType);
  }

  // ---------------------------------------------------------------- training

  /** Deterministic sample order: a seeded hash of the profile id, ties by id. */
  private static Dataset<Row> sample(Dataset<Row> profiles, long seed, int n) {
    return profiles.withColumn("sample_hash", xxhash64(lit(seed), col("profile_id")))
        .orderBy(col("sample_hash"), col("profile_id")).limit(n);
  }

  /** Distinct counties kept for term frequencies (more means malformed county values). */
  static final int MAX_COUNTIES = 1_000;

  /**
   * Each county's share of profiles (COUNTY term frequencies): an aggregate of at most {@link
   * #MAX_COUNTIES} rows, the most frequent; a county beyond them counts as rare.
   */
  static Map<String, Double> countyShares(Dataset<Row> profiles) {
    long total = profiles.count();
    Map<String, Double> out = new java.util.TreeMap<>();
    if (total == 0) {
      return out;
    }
    for (Row r : profiles.select(explode(col("counties")).as("county"))
        .groupBy("county").count()
        .orderBy(col("count").desc(), col("county")).limit(MAX_COUNTIES).collectAsList()) {
      out.put(r.getString(0), (double) r.getLong(1) / total);
    }
    return out;
  }

  /** u from all pairs of a profile sample; m from identity snapshots inside CII profiles. */
  static MatchModel train(Dataset<Row> profiles, IdentitySettings s) {
    List<ProfileValues> uSample = new ArrayList<>();
    for (Row r : sample(profiles, s.seed(), s.uSampleProfiles()).collectAsList()) {
      uSample.add(IdentityProfiles.values(r));
    }
    Map<Comparison, Map<String, Long>> uCounts = new EnumMap<>(Comparison.class);
    for (int i = 0; i < uSample.size(); i++) {
      for (int j = i + 1; j < uSample.size(); j++) {
        tally(uCounts, withChanceMiddle(
            Comparison.compareAll(uSample.get(i), uSample.get(j), true)));
      }
    }
    Map<Comparison, Map<String, Long>> mCounts = new EnumMap<>(Comparison.class);
    for (Row r : sample(profiles.where(col("cii").isNotNull()), s.seed() + 1,
        s.mSampleProfiles()).select("profile_id", "snapshots").collectAsList()) {
      List<Row> snaps = r.getList(1);
      List<ProfileValues> v = new ArrayList<>();
      for (Row snap : snaps) {
        v.add(IdentityProfiles.snapshot(r.getString(0), snap));
      }
      // Every pair of the profile's distinct snapshots: how one person's records vary. No self
      // pairs: the profiles being scored are different records of a person (else they would
      // share a CII), and self pairs would pile m onto the exact levels, leaving the variant
      // levels (nickname, one-digit typo) with almost none.
      for (int i = 0; i < v.size(); i++) {
        for (int j = i + 1; j < v.size(); j++) {
          tally(mCounts, Comparison.compareAll(v.get(i), v.get(j), true));
        }
      }
    }
    return MatchModel.train(mCounts, uCounts, s, countyShares(profiles));
  }

  /**
   * The u sample's hits with MIDDLE compared whatever the NAME level: random pairs hardly ever
   * agree on a name, and unrelated people's middle names agree by chance as often either way.
   */
  private static List<Comparison.Hit> withChanceMiddle(List<Comparison.Hit> hits) {
    Comparison.Hit name = hits.stream().filter(h -> h.comparison() == Comparison.NAME)
        .findFirst().orElseThrow();
    return hits.stream().map(h -> h.comparison() == Comparison.MIDDLE
        ? Comparison.middleOfChosenNames(name) : h).toList();
  }

  /** Level counts; MIDDLE NOT_COMPARED is left out, so MIDDLE's m is conditional on NAME. */
  private static void tally(Map<Comparison, Map<String, Long>> counts, List<Comparison.Hit> hits) {
    for (Comparison.Hit h : hits) {
      if (h.level().equals(Comparison.NOT_COMPARED)) {
        continue;
      }
      counts.computeIfAbsent(h.comparison(), k -> new HashMap<>()).merge(h.level(), 1L, Long::sum);
    }
  }

  /** Model-table rows of the COUNTY term frequencies: level = the county, u = its share. */
  static final String COUNTY_SHARE = "COUNTY_SHARE";

  private static Dataset<Row> modelTable(SparkSession spark, MatchModel model) {
    List<Row> rows = new ArrayList<>();
    String hash = model.hash();
    for (MatchModel.Param p : model.params()) {
      if (p.comparison() == Comparison.RACE && !model.useRace()) {
        continue;
      }
      rows.add(RowFactory.create(p.comparison().name(), p.level(), p.m(), p.u(), p.weight(),
          p.mCount(), p.uCount(), hash));
    }
    MatchModel.Param agree = model.param(Comparison.COUNTY, "AGREE");
    model.countyShares().forEach((county, share) -> rows.add(RowFactory.create(COUNTY_SHARE,
        county, agree.m(), share, model.countyAgreeWeight(county), 0L, 0L, hash)));
    rows.add(RowFactory.create("PRIOR", "LAMBDA", Math.pow(2, model.priorWeight())
        / (1 + Math.pow(2, model.priorWeight())), 1.0, model.priorWeight(), 0L, 0L, hash));
    return spark.createDataFrame(rows, MODEL);
  }

  // ---------------------------------------------------------------- scoring

  /** Score every candidate pair: comparisons, weights, vetoes, decision. */
  static Dataset<Row> score(Dataset<Row> profiles, Dataset<Row> pairs, MatchModel model,
      IdentitySettings s) {
    return score(profiles, pairs, model, s, Map.of());
  }

  /** As above, with reviewer decisions by pair ({@code a~b} → MUST_LINK / CANNOT_LINK). */
  static Dataset<Row> score(Dataset<Row> profiles, Dataset<Row> pairs, MatchModel model,
      IdentitySettings s, Map<String, String> reviewer) {
    Dataset<Row> p = profiles.drop("snapshots");
    Column[] pa = java.util.Arrays.stream(p.columns()).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> a = p.select(struct(pa).as("pa"), col("profile_id").as("ka"));
    Dataset<Row> b = p.select(struct(pa).as("pb"), col("profile_id").as("kb"));
    Dataset<Row> joined = pairs.join(a, pairs.col("profile_id_a").equalTo(a.col("ka")))
        .join(b, col("profile_id_b").equalTo(b.col("kb")))
        .select(col("profile_id_a"), col("profile_id_b"), col("rules"), col("pa"), col("pb"));
    Map<String, String> decided = new java.util.TreeMap<>(reviewer);
    return joined.map((MapFunction<Row, Row>) r -> edge(r, model, s, decided),
        Encoders.row(EDGE));
  }

  static Row edge(Row r, MatchModel model, IdentitySettings s) {
    return edge(r, model, s, Map.of());
  }

  static Row edge(Row r, MatchModel model, IdentitySettings s, Map<String, String> reviewer) {
    Row pa = r.getStruct(3);
    Row pb = r.getStruct(4);
    ProfileValues va = IdentityProfiles.values(pa);
    ProfileValues vb = IdentityProfiles.values(pb);
    List<String> rules = r.getList(2);
    MatchModel.Score score = model.score(va, vb);
    // A CII under several subject keys may hold a second person's rows: the vetoes are those of
    // its core view (its dominant subject's rows and the snapshots tied to them), so that the
    // minority rows' ids neither block nor carry a merge; and a merge (or a SUBJECT_ID link)
    // must hold for the core view too, else it is a link to review.
    CoreView ca = coreView(pa, model, s);
    CoreView cb = coreView(pb, model, s);
    ProfileValues xa = ca != null ? ca.values() : va;
    ProfileValues xb = cb != null ? cb.values() : vb;
    List<String> vetoes = new ArrayList<>(Constraints.vetoes(xa, xb, s));
    boolean det = rules.contains(IdentityColumns.DET_SUBJECT_ID);
    String decision = decide(score.total(), !vetoes.isEmpty(), det, s);
    if ((ca != null || cb != null) && (det || decision.equals(IdentityColumns.MERGE))) {
      boolean coreDet = det && coreShares(ca, pb) && coreShares(cb, pa);
      String coreDecision =
          decide(model.score(xa, xb).total(), !vetoes.isEmpty(), coreDet, s);
      if (!coreDecision.equals(IdentityColumns.MERGE) && !(coreDet && vetoes.isEmpty())) {
        if (det && vetoes.isEmpty()
            && (orphanOfUntied(pa, va, cb, s) || orphanOfUntied(pb, vb, ca, s))) {
          // The rows of an untied subject key with the CII left blank: the DOJ's subject link
          // stands, and they carry the CII's question as the rest of that subject's rows do.
          decision = decide(score.total(), false, true, s);
        } else {
          vetoes.add(SHARED_CII_OTHER_SUBJECT);
          det = false;
          decision = IdentityColumns.REVIEW;
        }
      }
    }
    // A CII one keying error off another is one fingerprint record mistyped or a neighbour in
    // the issuing sequence (twins, co-defendants): not set aside without a human look unless the
    // rest of the evidence is clearly against one person.
    if (!det && ciiTypo(score) && score.total() >= s.ciiTypoReviewFloor()
        && !decision.equals(IdentityColumns.MERGE) && !decision.equals(IdentityColumns.REVIEW)) {
      decision = IdentityColumns.REVIEW;
      vetoes.add(CII_ONE_KEYING_ERROR);
    }
    String modelDecision = decision;
    boolean mustLink = det && vetoes.isEmpty();
    String human = reviewer.get(ReviewerDecision.pairKey(r.getString(0), r.getString(1)));
    if (ReviewerDecision.Kind.MUST_LINK.name().equals(human)) {
      decision = IdentityColumns.MERGE;
      mustLink = true;
    } else if (ReviewerDecision.Kind.CANNOT_LINK.name().equals(human)) {
      decision = IdentityColumns.NO_MERGE;
      mustLink = false;
      vetoes.add(HUMAN_CANNOT_LINK);
    }
    List<Row> comps = new ArrayList<>();
    for (MatchModel.Term t : score.terms()) {
      comps.add(RowFactory.create(t.hit().comparison().name(), t.hit().level(), t.hit().valueA(),
          t.hit().valueB(), t.weight(), t.tfTerm()));
    }
    return RowFactory.create(r.getString(0), r.getString(1), IdentityProfiles.strings(rules),
        comps.toArray(new Row[0]), score.prior(), score.aliasPenalty(), score.total(),
        score.probability(), decision, mustLink, IdentityProfiles.strings(vetoes),
        score.matchKey(), modelDecision, human);
  }

  /**
   * Review reason: the CIIs are one keying error apart and the weight, below REVIEW, is at least
   * {@code thresholds.ciiTypoReview}.
   */
  static final String CII_ONE_KEYING_ERROR = "CII_ONE_KEYING_ERROR";

  private static boolean ciiTypo(MatchModel.Score score) {
    for (MatchModel.Term t : score.terms()) {
      if (t.hit().comparison() == Comparison.CII) {
        return t.hit().level().equals("TYPO");
      }
    }
    return false;
  }

  /** Constraint hit: a reviewer decided the two profiles are different people. */
  static final String HUMAN_CANNOT_LINK = "HUMAN_CANNOT_LINK";

  /** Rule of a candidate pair that a reviewer decision names. */
  static final String ER_DECISION = "ER_DECISION";

  /**
   * The candidate pairs plus every reviewer-decided pair of two profiles of this input (rule
   * {@link #ER_DECISION}), so that a decision applies even where no blocking rule pairs them.
   */
  static Dataset<Row> withDecisionPairs(SparkSession spark, Dataset<Row> pairs,
      Dataset<Row> profiles, List<ReviewerDecision> decisions) {
    if (decisions.isEmpty()) {
      return pairs;
    }
    List<Row> rows = new ArrayList<>();
    decisions.forEach(d -> rows.add(RowFactory.create(d.profileA(), d.profileB())));
    StructType t = new StructType().add("profile_id_a", DataTypes.StringType, false)
        .add("profile_id_b", DataTypes.StringType, false);
    Dataset<Row> ids = profiles.select(col("profile_id"));
    Dataset<Row> decided = spark.createDataFrame(rows, t)
        .join(ids.withColumnRenamed("profile_id", "profile_id_a"), "profile_id_a")
        .join(ids.withColumnRenamed("profile_id", "profile_id_b"), "profile_id_b")
        .select(col("profile_id_a"), col("profile_id_b"), array(lit(ER_DECISION)).as("rules"));
    return pairs.unionByName(decided).groupBy(col("profile_id_a"), col("profile_id_b"))
        .agg(array_sort(org.apache.spark.sql.functions.array_distinct(
            org.apache.spark.sql.functions.flatten(collect_list(col("rules"))))).as("rules"));
  }

  static final StructType DECISION = new StructType()
      .add("profile_id_a", DataTypes.StringType, false)
      .add("profile_id_b", DataTypes.StringType, false)
      .add("decision", DataTypes.StringType, false)
      .add("reviewer", DataTypes.StringType, false)
      .add("decided_at", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, true);

  /** The reviewer decisions with what the model says of each pair in this run. */
  static Dataset<Row> decisionTable(SparkSession spark, List<ReviewerDecision> decisions,
      Dataset<Row> edges) {
    List<Row> rows = new ArrayList<>();
    decisions.forEach(d -> rows.add(RowFactory.create(d.profileA(), d.profileB(),
        d.decision().name(), d.reviewer(), d.decidedAt(), d.reason())));
    Dataset<Row> decided = edges.where(col("reviewer_decision").isNotNull())
        .select(col("profile_id_a"), col("profile_id_b"), col("model_decision"),
            col("total_weight"), col("match_key"));
    return spark.createDataFrame(rows, DECISION)
        .join(decided, new String[] {"profile_id_a", "profile_id_b"}, "left")
        .select(col("profile_id_a"), col("profile_id_b"), col("decision"), col("reviewer"),
            col("decided_at"), col("reason"), col("model_decision").isNotNull().as("applied"),
            col("model_decision"), col("total_weight"), col("match_key"));
  }

  /**
   * What a merge to a CII under several subject keys must hold for: its core (the rows of its
   * largest subject key) with the other subject keys' snapshots tied to it, and their
   * SUBJECT_IDs. A guard is needed when the profile is a shared-CII suspect or some other
   * subject key's rows do not match the core's as one person (a MERGE on their own values, the
   * shared CII left out, without a veto): subject keys that match are one person's records under
   * two DOJ subject numbers, the commonest reason a CII has several, and a look-alike on the CII
   * (a common name, a DOB a day/month swap off) does not match at MERGE without the CII. A
   * snapshot is tied when it is such a MERGE and the CII self-consistency check explains its
   * DOBs (a father's rows under a son's CII are not tied). Scored on each call: a few parts per
   * multi-subject CII.
   *
   * @return null when the profile needs no guard: it has no core, or every other subject key
   *     scores MERGE against the core and the profile is not a shared-CII suspect
   */
  static CoreView coreView(Row p, MatchModel model, IdentitySettings s) {
    ProfileValues core = IdentityProfiles.coreValuesWithoutCii(p);
    if (core == null) {
      return null;
    }
    boolean guard =
        p.<String>getList(p.fieldIndex("flags")).contains(IdentityProfiles.SHARED_CII_SUSPECT);
    List<ProfileValues> others = IdentityProfiles.otherValues(p);
    List<Row> parts = p.getList(p.fieldIndex("others"));
    List<ProfileValues> tied = new ArrayList<>();
    List<String> subjectIds = new ArrayList<>();
    Map<String, ProfileValues> untied = new LinkedHashMap<>();
    String coreSubject = IdentityProfiles.coreSubjectId(p);
    if (coreSubject != null) {
      subjectIds.add(coreSubject);
    }
    for (int i = 0; i < others.size(); i++) {
      ProfileValues other = others.get(i);
      boolean veto = !Constraints.vetoes(core, other, s).isEmpty();
      boolean merge =
          decide(model.score(core, other).total(), veto, false, s).equals(IdentityColumns.MERGE);
      guard |= !merge;
      // Less than a MERGE is not enough: a look-alike's rows under the CII (same name, DOB a
      // day/month swap away) weigh in the review band against the owner's.
      if (merge && Constraints.dobsExplainable(core.dobs(), other.dobs())) {
        tied.add(other);
        String sid = parts.get(i).getString(1);
        if (sid != null) {
          subjectIds.add(sid);
        }
      } else {
        untied.put(parts.get(i).getString(0), other);
      }
    }
    return guard
        ? new CoreView(IdentityProfiles.coreValues(p).withParts(tied), subjectIds, untied)
        : null;
  }

  /**
   * A guarded profile's {@link #coreView}: the values and the SUBJECT_IDs a merge must hold for,
   * and the values of each subject key not tied to the core (possibly another person's rows).
   */
  record CoreView(ProfileValues values, List<String> subjectIds,
      Map<String, ProfileValues> untiedParts) {
    /** The untied subject keys, in key order. */
    List<String> untiedSubjectKeys() {
      return List.copyOf(untiedParts.keySet());
    }
  }

  /**
   * The subject keys of guarded profiles not tied to their core ({@link #coreView}): profile_id,
   * subject_key. Their rows stay in the profile (a CII is never split automatically, §2.2); the
   * counts whose outcome depends on whose they are go to identity review.
   */
  static Dataset<Row> untiedSubjects(Dataset<Row> profiles, MatchModel model, IdentitySettings s) {
    return profiles.drop("snapshots").flatMap((FlatMapFunction<Row, Row>) p -> {
      CoreView v = coreView(p, model, s);
      List<Row> out = new ArrayList<>();
      if (v != null) {
        for (String key : v.untiedSubjectKeys()) {
          out.add(RowFactory.create(p.getString(p.fieldIndex("profile_id")), key));
        }
      }
      return out.iterator();
    }, Encoders.row(UNTIED));
  }

  /**
   * Whether {@code orphan} is the blank-CII rows of one of {@code view}'s untied subject keys:
   * flagged {@link IdentityProfiles#ORPHAN_OF_ONE_CII} (its SUBJECT_ID under that CII alone),
   * its subject key untied there, and no veto against that subject key's rows under the CII.
   */
  private static boolean orphanOfUntied(Row orphan, ProfileValues values, CoreView view,
      IdentitySettings s) {
    if (view == null || !orphan.<String>getList(orphan.fieldIndex("flags"))
        .contains(IdentityProfiles.ORPHAN_OF_ONE_CII)) {
      return false;
    }
    for (String key : orphan.<String>getList(orphan.fieldIndex("subject_keys"))) {
      ProfileValues part = view.untiedParts().get(key);
      if (part != null && Constraints.vetoes(values, part, s).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The shared-CII questions of orphans that joined their untied subject key's CII ({@link
   * #orphanOfUntied}): profile_id (the orphan), subject_key, shared_cii_question (the CII's
   * profile id). Input: {@link #untiedSubjects} with the question, profiles, profile persons.
   */
  static Dataset<Row> orphanQuestions(Dataset<Row> untied, Dataset<Row> profiles,
      Dataset<Row> profilePerson) {
    Dataset<Row> person = profilePerson.select(col("profile_id"), col(IdentityColumns.PERSON_ID));
    return profiles
        .where(org.apache.spark.sql.functions.array_contains(col("flags"),
            IdentityProfiles.ORPHAN_OF_ONE_CII))
        .select(col("profile_id"), explode(col("subject_keys")).as(RecordColumns.SUBJECT_KEY))
        .join(untied.select(col(RecordColumns.SUBJECT_KEY),
            col(IdentityColumns.SHARED_CII_QUESTION)), RecordColumns.SUBJECT_KEY)
        .join(person, "profile_id")
        .join(person.select(col("profile_id").as(IdentityColumns.SHARED_CII_QUESTION),
            col(IdentityColumns.PERSON_ID).as("cii_person_id")),
            IdentityColumns.SHARED_CII_QUESTION)
        .where(col(IdentityColumns.PERSON_ID).equalTo(col("cii_person_id")))
        .select(col("profile_id").as(IdentityColumns.PROFILE_ID), col(RecordColumns.SUBJECT_KEY),
            col(IdentityColumns.SHARED_CII_QUESTION));
  }

  /** Review reason of a CII holding subject keys its core does not vouch for. */
  static final String UNTIED_SUBJECT_KEYS = "UNTIED_SUBJECT_KEYS";

  static final StructType UNTIED = new StructType()
      .add(IdentityColumns.PROFILE_ID, DataTypes.StringType, false)
      .add(RecordColumns.SUBJECT_KEY, DataTypes.StringType, false);

  /** Constraint hit: the edge matches a shared-CII suspect's minority rows, not its core. */
  static final String SHARED_CII_OTHER_SUBJECT = "SHARED_CII_OTHER_SUBJECT";

  /**
   * Whether a SUBJECT_ID link to {@code other} runs through a guarded profile's {@link
   * #coreView}: true when there is no guard, else when other carries one of its SUBJECT_IDs.
   */
  private static boolean coreShares(CoreView view, Row other) {
    if (view == null) {
      return true;
    }
    List<String> ids = other.getList(other.fieldIndex("subject_ids"));
    return view.subjectIds().stream().anyMatch(ids::contains);
  }

  /**
   * The edge decision: MERGE / REVIEW / POSSIBLE / NO_MERGE by threshold; a veto caps it at
   * REVIEW; a DOJ must-link with a veto always goes to REVIEW.
   */
  public static String decide(double w, boolean veto, boolean mustLink, IdentitySettings s) {
    if (veto && (mustLink || w >= s.reviewThreshold())) {
      return IdentityColumns.REVIEW;
    }
    if (w >= s.mergeThreshold()) {
      return IdentityColumns.MERGE;
    }
    if (w >= s.reviewThreshold()) {
      return IdentityColumns.REVIEW;
    }
    return w >= s.possibleThreshold() ? IdentityColumns.POSSIBLE : IdentityColumns.NO_MERGE;
  }

  // ---------------------------------------------------------------- clusters

  /** Check every candidate cluster (component) against the constraints. */
  static Dataset<Row> checkClusters(Dataset<Row> profiles, Dataset<Row> clusterEdges,
      Dataset<Row> components, MatchModel model, IdentitySettings s,
      Map<String, String> reviewer) {
    Map<String, String> decided = new java.util.TreeMap<>(reviewer);
    Dataset<Row> p = profiles.drop("snapshots");
    Column[] pc = java.util.Arrays.stream(p.columns()).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> members = components
        .join(p.select(col("profile_id").as("node_key"), struct(pc).as("p")), "node_key")
        .groupBy(col("component_key"))
        .agg(collect_list(col("p")).as("members"));
    Dataset<Row> edges = clusterEdges
        .join(components.select(col("node_key").as("a"), col("component_key")), "a")
        .groupBy(col("component_key"))
        .agg(collect_list(struct(col("a"), col("b"), col("weight"), col("must_link")))
            .as("edges"));
    return members.join(edges, "component_key")
        .map((MapFunction<Row, Row>) r -> cluster(r, model, s, decided), Encoders.row(CLUSTER));
  }

  static Row cluster(Row r, MatchModel model, IdentitySettings s, Map<String, String> reviewer) {
    List<ProfileValues> members = new ArrayList<>();
    TreeSet<String> ids = new TreeSet<>();
    TreeSet<String> ciis = new TreeSet<>();
    Map<String, List<String>> subjectKeys = new HashMap<>();
    java.util.Set<String> oneCiiOrphans = new java.util.HashSet<>();
    for (Row p : r.<Row>getList(1)) {
      ProfileValues v = IdentityProfiles.values(p);
      if (p.<String>getList(p.fieldIndex("flags")).contains(IdentityProfiles.ORPHAN_OF_ONE_CII)) {
        oneCiiOrphans.add(v.profileId());
      }
      // cannot-links and corroboration as the edges saw them: a guarded CII by its core view
      CoreView core = coreView(p, model, s);
      members.add(core != null ? core.values() : v);
      ids.add(v.profileId());
      if (v.cii() != null) {
        ciis.add(v.cii());
      }
      subjectKeys.put(v.profileId(), p.getList(p.fieldIndex("subject_keys")));
    }
    members.sort(java.util.Comparator.comparing(ProfileValues::profileId));
    List<ClusterCheck.Edge> edges = new ArrayList<>();
    Map<String, ProfileValues> byId = new HashMap<>();
    members.forEach(m -> byId.put(m.profileId(), m));
    for (Row e : r.<Row>getList(2)) {
      String a = e.getString(0);
      String b = e.getString(1);
      boolean corroborable = corroborable(byId.get(a), byId.get(b), oneCiiOrphans, model);
      edges.add(new ClusterCheck.Edge(a, b, e.getDouble(2), e.getBoolean(3), corroborable));
    }
    edges.sort(java.util.Comparator.comparing(ClusterCheck.Edge::a)
        .thenComparing(ClusterCheck.Edge::b));
    ClusterCheck.Verdict v = ClusterCheck.check(members, edges, s, reviewer,
        (a, b) -> model.score(a, b).total());
    List<Row> groups = new ArrayList<>();
    for (List<String> g : v.groups()) {
      TreeSet<String> keys = new TreeSet<>();
      g.forEach(id -> keys.addAll(subjectKeys.get(id)));
      groups.add(RowFactory.create(IdentityProfiles.strings(g), keys.first()));
    }
    return RowFactory.create(r.getString(0), IdentityProfiles.strings(ids),
        IdentityProfiles.strings(ciis), groups.toArray(new Row[0]), ids.size(), v.ciiCount(),
        Double.isNaN(v.minEdgeWeight()) ? null : v.minEdgeWeight(),
        IdentityProfiles.strings(v.bridges()), IdentityProfiles.strings(v.corroboratedBridges()),
        v.accepted() ? ACCEPTED : IdentityColumns.REVIEW,
        IdentityProfiles.strings(v.problems()));
  }

  /** Comparisons whose agreement two unrelated look-alikes (same name and DOB) do not share. */
  private static final java.util.Set<Comparison> BEYOND_NAME_AND_DOB = java.util.EnumSet.of(
      Comparison.MIDDLE, Comparison.FBI, Comparison.CDL, Comparison.SSN, Comparison.CII);

  /**
   * Whether an edge may stand as a corroborated weak bridge. Not when it joins an orphan flagged
   * {@link IdentityProfiles#ORPHAN_OF_ONE_CII} to a CII profile on nothing a look-alike would not
   * share: that orphan is its CII's subject, and its blank CII hides the CII difference the
   * direct comparison of the two CIIs counts. So it needs an agreeing middle name, a strong id
   * (or a keying error of one) to bridge; name and DOB are what same-name look-alikes share.
   */
  static boolean corroborable(ProfileValues a, ProfileValues b, java.util.Set<String> oneCiiOrphans,
      MatchModel model) {
    boolean orphanToCii = oneCiiOrphans.contains(a.profileId()) && b.cii() != null
        || oneCiiOrphans.contains(b.profileId()) && a.cii() != null;
    return !orphanToCii || beyondNameAndDob(model.score(a, b));
  }

  /** Whether a scored pair agrees (a positive weight) on a middle name, a strong id or a CII. */
  static boolean beyondNameAndDob(MatchModel.Score score) {
    for (MatchModel.Term t : score.terms()) {
      if (BEYOND_NAME_AND_DOB.contains(t.hit().comparison()) && t.weight() > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * profile_id → person_id and identity_status. A person id is the smallest subject key of the
   * person's rows (so a person who is one DOJ subject keeps the DOJ's id); the rare collision
   * (a rejected cluster's members sharing a subject key) is resolved by suffixing
   * {@code #<profile id, or K: and the group's first profile id>} on all but the smallest group.
   */
  static Dataset<Row> persons(Dataset<Row> profiles, Dataset<Row> clusters) {
    // every member of a group that forms one person: an accepted cluster, or an accepted part
    // of a cluster rejected for weak bridges
    Dataset<Row> members = clusters
        .select(org.apache.spark.sql.functions.explode(col("groups")).as("g"))
        .select(org.apache.spark.sql.functions.explode(col("g.members")).as("profile_id"),
            concat(lit("K:"), org.apache.spark.sql.functions.element_at(col("g.members"), 1))
                .as("cluster_group"),
            col("g.person_key").as("person_key"));
    Dataset<Row> grouped = profiles.select(col("profile_id"),
            org.apache.spark.sql.functions.array_min(col("subject_keys")).as("own_key"))
        .join(members, new String[] {"profile_id"}, "left")
        .select(col("profile_id"),
            org.apache.spark.sql.functions.coalesce(col("cluster_group"), col("profile_id"))
                .as("group_key"),
            org.apache.spark.sql.functions.coalesce(col("person_key"), col("own_key"))
                .as("candidate"));
    Dataset<Row> primary = grouped.groupBy(col("candidate"))
        .agg(min(col("group_key")).as("primary_group"));
    Dataset<Row> sizes = grouped.groupBy(col("group_key")).agg(count(lit(1)).as("profiles"));
    return grouped.join(primary, "candidate").join(sizes, "group_key")
        .select(col("profile_id"),
            when(col("group_key").equalTo(col("primary_group")), col("candidate"))
                .otherwise(concat(col("candidate"), lit("#"), col("group_key")))
                .as(IdentityColumns.PERSON_ID),
            col("profiles").as("person_profiles"),
            when(col("profiles").gt(1), lit(IdentityColumns.MERGED))
                .otherwise(lit(IdentityColumns.CII_ONLY)).as(IdentityColumns.IDENTITY_STATUS));
  }

  private static Dataset<Row> clusterTable(Dataset<Row> clusters, Dataset<Row> profilePerson) {
    Dataset<Row> persons = clusters.select(col("cluster_id"),
            org.apache.spark.sql.functions.explode(col("member_profiles")).as("profile_id"))
        .join(profilePerson.select("profile_id", IdentityColumns.PERSON_ID), "profile_id")
        .groupBy(col("cluster_id"))
        .agg(array_sort(org.apache.spark.sql.functions.collect_set(
            col(IdentityColumns.PERSON_ID))).as("person_ids"));
    return clusters.join(persons, "cluster_id")
        .select(col("cluster_id"), col("person_ids"), col("member_profiles"), col("ciis"),
            col("size"), col("cii_count"), col("min_edge_weight"), col("bridges"),
            col("corroborated_bridges"), col("status"), col("problems"));
  }

  // ---------------------------------------------------------------- possible matches, review

  /**
   * Links between different persons: REVIEW and POSSIBLE edges, plus MERGE edges and must-links
   * of rejected clusters (as REVIEW). Columns: profile_id_a, profile_id_b, person_a, person_b,
   * weight, decision, reason, match_key.
   */
  static Dataset<Row> links(Dataset<Row> edges, Dataset<Row> profilePerson) {
    Dataset<Row> pa = profilePerson.select(col("profile_id").as("profile_id_a"),
        col(IdentityColumns.PERSON_ID).as("person_a"));
    Dataset<Row> pb = profilePerson.select(col("profile_id").as("profile_id_b"),
        col(IdentityColumns.PERSON_ID).as("person_b"));
    return edges.where(col("decision").notEqual(IdentityColumns.NO_MERGE).or(col("must_link")))
        .join(pa, "profile_id_a").join(pb, "profile_id_b")
        .where(col("person_a").notEqual(col("person_b")))
        .select(col("profile_id_a"), col("profile_id_b"), col("person_a"), col("person_b"),
            col("total_weight").as("weight"),
            when(col("decision").equalTo(IdentityColumns.POSSIBLE).and(col("must_link").unary_$bang()),
                lit(IdentityColumns.POSSIBLE)).otherwise(lit(IdentityColumns.REVIEW))
                .as("decision"),
            when(col("decision").equalTo(IdentityColumns.MERGE).or(col("must_link")),
                lit("CLUSTER_REJECTED"))
                .when(org.apache.spark.sql.functions.size(col("constraint_hits")).gt(0),
                    concat_ws(",", col("constraint_hits")))
                .otherwise(concat(lit("WEIGHT_"), col("decision"))).as("reason"),
            col("match_key"));
  }

  static Dataset<Row> possibleMatches(Dataset<Row> links) {
    Dataset<Row> one = links.groupBy(col("person_a"), col("person_b"))
        .agg(max(col("weight")).as("weight"),
            max(col("decision")).as("decision"), // POSSIBLE < REVIEW: any REVIEW wins
            max_by(col("match_key"), struct(col("weight"), col("match_key"))).as("match_key"));
    Dataset<Row> forward = one.select(col("person_a").as(IdentityColumns.PERSON_ID),
        col("person_b").as("possible_person_id"), col("weight"), col("decision"),
        col("match_key"));
    Dataset<Row> backward = one.select(col("person_b").as(IdentityColumns.PERSON_ID),
        col("person_a").as("possible_person_id"), col("weight"), col("decision"),
        col("match_key"));
    return forward.union(backward);
  }

  static Dataset<Row> reviewQueue(Dataset<Row> links, Dataset<Row> clusters,
      Dataset<Row> profiles, Dataset<Row> profilePerson, Dataset<Row> untied) {
    Dataset<Row> edgeItems = links.where(col("decision").equalTo(IdentityColumns.REVIEW))
        .select(lit("EDGE").as("item_type"),
            concat(col("profile_id_a"), lit("~"), col("profile_id_b")).as("item_id"),
            array(col("profile_id_a"), col("profile_id_b")).as("profile_ids"),
            array_sort(array(col("person_a"), col("person_b"))).as("person_ids"),
            col("weight"), col("reason"), col("match_key").as("evidence"));
    Dataset<Row> clusterItems = clusterTable(clusters, profilePerson)
        .where(col("status").notEqual(ACCEPTED))
        .select(lit("CLUSTER").as("item_type"), col("cluster_id").as("item_id"),
            col("member_profiles").as("profile_ids"), col("person_ids"),
            col("min_edge_weight").as("weight"), concat_ws(",", col("problems")).as("reason"),
            concat(lit("bridges: "), concat_ws(" ", col("bridges"))).as("evidence"));
    // A possible shared CII: flagged, or holding subject keys its core does not vouch for (the
    // C:<cii> that identity-sensitive counts name).
    Dataset<Row> untiedCounts = untied.groupBy(col(IdentityColumns.PROFILE_ID))
        .agg(count(lit(1)).as("untied_subject_keys"));
    Dataset<Row> profileItems = profiles
        .join(broadcast(untiedCounts), new String[] {"profile_id"}, "left")
        .where(org.apache.spark.sql.functions.array_contains(col("flags"),
            IdentityProfiles.SHARED_CII_SUSPECT).or(col("untied_subject_keys").isNotNull()))
        .join(profilePerson.select("profile_id", IdentityColumns.PERSON_ID), "profile_id")
        .select(lit("PROFILE").as("item_type"), col("profile_id").as("item_id"),
            array(col("profile_id")).as("profile_ids"),
            array(col(IdentityColumns.PERSON_ID)).as("person_ids"),
            lit(null).cast(DataTypes.DoubleType).as("weight"),
            concat_ws(",", col("flags"), when(col("untied_subject_keys").isNotNull(),
                lit(UNTIED_SUBJECT_KEYS))).as("reason"),
            concat(lit("dobs="), org.apache.spark.sql.functions.size(col("dobs")),
                lit(" sexes="), org.apache.spark.sql.functions.size(col("sexes")),
                lit(" fbi_numbers="), org.apache.spark.sql.functions.size(col("fbi_numbers")),
                lit(" rows="), col("row_count"), lit(" untied_subject_keys="),
                coalesce(col("untied_subject_keys"), lit(0L))).as("evidence"));
    return edgeItems.unionByName(clusterItems).unionByName(profileItems);
  }
}
