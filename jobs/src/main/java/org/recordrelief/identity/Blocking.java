package org.recordrelief.identity;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Stage B ({@code entity-resolution.md} §3): candidate profile pairs from a union of strict
 * equi-join rules, de-duplicated with the list of rules per pair; oversized blocks skipped.
 */
final class Blocking {
  private Blocking() {}

  static final String B1_FBI = "B1_FBI";
  static final String B1_CDL = "B1_CDL";
  static final String B1_SSN = "B1_SSN";
  static final String B2_DOB_SURNAME_PHONETIC = "B2_DOB_SURNAME_PHONETIC";
  static final String B3_DOB_FIRST_PHONETIC = "B3_DOB_FIRST_PHONETIC";
  static final String B4_NAME_BIRTH_YEAR = "B4_NAME_BIRTH_YEAR";
  static final String B5_DOB_DAY_MONTH_SWAP = "B5_DOB_DAY_MONTH_SWAP";
  static final String B6_NAME_SWAP = "B6_NAME_SWAP";
  static final String B7_DOB_SURNAME_TOKEN = "B7_DOB_SURNAME_TOKEN";
  /** The same strong id but for one mistyped character (key: the id with one position masked). */
  static final String B8_ID_ONE_CHARACTER = "B8_ID_ONE_CHARACTER";
  /** Surname and first-name phonetic codes plus birth year: a misspelt name and a DOB typo. */
  static final String B9_NAME_PHONETIC_BIRTH_YEAR = "B9_NAME_PHONETIC_BIRTH_YEAR";
  /** The full name of a profile without any DOB, joined to every profile with that name. */
  static final String B10_NAME_WITHOUT_DOB = "B10_NAME_WITHOUT_DOB";
  /**
   * The CII with one position masked, plus a phonetic code of the surname or the first name, or
   * a birth year: CIIs one mistyped digit apart. The name or year keeps blocks small where CII
   * numbers are dense.
   */
  static final String B11_CII_ONE_CHARACTER = "B11_CII_ONE_CHARACTER";
  /** Standardised surname + first name + month and day of birth: a mistyped birth year. */
  static final String B12_NAME_BIRTH_DAY = "B12_NAME_BIRTH_DAY";

  /** Every rule, in report order. */
  static final List<String> RULES = List.of(B1_FBI, B1_CDL, B1_SSN, B2_DOB_SURNAME_PHONETIC,
      B3_DOB_FIRST_PHONETIC, B4_NAME_BIRTH_YEAR, B5_DOB_DAY_MONTH_SWAP, B6_NAME_SWAP,
      B7_DOB_SURNAME_TOKEN, B8_ID_ONE_CHARACTER, B9_NAME_PHONETIC_BIRTH_YEAR,
      B10_NAME_WITHOUT_DOB, B11_CII_ONE_CHARACTER, B12_NAME_BIRTH_DAY);

  /**
   * Side of a key: B joins with B (symmetric rules); L joins with R (B5, B6, B10). {@code
   * detail}: for B8 and B11 the masked character; two keys pair only when it differs (equal ids
   * are B1's pairs; equal CIIs are one profile).
   */
  static final StructType KEY = new StructType()
      .add("rule", DataTypes.StringType, false)
      .add("key", DataTypes.StringType, false)
      .add("side", DataTypes.StringType, false)
      .add("profile_id", DataTypes.StringType, false)
      .add("detail", DataTypes.StringType, true);

