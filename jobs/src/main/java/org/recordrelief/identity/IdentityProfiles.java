package org.recordrelief.identity;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.doj.TextNorm;
import org.recordrelief.ingest.RecordColumns;

/**
 * Stage A ({@code entity-resolution.md} §2): normalised identity rows, then one profile per
 * valid CII (orphans: one per subject key) with value sets, counts and consistency flags.
 */
final class IdentityProfiles {
  private IdentityProfiles() {}

  static final String DECEASED = "DECEASED";
  /** Profile flag: values disagree beyond typos across several subject keys (two people?). */
  static final String SHARED_CII_SUSPECT = "SHARED_CII_SUSPECT";
  /** Profile flag: values disagree beyond typos within one subject key (one DOJ subject). */
  static final String INCONSISTENT_VALUES = "INCONSISTENT_VALUES";
  /**
   * Profile flag: an orphan whose SUBJECT_ID is under exactly one CII elsewhere, so its rows are
   * that CII's subject's rows with the CII left blank (no second CII can come along through it).
   */
  static final String ORPHAN_OF_ONE_CII = "ORPHAN_OF_ONE_CII";
  /** Identity snapshots kept per profile for m training. */
  static final int SNAPSHOTS = 4;

  private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

  static StructType counted(String value) {
    return new StructType()
        .add(value, DataTypes.StringType, false)
        .add("rows", DataTypes.LongType, false);
  }

  static final StructType NAME = new StructType()
      .add("name", DataTypes.StringType, false)
      .add("key", DataTypes.StringType, false)
      .add("rows", DataTypes.LongType, false)
      .add("tf", DataTypes.DoubleType, false);

  static final StructType SNAPSHOT = new StructType()
      .add("name", DataTypes.StringType, true)
      .add("dob", DataTypes.StringType, true)
      .add("sex", DataTypes.StringType, true)
      .add("race", DataTypes.StringType, true)
      .add("fbi", DataTypes.StringType, true)
      .add("cdl", DataTypes.StringType, true)
      .add("ssn", DataTypes.StringType, true)
      .add("counties", STRINGS, false);

  /**
   * The dominant part of a CII under several subject keys: the values of the rows of its
   * largest subject key (ties: the smallest key). Merges to the profile must match it, unless
   * its other subject keys do ({@code IdentityResolution.coreView}).
   */
  static final StructType CORE = new StructType()
      .add("subject_key", DataTypes.StringType, false)
      .add("subject_id", DataTypes.StringType, true)
      .add("names", STRINGS, false)
      .add("dobs", STRINGS, false)
      .add("sexes", DataTypes.createArrayType(counted("sex"), false), false)
      .add("races", STRINGS, false)
      .add("fbi_numbers", STRINGS, false)
      .add("cdls", STRINGS, false)
      .add("ssns", STRINGS, false)
      .add("counties", STRINGS, false);

