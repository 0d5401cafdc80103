package org.recordrelief.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.doj.Counties;
import org.recordrelief.generate.Generator;
import org.recordrelief.generate.GeneratorSettings;
import org.recordrelief.testing.SharedSpark;

/**
 * County isolation of {@code exports/}: a DA office receives its folder and nothing of another
 * county. On a generated statewide run (300 people), for every county folder, every row of {@code
 * determinations.csv}, {@code cases.csv} and {@code review-queue.csv} belongs to that county — by
 * its {@code county} column, and, independently of the pipeline, by the generator's ground truth
 * of the count's county — and each file holds exactly the rows of that county's {@code
 * determinations} Parquet partition (all of them, the cases covering them, the ones to review).
 */
@ExtendWith(SharedSpark.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountyIsolationTest {
  private static final List<String> FILES =
      List.of("determinations.csv", CountyPackages.CASES, CountyPackages.REVIEW_QUEUE);

  private Path gen;
  private Path out;
  /** Parquet determinations: slug → "subject_id|count_key" of every row / of the rows to review. */
  private final Map<String, Set<String>> partition = new TreeMap<>();
  private final Map<String, Set<String>> toReview = new TreeMap<>();
  private final Map<String, String> slugOfCounty = new HashMap<>();

  @BeforeAll
  void generateAndRun(SparkSession spark, @TempDir Path tmp) {
    gen = tmp.resolve("gen");
    GeneratorSettings s = GeneratorSettings.defaults().withOverrides(Map.of(
        "people", 300, "seed", 64L, "rowsPerFile", 3000, "identity.enabled", false));
    Generator.generate(s, gen, SharedSpark.testSettings().statutory());
    out = PackagedRun.run(spark, List.of(gen.resolve("doj").toString()), tmp.resolve("out"),
        s.extractDate());
    Dataset<Row> dets = spark.read().parquet(out.resolve("determinations").toString());
    for (Row r : dets.select(col("county_slug"), coalesce(col("subject_id"), lit("")),
            col("count_key"),
            CountyPackages.needsReview().as("review")).collectAsList()) {
      String key = r.getString(1) + "|" + r.getString(2);
      partition.computeIfAbsent(r.getString(0), k -> new TreeSet<>()).add(key);
      if (r.getBoolean(3)) {
        toReview.computeIfAbsent(r.getString(0), k -> new TreeSet<>()).add(key);
      }
    }
    Counties.ALL.forEach(c -> slugOfCounty.put(c.dojName(), c.slug()));
    slugOfCounty.put("UNKNOWN", Counties.UNKNOWN_SLUG);
  }

  private List<String> folders() throws IOException {
    try (Stream<Path> s = Files.list(out.resolve("exports"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theRunSpreadsOverManyCountiesAndHasRowsToReview() {
    assertTrue(partition.size() >= 10, "counties with determinations: " + partition.keySet());
    assertTrue(toReview.values().stream().mapToInt(Set::size).sum() >= 5, "rows to review");
  }

  @Test
  void everyCountyHasItsFolderWithItsFilesAndNothingElse() throws IOException {
    Set<String> want = new TreeSet<>();
    Counties.ALL.forEach(c -> want.add(c.slug()));
    if (partition.containsKey(Counties.UNKNOWN_SLUG)) {
      want.add(Counties.UNKNOWN_SLUG);
    }
    assertEquals(List.copyOf(want), folders());
    for (String slug : want) {
      try (Stream<Path> s = Files.list(out.resolve("exports/" + slug))) {
        Set<String> expected = new TreeSet<>(FILES);
        expected.add("summary.html"); // the county's page: aggregates of this county only
        assertEquals(expected,
            new TreeSet<>(s.map(p -> p.getFileName().toString()).toList()), slug);
      }
    }
  }

  @Test
  void everyRowOfEveryFileBelongsToItsCounty() throws IOException {
    List<String> leaks = new ArrayList<>();
    long rows = 0;
    for (String slug : folders()) {
      for (String file : FILES) {
        for (Map<String, String> r : PackagedRun.read(out.resolve("exports/" + slug + "/" + file))
            .rows()) {
          rows++;
          String county = r.get("county");
          if (!slug.equals(slugOfCounty.get(county))) {
            leaks.add(slug + "/" + file + ": county " + county + " " + r.get("subject_id"));
          }
        }
      }
    }
    assertTrue(rows > 100, rows + " rows checked");
    assertTrue(leaks.isEmpty(), leaks.size() + " rows of another county: "
        + leaks.subList(0, Math.min(10, leaks.size())));
  }

  /** The generator's own county of each count (not derived by the pipeline). */
  @Test
  void everyDeterminationIsInTheFolderOfItsTrueCounty() throws IOException {
    Map<String, String> trueSlug = new HashMap<>();
    for (Map<String, String> t : PackagedRun.read(gen.resolve("truth/convictions.csv")).rows()) {
      trueSlug.put(t.get("subject_id") + "|" + t.get("cnt_order"), t.get("county_slug"));
    }
    int compared = 0;
    List<String> wrong = new ArrayList<>();
    for (String slug : folders()) {
      for (Map<String, String> r : PackagedRun.read(
          out.resolve("exports/" + slug + "/determinations.csv")).rows()) {
        String t = trueSlug.get(r.get("subject_id") + "|" + r.get("count_order"));
        if (t != null) {
          compared++;
          if (!t.equals(slug)) {
            wrong.add(slug + ": " + r.get("subject_id") + "|" + r.get("count_order") + " is " + t);
          }
        }
      }
    }
    assertTrue(compared > 100, compared + " compared with the ground truth");
    assertTrue(wrong.isEmpty(), wrong.toString());
  }

  @Test
  void eachFileHoldsExactlyTheRowsOfItsParquetPartition() throws IOException {
    for (String slug : folders()) {
      Path dir = out.resolve("exports/" + slug);
      Set<String> all = partition.getOrDefault(slug, Set.of());
      Set<String> review = toReview.getOrDefault(slug, Set.of());

      List<Map<String, String>> dets = PackagedRun.read(dir.resolve("determinations.csv")).rows();
      assertEquals(all.size(), dets.size(), slug + " determinations.csv rows");
      assertEquals(all, keys(dets, "count_key"), slug + " determinations.csv");

      List<Map<String, String>> queue =
          PackagedRun.read(dir.resolve(CountyPackages.REVIEW_QUEUE)).rows();
      assertEquals(review.size(), queue.size(), slug + " review-queue.csv rows");
      assertEquals(review, keys(queue, "count_key"), slug + " review-queue.csv");

      // The cases cover every determination of the county exactly once.
      Map<String, String> keyOfRef = new HashMap<>();
      for (Map<String, String> d : dets) {
        String ref = d.get("count_order").isEmpty() ? d.get("count_key") : d.get("count_order");
        keyOfRef.put(d.get("subject_id") + "|" + ref, d.get("subject_id") + "|" + d.get("count_key"));
      }
      List<String> covered = new ArrayList<>();
      long total = 0;
      for (Map<String, String> c : PackagedRun.read(dir.resolve(CountyPackages.CASES)).rows()) {
        long n = Long.parseLong(c.get("counts_total"));
        total += n;
        assertEquals(n, Long.parseLong(c.get("relief_count")) + Long.parseLong(c.get("review_count"))
            + Long.parseLong(c.get("not_eligible_count")), slug + " " + c);
        String[] items = c.get("all_counts").split(";");
        assertEquals(n, items.length, slug + " " + c);
        for (String item : items) {
          covered.add(keyOfRef.get(c.get("subject_id") + "|" + item.substring(0, item.indexOf(':'))));
        }
      }
      assertEquals(all.size(), total, slug + " cases.csv counts_total");
      assertEquals(all.size(), covered.size(), slug + " cases.csv counts");
      assertEquals(all, new TreeSet<>(covered), slug + " cases.csv");
    }
  }

  private static Set<String> keys(List<Map<String, String>> rows, String column) {
    Set<String> s = new TreeSet<>();
    rows.forEach(r -> s.add(r.get("subject_id") + "|" + r.get(column)));
    return s;
  }
}