  /** Blocking keys of one profile (pure; {@link ProfileValues} plus birth years). */
  static List<String[]> keys(ProfileValues p, List<Integer> years) {
    Set<List<String>> out = new LinkedHashSet<>();
    p.fbis().forEach(v -> out.add(List.of(B1_FBI, v, "B")));
    p.cdls().forEach(v -> out.add(List.of(B1_CDL, v, "B")));
    p.ssns().forEach(v -> out.add(List.of(B1_SSN, v, "B")));
    oneCharacterKeys(out, "FBI", p.fbis());
    oneCharacterKeys(out, "CDL", p.cdls());
    oneCharacterKeys(out, "SSN", p.ssns());
    if (p.cii() != null) {
      Set<String> contexts = new java.util.TreeSet<>();
      for (ProfileValues.NameValue nv : p.names()) {
        if (!nv.name().last().isEmpty()) {
          contexts.add("N" + Comparison.phonetic(nv.name().last()));
        }
        if (!nv.name().first().isEmpty()) {
          contexts.add("F" + Comparison.phonetic(nv.name().first()));
        }
      }
      years.forEach(y -> contexts.add("Y" + y));
      String cii = p.cii();
      for (String c : contexts) {
        for (int i = 0; i < cii.length(); i++) {
          out.add(List.of(B11_CII_ONE_CHARACTER, c + "|" + cii.substring(0, i) + "_"
              + cii.substring(i + 1), "B", String.valueOf(cii.charAt(i))));
        }
      }
    }
    for (ProfileValues.NameValue nv : p.names()) {
      PersonName n = nv.name();
      boolean full = !n.first().isEmpty() && !n.last().isEmpty();
      if (full) {
        String phonetic = Comparison.phonetic(n.last()) + "|" + Comparison.phonetic(n.first());
        for (Integer y : years) {
          out.add(List.of(B4_NAME_BIRTH_YEAR, n.last() + "|" + n.first() + "|" + y, "B"));
          out.add(List.of(B9_NAME_PHONETIC_BIRTH_YEAR, phonetic + "|" + y, "B"));
        }
      }
      if (full) {
        String name = n.last() + "|" + n.first();
        if (years.isEmpty()) {
          out.add(List.of(B10_NAME_WITHOUT_DOB, name, "L"));
        }
        out.add(List.of(B10_NAME_WITHOUT_DOB, name, "R"));
      }
      for (String dob : p.dobs()) {
        if (!n.last().isEmpty()) {
          out.add(List.of(B2_DOB_SURNAME_PHONETIC, dob + "|" + Comparison.phonetic(n.last()),
              "B"));
          for (String t : n.surnameTokens()) {
            out.add(List.of(B7_DOB_SURNAME_TOKEN, dob + "|" + t, "B"));
          }
        }
        if (!n.first().isEmpty()) {
          out.add(List.of(B3_DOB_FIRST_PHONETIC, dob + "|" + Comparison.phonetic(n.first()),
              "B"));
        }
        if (full) {
          out.add(List.of(B12_NAME_BIRTH_DAY,
              n.last() + "|" + n.first() + "|" + dob.substring(4), "B"));
          String swapped = IdentityValues.swapDayMonth(dob);
          if (swapped != null) {
            out.add(List.of(B5_DOB_DAY_MONTH_SWAP, n.last() + "|" + n.first() + "|" + swapped,
                "L"));
          }
          out.add(List.of(B5_DOB_DAY_MONTH_SWAP, n.last() + "|" + n.first() + "|" + dob, "R"));
          out.add(List.of(B6_NAME_SWAP, dob + "|" + n.lastJoined() + "|" + n.first(), "L"));
          out.add(List.of(B6_NAME_SWAP, dob + "|" + n.first() + "|" + n.lastJoined(), "R"));
        }
      }
    }
    List<String[]> list = new ArrayList<>();
    out.forEach(k -> list.add(k.toArray(new String[0])));
    return list;
  }

  /** B8 keys of one id kind: per position, the value with that position masked, and the char. */
  private static void oneCharacterKeys(Set<List<String>> out, String kind, List<String> ids) {
    for (String v : ids) {
      for (int i = 0; i < v.length(); i++) {
        out.add(List.of(B8_ID_ONE_CHARACTER, kind + "|" + v.substring(0, i) + "_"
            + v.substring(i + 1), "B", String.valueOf(v.charAt(i))));
      }
    }
  }

  /** Key rows of every profile. */
  static Dataset<Row> keyRows(Dataset<Row> profiles) {
    return profiles.flatMap((FlatMapFunction<Row, Row>) p -> {
      ProfileValues v = IdentityProfiles.values(p);
      List<Integer> years = p.getList(p.fieldIndex("dob_years"));
      List<Row> rows = new ArrayList<>();
      for (String[] k : keys(v, years)) {
        rows.add(RowFactory.create(k[0], k[1], k[2], v.profileId(), k.length > 3 ? k[3] : null));
      }
      Iterator<Row> it = rows.iterator();
      return it;
    }, Encoders.row(KEY));
  }

  /**
   * Blocking output.
   *
   * @param pairs profile_id_a &lt; profile_id_b, rules (sorted array)
   * @param stats one row per rule: rule, pairs, blocks, largest_block, skipped_keys,
   *     skipped_key_hashes, block_size_histogram
   */
  record Output(Dataset<Row> pairs, Dataset<Row> stats) {}