  /** One normalised row. */
  static final StructType ROW = new StructType()
      .add("profile_id", DataTypes.StringType, false)
      .add("subject_key", DataTypes.StringType, false)
      .add("subject_id", DataTypes.StringType, true)
      .add("cii", DataTypes.StringType, true)
      .add("names", STRINGS, false)
      .add("dobs", STRINGS, false)
      .add("dob_years", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("sex", DataTypes.StringType, true)
      .add("race", DataTypes.StringType, true)
      .add("fbi", DataTypes.StringType, true)
      .add("cdls", STRINGS, false)
      .add("ssns", STRINGS, false)
      .add("county", DataTypes.StringType, true)
      .add("event_date", DataTypes.StringType, true)
      .add("is_death", DataTypes.BooleanType, false);

  /** A profile ({@code schemas/identity_profiles.avsc} plus the internal snapshots). */
  static final StructType PROFILE = new StructType()
      .add("profile_id", DataTypes.StringType, false)
      .add("cii", DataTypes.StringType, true)
      .add("subject_ids", STRINGS, false)
      .add("subject_keys", STRINGS, false)
      .add("names", DataTypes.createArrayType(NAME, false), false)
      .add("dobs", DataTypes.createArrayType(counted("dob"), false), false)
      .add("dob_years", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("sexes", DataTypes.createArrayType(counted("sex"), false), false)
      .add("races", DataTypes.createArrayType(counted("race"), false), false)
      .add("fbi_numbers", STRINGS, false)
      .add("cdls", STRINGS, false)
      .add("ssns", STRINGS, false)
      .add("counties", STRINGS, false)
      .add("first_event_date", DataTypes.StringType, true)
      .add("last_event_date", DataTypes.StringType, true)
      .add("death_date", DataTypes.StringType, true)
      .add("row_count", DataTypes.LongType, false)
      .add("flags", STRINGS, false)
      .add("snapshots", DataTypes.createArrayType(SNAPSHOT, false), false)
      .add("core", CORE, true)
      .add("others", DataTypes.createArrayType(CORE, false), false);

  /** Internal columns of {@link #PROFILE} that the audit table leaves out. */
  static final String[] INTERNAL = {"snapshots", "core", "others"};

  static final String[] SOURCE = {
    RecordColumns.SUBJECT_KEY,
    DojColumns.NAMES.get(DojColumns.SUBJECT_ID), DojColumns.NAMES.get(DojColumns.CII_NUMBER),
    DojColumns.NAMES.get(DojColumns.PRI_NAME), DojColumns.NAMES.get(DojColumns.PRI_DOB),
    DojColumns.NAMES.get(DojColumns.GENDER), DojColumns.NAMES.get(DojColumns.RACE_DESCR),
    DojColumns.NAMES.get(DojColumns.FBI_NUMBER), DojColumns.NAMES.get(DojColumns.PRI_CDL),
    DojColumns.NAMES.get(DojColumns.PRI_SSN), DojColumns.NAMES.get(DojColumns.REQ_CII_NUMBER),
    DojColumns.NAMES.get(DojColumns.REQ_NAME), DojColumns.NAMES.get(DojColumns.REQ_DOB),
    DojColumns.NAMES.get(DojColumns.REQ_CDL), DojColumns.NAMES.get(DojColumns.REQ_SSN),
    DojColumns.NAMES.get(DojColumns.STP_ORI_CNTY_NAME),
    DojColumns.NAMES.get(DojColumns.STP_TYPE_DESCR),
    DojColumns.NAMES.get(DojColumns.STP_EVENT_DATE)
  };

  /** The identity source columns of valid records; absent ones (slimmed input) read as null. */
  static Dataset<Row> source(Dataset<Row> valid) {
    Set<String> have = Set.of(valid.columns());
    List<Column> cols = new ArrayList<>();
    for (String c : SOURCE) {
      cols.add(have.contains(c) ? col(c) : lit(null).cast(DataTypes.StringType).as(c));
    }
    return valid.select(cols.toArray(new Column[0]));
  }

  /** Normalise one source row (column order {@link #SOURCE}). */
  static Row normalise(Row r, List<String> placeholders) {
    String subjectKey = r.getString(0);
    String subjectId = TextNorm.valueOrNull(r.getString(1));
    String cii = IdentityValues.cii(r.getString(2));
    String reqCii = TextNorm.valueOrNull(r.getString(10));
    // The request block describes the same person only when it names no other CII.
    boolean reqSame = reqCii == null || reqCii.equals(cii);
    Set<String> names = new LinkedHashSet<>();
    Set<String> dobs = new LinkedHashSet<>();
    Set<Integer> years = new LinkedHashSet<>();
    Set<String> cdls = new LinkedHashSet<>();
    Set<String> ssns = new LinkedHashSet<>();
    addName(names, r.getString(3));
    addDob(dobs, years, r.getString(4), placeholders);
    addId(cdls, IdentityValues.strongId(r.getString(8)));
    addId(ssns, IdentityValues.ssn(r.getString(9)));
    if (reqSame) {
      addName(names, r.getString(11));
      addDob(dobs, years, r.getString(12), placeholders);
      addId(cdls, IdentityValues.strongId(r.getString(13)));
      addId(ssns, IdentityValues.ssn(r.getString(14)));
    }
    String stepType = TextNorm.comparable(r.getString(16));
    String eventDate = IdentityValues.dob(r.getString(17), List.of()).exact();
    return RowFactory.create(
        IdentityValues.profileId(r.getString(2), subjectKey), subjectKey, subjectId, cii,
        names.toArray(new String[0]), dobs.toArray(new String[0]), years.toArray(new Integer[0]),
        IdentityValues.sex(r.getString(5)), IdentityValues.race(r.getString(6)),
        IdentityValues.strongId(r.getString(7)), cdls.toArray(new String[0]),
        ssns.toArray(new String[0]),
        TextNorm.valueOrNull(r.getString(15)), eventDate, DECEASED.equals(stepType));
  }

  private static void addName(Set<String> names, String raw) {
    PersonName n = PersonName.parse(raw);
    if (n != null) {
      names.add(n.text());
    }
  }

  private static void addDob(Set<String> dobs, Set<Integer> years, String raw,
      List<String> placeholders) {
    IdentityValues.Dob d = IdentityValues.dob(raw, placeholders);
    if (d.exact() != null) {
      dobs.add(d.exact());
    }
    if (d.year() != null) {
      years.add(d.year());
    }
  }

  private static void addId(Set<String> ids, String v) {
    if (v != null) {
      ids.add(v);
    }
  }

  /** Normalised identity rows of the valid records. */
  static Dataset<Row> rows(Dataset<Row> valid, List<String> placeholders) {
    List<String> ph = List.copyOf(placeholders);
    return source(valid).map((MapFunction<Row, Row>) r -> normalise(r, ph), Encoders.row(ROW));
  }

  /** Profiles from normalised rows: one per profile_id, TF of names filled in. */
  static Dataset<Row> profiles(Dataset<Row> rows) {
    Dataset<Row> raw = rows
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, Row, Row>) IdentityProfiles::aggregate,
            Encoders.row(PROFILE));
    return withOrphanOfOneCii(withTermFrequencies(raw));
  }

