package org.recordrelief.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.config.IngestSettings;
import org.recordrelief.config.Settings;
import org.recordrelief.config.SettingsException;
import org.recordrelief.testing.DojLine;
import org.recordrelief.testing.SharedSpark;

@ExtendWith(SharedSpark.class)
class DojReaderTest {
  private static final IngestSettings SMALL_CHUNKS = Settings.load(
      ConfigFactory.parseString("recordrelief.ingest.chunkBytes = 1024")).ingest();

  private static Dataset<Row> read(SparkSession spark, IngestSettings s, Path... files) {
    List<InputFile> listed = InputFiles.list(
        java.util.Arrays.stream(files).map(Path::toString).toList(),
        spark.sparkContext().hadoopConfiguration());
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return DojReader.read(spark, DojReader.plan(jsc, listed, s), s);
  }

  @Test
  void lineNumbersSurviveChunkingWithMixedLineEnds(SparkSession spark, @TempDir Path tmp)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write((DojLine.header() + "\r\n").getBytes(StandardCharsets.UTF_8));
    int n = 300;
    for (int i = 2; i <= n + 1; i++) {
      String line = DojLine.conviction("S" + i, "101002001000", "11357 HS").set("OFN", "L" + i)
          .csv();
      bytes.write((line + (i % 3 == 0 ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8));
    }
    Path f = tmp.resolve("big.csv");
    Files.write(f, bytes.toByteArray());
    assertTrue(Files.size(f) > 50 * 1024, "many chunks");

    Dataset<Row> records = read(spark, SMALL_CHUNKS, f);
    List<Row> rows = records.select("line_number", "kind", "OFN", "bom").collectAsList();
    assertEquals(n + 1, rows.size(), "every physical line exactly once");
    for (Row r : rows) {
      long line = r.getLong(0);
      if (line == 1) {
        assertEquals("HEADER", r.getString(1));
        assertTrue(r.getBoolean(3), "BOM removed before header detection");
      } else {
        assertEquals("DATA", r.getString(1));
        assertEquals("L" + line, r.getString(2), "line number matches the record");
      }
    }
  }

  @Test
  void hostileLinesBecomeQuarantineRowsWithReasons(SparkSession spark, @TempDir Path tmp)
      throws IOException {
    String good = DojLine.conviction("S1", "101002001000", "11357 HS").csv();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write((good + "\n").getBytes(StandardCharsets.UTF_8));                      // 1 data
    b.write((good.substring(0, good.length() - 1) + "\"#\n").getBytes(StandardCharsets.UTF_8)); // 2
    b.write("continued\",#\n".getBytes(StandardCharsets.UTF_8));                 // 3
    b.write((DojLine.header() + "\n").getBytes(StandardCharsets.UTF_8));          // 4 embedded
    byte[] latin = good.replace("ALPHA", "ALPH\u00C9").getBytes(StandardCharsets.ISO_8859_1);
    b.write(latin);                                                                // 5 non-UTF-8
    b.write('\n');
    b.write((good.substring(0, good.length() - 1) + "\"#").getBytes(StandardCharsets.UTF_8)); // 6
    Path f = tmp.resolve("hostile.csv");
    Files.write(f, b.toByteArray());

    Map<Long, String> verdicts = new TreeMap<>();
    for (Row r : read(spark, IngestSettings.defaults(), f)
        .select("line_number", "kind", "reason", "issues").collectAsList()) {
      verdicts.put(r.getLong(0), r.getString(1) + "/" + r.getString(2)
          + (r.isNullAt(3) ? "" : r.getList(3).toString()));
    }
    assertEquals("DATA/null", verdicts.get(1L));
    assertEquals("QUARANTINED/QUOTED_LINE_BREAK", verdicts.get(2L));
    assertTrue(verdicts.get(3L).startsWith("QUARANTINED/"), verdicts.get(3L));
    assertEquals("QUARANTINED/EMBEDDED_HEADER", verdicts.get(4L));
    assertEquals("DATA/null[NON_UTF8_BYTES]", verdicts.get(5L));
    assertEquals("QUARANTINED/TRUNCATED_FINAL_RECORD", verdicts.get(6L));
    assertEquals(6, verdicts.size());
  }

  @Test
  void emptyHeaderOnlyAndDuplicateFiles(SparkSession spark, @TempDir Path tmp)
      throws IOException {
    Path empty = Files.writeString(tmp.resolve("a-empty.csv"), "");
    Path headerOnly = Files.writeString(tmp.resolve("b-header.csv"), DojLine.header() + "\n");
    String good = DojLine.conviction("S1", "101002001000", "11357 HS").csv() + "\n";
    Path one = Files.writeString(tmp.resolve("c-one.csv"), good);
    Path again = Files.writeString(tmp.resolve("d-again.csv"), good);
    List<InputFile> files = InputFiles.list(List.of(tmp.toString()),
        spark.sparkContext().hadoopConfiguration());
    assertEquals(4, files.size());
    assertNull(files.get(2).duplicateOf());
    assertNotNull(files.get(3).duplicateOf(), "same content: second file is not read");
    Dataset<Row> records = read(spark, IngestSettings.defaults(), empty, headerOnly, one, again);
    assertEquals(1, records.where(col("kind").equalTo("DATA")).count());
    assertEquals(1, records.where(col("kind").equalTo("HEADER")).count());
  }

  @Test
  void missingInputIsAOneLineError(SparkSession spark, @TempDir Path tmp) {
    SettingsException e = assertThrows(SettingsException.class, () -> InputFiles.list(
        List.of(tmp.resolve("nope.csv").toString()), spark.sparkContext().hadoopConfiguration()));
    assertTrue(e.getMessage().startsWith("FILE_UNREADABLE: "), e.getMessage());
    assertTrue(e.getMessage().contains("nope.csv"));
  }
}