  static Output run(Dataset<Row> profiles, int cap) {
    Dataset<Row> keys = keyRows(profiles).localCheckpoint();
    Dataset<Row> sizes = keys.groupBy(col("rule"), col("key"))
        .agg(count_distinct(col("profile_id")).as("size"));
    Dataset<Row> kept = keys.join(sizes.where(col("size").leq(cap)).select("rule", "key"),
        new String[] {"rule", "key"});
    Dataset<Row> l = kept.where(col("side").isin("B", "L"))
        .select(col("rule"), col("key"), col("side").as("side_a"), col("profile_id").as("a"),
            col("detail").as("detail_a"));
    Dataset<Row> r = kept.where(col("side").isin("B", "R"))
        .select(col("rule").as("rule_r"), col("key").as("key_r"), col("side").as("side_b"),
            col("profile_id").as("b"), col("detail").as("detail_b"));
    Column symmetric = col("side_a").equalTo("B").and(col("side_b").equalTo("B"))
        .and(col("a").lt(col("b")));
    Column asymmetric = col("side_a").equalTo("L").and(col("side_b").equalTo("R"))
        .and(col("a").notEqual(col("b")));
    Dataset<Row> rulePairs = l.join(r, col("rule").equalTo(col("rule_r"))
            .and(col("key").equalTo(col("key_r"))))
        .where(symmetric.or(asymmetric)
            .and(col("detail_a").isNull().or(col("detail_a").notEqual(col("detail_b")))))
        .select(col("rule"), least(col("a"), col("b")).as("profile_id_a"),
            greatest(col("a"), col("b")).as("profile_id_b"))
        .distinct();
    Dataset<Row> subjectPairs = subjectPairs(profiles);
    Dataset<Row> all = rulePairs.unionByName(subjectPairs).localCheckpoint();
    Dataset<Row> pairs = all.groupBy(col("profile_id_a"), col("profile_id_b"))
        .agg(array_sort(collect_set(col("rule"))).as("rules"));

    Dataset<Row> perRulePairs = all.groupBy(col("rule")).agg(count(lit(1)).as("pairs"));
    Dataset<Row> blockStats = sizes.groupBy(col("rule")).agg(
        sum(when(col("size").geq(2), 1).otherwise(0)).as("blocks"),
        max(col("size")).as("largest_block"),
        sum(when(col("size").gt(cap), 1).otherwise(0)).as("skipped_keys"),
        array_sort(collect_set(when(col("size").gt(cap),
            sha2(org.apache.spark.sql.functions.concat_ws("|", col("rule"), col("key")), 256)
                .substr(1, 16)))).as("skipped_key_hashes"));
    // Histogram: keys per size bucket, as a map.
    Dataset<Row> hist = sizes.withColumn("bucket", bucket(col("size")))
        .groupBy(col("rule"), col("bucket")).agg(count(lit(1)).as("keys"))
        .groupBy(col("rule")).agg(org.apache.spark.sql.functions.map_from_entries(array_sort(
            org.apache.spark.sql.functions.collect_list(org.apache.spark.sql.functions.struct(
                col("bucket"), col("keys"))))).as("block_size_histogram"));
    Dataset<Row> stats = blockStats
        .join(hist, "rule")
        .join(perRulePairs, new String[] {"rule"}, "full_outer")
        .select(col("rule"),
            org.apache.spark.sql.functions.coalesce(col("pairs"), lit(0L)).as("pairs"),
            org.apache.spark.sql.functions.coalesce(col("blocks"), lit(0L)).as("blocks"),
            org.apache.spark.sql.functions.coalesce(col("largest_block"), lit(0L))
                .as("largest_block"),
            org.apache.spark.sql.functions.coalesce(col("skipped_keys"), lit(0L))
                .as("skipped_keys"),
            org.apache.spark.sql.functions.coalesce(col("skipped_key_hashes"),
                org.apache.spark.sql.functions.array().cast("array<string>"))
                .as("skipped_key_hashes"),
            col("block_size_histogram"))
        .orderBy(col("rule"));
    return new Output(pairs, stats);
  }

  /** Size buckets of the block-size histogram. */
  static Column bucket(Column size) {
    return when(size.leq(1), "0001").when(size.leq(2), "0002").when(size.leq(5), "0003-0005")
        .when(size.leq(10), "0006-0010").when(size.leq(50), "0011-0050")
        .when(size.leq(100), "0051-0100").when(size.leq(500), "0101-0500")
        .otherwise("0501+");
  }

  /** DET_SUBJECT_ID pairs: profiles sharing a SUBJECT_ID. */
  static Dataset<Row> subjectPairs(Dataset<Row> profiles) {
    Dataset<Row> s = profiles.select(col("profile_id"),
        org.apache.spark.sql.functions.explode(col("subject_ids")).as("sid"));
    Dataset<Row> s2 = s.select(col("profile_id").as("p2"), col("sid").as("sid2"));
    return s.join(s2, col("sid").equalTo(col("sid2")).and(col("profile_id").lt(col("p2"))))
        .select(lit(IdentityColumns.DET_SUBJECT_ID).as("rule"),
            col("profile_id").as("profile_id_a"), col("p2").as("profile_id_b"))
        .distinct();
  }
}