  /**
   * Adds {@link #ORPHAN_OF_ONE_CII} to the flags of orphans (one SUBJECT_ID, no CII) whose
   * SUBJECT_ID is carried by exactly one CII profile. Same columns, same rows.
   */
  static Dataset<Row> withOrphanOfOneCii(Dataset<Row> profiles) {
    Dataset<Row> ciisPerSubject = profiles.where(col("cii").isNotNull())
        .select(explode(col("subject_ids")).as("one_sid"))
        .groupBy(col("one_sid")).agg(count(lit(1)).as("one_ciis"))
        .where(col("one_ciis").equalTo(1));
    Dataset<Row> orphans = profiles
        .where(col("cii").isNull().and(size(col("subject_ids")).equalTo(1)))
        .select(col("profile_id").as("one_profile_id"),
            element_at(col("subject_ids"), 1).as("one_sid"))
        .join(ciisPerSubject, "one_sid");
    List<Column> cols = new ArrayList<>();
    for (String f : PROFILE.fieldNames()) {
      cols.add(f.equals("flags")
          ? when(col("one_profile_id").isNotNull(),
              concat(col("flags"), array(lit(ORPHAN_OF_ONE_CII)))).otherwise(col("flags"))
              .as("flags")
          : col(f));
    }
    return profiles.join(orphans, col("profile_id").equalTo(col("one_profile_id")), "left")
        .select(cols.toArray(new Column[0]));
  }

