package org.recordrelief.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.recordrelief.config.IngestSettings;
import org.recordrelief.validate.RecordValidator;

/**
 * Reads DOJ files into the {@code records} dataset ({@link RecordColumns}): one row per physical
 * line, with provenance and the validator's verdict. Files are split into byte-range chunks read
 * in parallel; a first, cheap pass counts line feeds per chunk so every record keeps its physical
 * line number. Spark's CSV source is not used: it pads short records, truncates long ones and
 * splits quoted line breaks silently ({@code doj-input-format.md} §1.3).
 */
public final class DojReader {
  private DojReader() {}

  /** Plan the chunks of the non-duplicate files, with line-feed counts before each chunk. */
  public static List<Chunk> plan(JavaSparkContext jsc, List<InputFile> files, IngestSettings s) {
    List<Chunk> chunks = new ArrayList<>();
    List<Chunk> needCounting = new ArrayList<>();
    for (InputFile f : files) {
      if (f.isDuplicate() || f.sizeBytes() == 0) {
        continue;
      }
      long step = s.chunkBytes();
      for (long start = 0; start < f.sizeBytes(); start += step) {
        Chunk c = new Chunk(f, start, Math.min(f.sizeBytes(), start + step), 0);
        chunks.add(c);
        if (f.sizeBytes() > step) {
          needCounting.add(c);
        }
      }
    }
    if (needCounting.isEmpty()) {
      return chunks;
    }
    // Only counts come back to the driver: one long per chunk.
    List<Long> counts =
        jsc.parallelize(needCounting, needCounting.size())
            .map(ChunkLineReader::countLineFeeds)
            .collect();
    List<Chunk> out = new ArrayList<>(chunks.size());
    int k = 0;
    String currentFile = null;
    long before = 0;
    for (Chunk c : chunks) {
      if (c.file().sizeBytes() <= s.chunkBytes()) {
        out.add(c);
        continue;
      }
      if (!c.file().path().equals(currentFile)) {
        currentFile = c.file().path();
        before = 0;
      }
      out.add(c.withLineFeedsBefore(before));
      before += counts.get(k++);
    }
    return out;
  }

  /**
   * The {@code records} dataset for the planned chunks. Lazy: nothing is read until an action.
   */
  public static Dataset<Row> read(SparkSession spark, List<Chunk> chunks, IngestSettings s) {
    return read(spark, chunks, s, null);
  }

  /**
   * As {@link #read(SparkSession, List, IngestSettings)}, keeping only some DOJ columns
   * ({@link RecordColumns#projected}; null keeps all). Every field is still validated; the
   * projection only saves converting and caching values no later stage reads.
   */
  public static Dataset<Row> read(SparkSession spark, List<Chunk> chunks, IngestSettings s,
      int[] dojColumns) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    RecordValidator validator = new RecordValidator(s);
    int maxRecordBytes = s.maxRecordBytes();
    int[] keep = dojColumns == null ? null : dojColumns.clone();
    JavaRDD<Row> rows =
        jsc.parallelize(chunks, Math.max(1, chunks.size()))
            .flatMap(c -> new ChunkLineReader(c, validator, maxRecordBytes, keep));
    return spark.createDataFrame(rows,
        keep == null ? RecordColumns.SCHEMA : RecordColumns.projected(keep));
  }
}
