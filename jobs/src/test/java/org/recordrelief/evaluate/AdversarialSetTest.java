package org.recordrelief.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.testing.SharedSpark;

/**
 * The generator's adversarial set (twins, father and son, the same common name and DOB, the same
 * name with a near DOB) through the full pipeline with identity resolution: no look-alike pair
 * of distinct people is merged, and no conviction is granted more relief than the rules give on
 * the true persons.
 */
@ExtendWith(SharedSpark.class)
class AdversarialSetTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> m, String... path) {
    for (String k : path) {
      m = (Map<String, Object>) m.get(k);
    }
    return m;
  }

  @Test
  void lookAlikesStayUnmerged(SparkSession spark, @TempDir Path tmp) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    Map<String, Object> f = EvaluateIdentityCommand.run(spark, SharedSpark.testSettings(),
        new EvaluateIdentityCommand.Args(200, 20261127L, tmp.resolve("eval"), null, true),
        new PrintStream(buf, true, StandardCharsets.UTF_8));
    Map<String, Object> la = map(f, "look_alike_pairs");
    long pairs = ((Number) la.get("pairs")).longValue();
    assertTrue(pairs >= 150, "300 adversarial people make 150 pairs: " + la);
    for (String kind : new String[] {"TWIN", "JR_SR", "SAME_NAME_SAME_DOB",
        "SAME_NAME_NEAR_DOB"}) {
      assertTrue(((Number) map(la, "pairs_by_kind").get(kind)).longValue() > 0, kind);
    }
    assertEquals(0L, ((Number) la.get("merged_by_resolution")).longValue(), la.toString());
    Map<String, Object> vsTruth = map(f, "decisions_vs_truth_persons", "convictions");
    assertEquals(0L, ((Number) vsTruth.get("WRONGLY_GRANTED")).longValue(), vsTruth.toString());
    assertTrue(buf.toString(StandardCharsets.UTF_8).contains("by resolution"));
  }
}