  /** Aggregate one profile's rows (order-independent: every set is sorted). */
  static Row aggregate(String profileId, Iterator<Row> it) {
    String cii = null;
    Set<String> subjectIds = new TreeSet<>();
    Set<String> subjectKeys = new TreeSet<>();
    Map<String, Long> names = new TreeMap<>();
    Map<String, Long> dobs = new TreeMap<>();
    Set<Integer> years = new TreeSet<>();
    Map<String, Long> sexes = new TreeMap<>();
    Map<String, Long> races = new TreeMap<>();
    Set<String> fbis = new TreeSet<>();
    Set<String> cdls = new TreeSet<>();
    Set<String> ssns = new TreeSet<>();
    Set<String> counties = new TreeSet<>();
    // each distinct identity tuple with the counties of its rows
    Map<List<String>, Set<String>> snapshots = new TreeMap<>(IdentityProfiles::compareLists);
    String first = null;
    String last = null;
    String death = null;
    long n = 0;
    Map<String, Part> parts = new TreeMap<>();
    while (it.hasNext()) {
      Row r = it.next();
      n++;
      parts.computeIfAbsent(r.getString(1), k -> new Part()).add(r);
      cii = r.isNullAt(3) ? cii : r.getString(3);
      if (!r.isNullAt(2)) {
        subjectIds.add(r.getString(2));
      }
      subjectKeys.add(r.getString(1));
      List<String> rn = r.getList(4);
      List<String> rd = r.getList(5);
      rn.forEach(v -> names.merge(v, 1L, Long::sum));
      rd.forEach(v -> dobs.merge(v, 1L, Long::sum));
      years.addAll(r.<Integer>getList(6));
      String sex = r.getString(7);
      String race = r.getString(8);
      String fbi = r.getString(9);
      if (sex != null) {
        sexes.merge(sex, 1L, Long::sum);
      }
      if (race != null) {
        races.merge(race, 1L, Long::sum);
      }
      if (fbi != null) {
        fbis.add(fbi);
      }
      List<String> rc = r.getList(10);
      List<String> rs = r.getList(11);
      cdls.addAll(rc);
      ssns.addAll(rs);
      String county = r.getString(12);
      if (county != null) {
        counties.add(county);
      }
      String ev = r.getString(13);
      if (ev != null) {
        if (r.getBoolean(14)) {
          death = death == null || ev.compareTo(death) < 0 ? ev : death;
        } else {
          first = first == null || ev.compareTo(first) < 0 ? ev : first;
          last = last == null || ev.compareTo(last) > 0 ? ev : last;
        }
      }
      Set<String> snapCounties = snapshots.computeIfAbsent(java.util.Arrays.asList(
          rn.isEmpty() ? null : rn.get(0), rd.isEmpty() ? null : rd.get(0), sex, race, fbi,
          rc.isEmpty() ? null : rc.get(0), rs.isEmpty() ? null : rs.get(0)),
          k -> new TreeSet<>());
      if (county != null) {
        snapCounties.add(county);
      }
    }
    List<Row> nameRows = new ArrayList<>();
    names.forEach((k, v) -> nameRows.add(RowFactory.create(k, PersonName.fromText(k).key(), v,
        0.0)));
    List<Row> snapRows = new ArrayList<>();
    for (Map.Entry<List<String>, Set<String>> s : snapshots.entrySet()) {
      if (snapRows.size() == SNAPSHOTS) {
        break;
      }
      List<Object> fields = new ArrayList<>(s.getKey());
      fields.add(strings(s.getValue()));
      snapRows.add(RowFactory.create(fields.toArray()));
    }
    ProfileValues values = new ProfileValues(profileId, cii, List.of(), List.copyOf(dobs.keySet()),
        sexes, List.copyOf(races.keySet()), List.copyOf(fbis), List.copyOf(cdls),
        List.copyOf(ssns), death, last, List.copyOf(counties));
    List<String> flags = new ArrayList<>();
    if (cii == null) {
      flags.add("ORPHAN");
    }
    if (cii != null && subjectIds.size() > 1) {
      flags.add("CII_MULTI_SUBJECT");
    }
    List<String> consistency = Constraints.selfConsistency(values);
    // Values that disagree beyond typos under one subject key are one DOJ criminal history
    // keyed inconsistently (SUBJECT_ID is the DOJ's own subject key, trusted as DET_SUBJECT_ID
    // links are); under several subject keys they may be two people on one CII.
    String flag = parts.size() > 1 ? SHARED_CII_SUSPECT : INCONSISTENT_VALUES;
    if (!consistency.isEmpty()) {
      flags.add(flag);
      consistency.forEach(c -> flags.add(flag + ":" + c));
    }
    // Any CII under several subject keys may be shared, even when its values agree within
    // typos (a look-alike's DOB a day/month swap away): merges to it must hold for its core,
    // unless its other subject keys match the core (IdentityResolution.coreView).
    // The other subject keys' values are kept to test whether they are the core's person.
    Row core = null;
    List<Row> others = new ArrayList<>();
    if (parts.size() > 1) {
      Map.Entry<String, Part> top = null;
      for (Map.Entry<String, Part> e : parts.entrySet()) {
        if (top == null || e.getValue().rows > top.getValue().rows) {
          top = e; // ascending keys: a tie keeps the smallest
        }
      }
      core = top.getValue().row(top.getKey());
      for (Map.Entry<String, Part> e : parts.entrySet()) {
        if (e != top) {
          others.add(e.getValue().row(e.getKey()));
        }
      }
    }
    return RowFactory.create(profileId, cii, strings(subjectIds), strings(subjectKeys),
        nameRows.toArray(new Row[0]), counted(dobs), years.toArray(new Integer[0]),
        counted(sexes), counted(races), strings(fbis), strings(cdls), strings(ssns),
        strings(counties), first, last, death, n, strings(flags),
        snapRows.toArray(new Row[0]), core, others.toArray(new Row[0]));
  }

  /** The values of one subject key's rows inside a profile ({@link #CORE}). */
  private static final class Part {
    long rows;
    String subjectId;
    final Set<String> names = new TreeSet<>();
    final Set<String> dobs = new TreeSet<>();
    final Map<String, Long> sexes = new TreeMap<>();
    final Set<String> races = new TreeSet<>();
    final Set<String> fbis = new TreeSet<>();
    final Set<String> cdls = new TreeSet<>();
    final Set<String> ssns = new TreeSet<>();
    final Set<String> counties = new TreeSet<>();

    void add(Row r) {
      rows++;
      if (!r.isNullAt(2)) {
        subjectId = r.getString(2);
      }
      names.addAll(r.getList(4));
      dobs.addAll(r.getList(5));
      if (!r.isNullAt(7)) {
        sexes.merge(r.getString(7), 1L, Long::sum);
      }
      if (!r.isNullAt(8)) {
        races.add(r.getString(8));
      }
      if (!r.isNullAt(9)) {
        fbis.add(r.getString(9));
      }
      cdls.addAll(r.getList(10));
      ssns.addAll(r.getList(11));
      if (!r.isNullAt(12)) {
        counties.add(r.getString(12));
      }
    }

    Row row(String subjectKey) {
      return RowFactory.create(subjectKey, subjectId, strings(names), strings(dobs),
          counted(sexes), strings(races), strings(fbis), strings(cdls), strings(ssns),
          strings(counties));
    }
  }

  /**
   * The comparison view of a profile's {@link #CORE} (its names' term frequencies taken from
   * the profile), or null when the profile has none.
   */
  static ProfileValues coreValues(Row p) {
    int i = p.fieldIndex("core");
    return p.isNullAt(i) ? null : partValues(p, p.getStruct(i), true);
  }

  /**
   * The comparison views of a profile's subject keys other than its core's, without the CII
   * (all parts share it) or a death date: one subject key's rows against another's.
   */
  static List<ProfileValues> otherValues(Row p) {
    List<ProfileValues> out = new ArrayList<>();
    for (Row o : p.<Row>getList(p.fieldIndex("others"))) {
      out.add(partValues(p, o, false));
    }
    return out;
  }

  /** The core's values as {@link #otherValues(Row)} gives the others' (no CII, no death). */
  static ProfileValues coreValuesWithoutCii(Row p) {
    int i = p.fieldIndex("core");
    return p.isNullAt(i) ? null : partValues(p, p.getStruct(i), false);
  }

  private static ProfileValues partValues(Row p, Row c, boolean whole) {
    Map<String, Double> tf = new java.util.HashMap<>();
    for (Row n : p.<Row>getList(p.fieldIndex("names"))) {
      tf.put(n.getString(0), n.getDouble(3));
    }
    List<ProfileValues.NameValue> names = new ArrayList<>();
    for (String n : c.<String>getList(2)) {
      names.add(new ProfileValues.NameValue(PersonName.fromText(n), tf.getOrDefault(n, 0.0)));
    }
    Map<String, Long> sexes = new TreeMap<>();
    for (Row x : c.<Row>getList(4)) {
      sexes.put(x.getString(0), x.getLong(1));
    }
    return new ProfileValues(p.getString(p.fieldIndex("profile_id")),
        whole ? p.getString(p.fieldIndex("cii")) : null, names, c.getList(3), sexes,
        c.getList(5), c.getList(6), c.getList(7), c.getList(8),
        whole ? p.getString(p.fieldIndex("death_date")) : null,
        whole ? p.getString(p.fieldIndex("last_event_date")) : null, c.getList(9));
  }

  /** The SUBJECT_ID of a profile's core, or null (no core, or a blank SUBJECT_ID). */
  static String coreSubjectId(Row p) {
    int i = p.fieldIndex("core");
    return p.isNullAt(i) ? null : p.getStruct(i).getString(1);
  }

  private static int compareLists(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      String x = a.get(i);
      String y = b.get(i);
      int c = x == null ? (y == null ? 0 : -1) : (y == null ? 1 : x.compareTo(y));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static Row[] counted(Map<String, Long> m) {
    List<Row> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(RowFactory.create(k, v)));
    return out.toArray(new Row[0]);
  }

  /** Arrays, not lists: the Row encoder takes Java arrays or Scala sequences. */
  static String[] strings(java.util.Collection<String> c) {
    return c.toArray(new String[0]);
  }

  /** Fill {@code names[].tf}: the share of profiles that carry the name's key. */
  static Dataset<Row> withTermFrequencies(Dataset<Row> profiles) {
    Dataset<Row> exploded = profiles.select(col("profile_id"), explode(col("names")).as("n"));
    Dataset<Row> perKey = exploded.groupBy(col("n.key").as("tf_key"))
        .agg(count_distinct(col("profile_id")).as("tf_profiles"));
    Dataset<Row> total = profiles.selectExpr("count(*) as tf_total");
    Dataset<Row> names = exploded.join(perKey, col("n.key").equalTo(col("tf_key")))
        .crossJoin(total)
        .select(col("profile_id").as("tf_profile_id"), struct(col("n.name").as("name"),
            col("n.key").as("key"), col("n.rows").as("rows"),
            col("tf_profiles").divide(col("tf_total")).as("tf")).as("n"))
        .groupBy(col("tf_profile_id"))
        .agg(array_sort(collect_list(col("n"))).as("names_tf"));
    List<Column> cols = new ArrayList<>();
    for (String f : PROFILE.fieldNames()) {
      cols.add(f.equals("names")
          ? org.apache.spark.sql.functions.coalesce(col("names_tf"), col("names")).as("names")
          : col(f));
    }
    return profiles.join(names, col("profile_id").equalTo(col("tf_profile_id")), "left")
        .select(cols.toArray(new Column[0]));
  }

  /** The comparison view of a profile row ({@link #PROFILE} layout, by field name). */
  static ProfileValues values(Row p) {
    List<ProfileValues.NameValue> names = new ArrayList<>();
    for (Row n : p.<Row>getList(p.fieldIndex("names"))) {
      names.add(new ProfileValues.NameValue(PersonName.fromText(n.getString(0)), n.getDouble(3)));
    }
    Map<String, Long> sexes = new TreeMap<>();
    for (Row s : p.<Row>getList(p.fieldIndex("sexes"))) {
      sexes.put(s.getString(0), s.getLong(1));
    }
    return new ProfileValues(p.getString(p.fieldIndex("profile_id")),
        p.getString(p.fieldIndex("cii")), names, firsts(p.getList(p.fieldIndex("dobs"))), sexes,
        firsts(p.getList(p.fieldIndex("races"))), p.getList(p.fieldIndex("fbi_numbers")),
        p.getList(p.fieldIndex("cdls")), p.getList(p.fieldIndex("ssns")),
        p.getString(p.fieldIndex("death_date")), p.getString(p.fieldIndex("last_event_date")),
        p.getList(p.fieldIndex("counties")));
  }

  private static List<String> firsts(List<Row> rows) {
    List<String> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(r.getString(0));
    }
    return out;
  }

  /** One identity snapshot as a single-valued profile (m training). */
  static ProfileValues snapshot(String profileId, Row s) {
    List<ProfileValues.NameValue> names = s.isNullAt(0) ? List.of()
        : List.of(new ProfileValues.NameValue(PersonName.fromText(s.getString(0)), 0));
    return new ProfileValues(profileId, null, names, one(s, 1),
        s.isNullAt(2) ? Map.of() : Map.of(s.getString(2), 1L), one(s, 3), one(s, 4), one(s, 5),
        one(s, 6), null, null, s.getList(7));
  }

  private static List<String> one(Row s, int i) {
    return s.isNullAt(i) ? List.of() : List.of(s.getString(i));
  }
}
