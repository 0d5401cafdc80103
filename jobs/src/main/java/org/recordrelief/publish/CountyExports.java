package org.recordrelief.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.recordrelief.doj.Counties;

/**
 * The spreadsheet export for prosecutors: {@code exports/<slug>/determinations.csv} per county
 * (and {@code unknown}), UTF-8 with a header, ISO dates, lists joined with {@code ;}, one row per
 * count, sorted by person and count. Every county gets a file, empty ones a header only, so an
 * office can tell "nothing for us" from "not published".
 */
public final class CountyExports {
  private CountyExports() {}

  /** The CSV columns: the determination columns, lists flattened, partition column included. */
  public static Dataset<Row> flatten(Dataset<Row> determinations) {
    List<Column> cols = new ArrayList<>();
    for (StructField f : determinations.schema().fields()) {
      if (f.dataType() instanceof ArrayType) {
        cols.add(concat_ws(";", col(f.name())).as(f.name()));
      } else {
        cols.add(col(f.name()));
      }
    }
    return determinations.select(cols.toArray(new Column[0]));
  }

  /** Write {@code <staging>/exports/<slug>/determinations.csv} for every county slug. */
  public static void write(SparkSession spark, Dataset<Row> determinations, StagedOutput out) {
    writePerCounty(spark, flatten(determinations), out, "determinations.csv",
        col("person_id"), col("count_key"));
  }

  /**
   * Write {@code rows} as {@code <staging>/exports/<slug>/<fileName>} for every county slug: the
   * rows of a county, and only those, in one CSV file produced by one Spark task (rows sorted by
   * {@code order} within the county), moved into place; a header-only file for a county without
   * rows; {@code unknown} only when it has rows. {@code rows} must have a string column {@code
   * county_slug} (not written: the folder names it) and no array or struct columns. CSV
   * conventions: UTF-8, a header, RFC 4180 quoting ({@code "} doubled), LF line ends, ISO dates,
   * null and empty both written as an empty field. Nothing is collected to the driver.
   */
  public static void writePerCounty(SparkSession spark, Dataset<Row> rows, StagedOutput out,
      String fileName, Column... order) {
    String tmp = out.path("_exports_tmp_" + fileName.replaceAll("[^A-Za-z0-9]", "_"));
    List<Column> sort = new ArrayList<>();
    sort.add(col("county_slug"));
    sort.addAll(List.of(order));
    rows.repartition(col("county_slug"))
        .sortWithinPartitions(sort.toArray(new Column[0]))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .partitionBy("county_slug")
        .option("header", "true")
        .option("quote", "\"")
        .option("escape", "\"")
        .option("emptyValue", "")
        .option("nullValue", "")
        .option("dateFormat", "yyyy-MM-dd")
        .option("lineSep", "\n")
        .option("encoding", "UTF-8")
        // Keep values as they are: Spark trims leading/trailing spaces on write by default.
        .option("ignoreLeadingWhiteSpace", "false")
        .option("ignoreTrailingWhiteSpace", "false")
        .csv(tmp);
    List<String> header = new ArrayList<>();
    for (StructField f : rows.schema().fields()) {
      if (!f.name().equals("county_slug")) {
        header.add(f.name());
      }
    }
    try {
      Path tmpPath = new Path(tmp);
      FileSystem fs = tmpPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
      List<String> slugs = new ArrayList<>();
      Counties.ALL.forEach(c -> slugs.add(c.slug()));
      slugs.add(Counties.UNKNOWN_SLUG);
      for (String slug : slugs) {
        Path target = new Path(out.path("exports/" + slug + "/" + fileName));
        Path dir = new Path(tmpPath, "county_slug=" + slug);
        FileStatus[] parts = fs.exists(dir)
            ? fs.globStatus(new Path(dir, "part-*.csv")) : new FileStatus[0];
        if (parts.length == 0 && slug.equals(Counties.UNKNOWN_SLUG)) {
          continue; // only when something could not be attributed to a county
        }
        fs.mkdirs(target.getParent());
        if (parts.length == 1) {
          if (!fs.rename(parts[0].getPath(), target)) {
            throw new IOException("cannot move " + parts[0].getPath() + " to " + target);
          }
        } else if (parts.length == 0) {
          try (OutputStream o = fs.create(target, false)) {
            o.write((String.join(",", header) + "\n").getBytes(StandardCharsets.UTF_8));
          }
        } else {
          throw new IOException("expected one CSV part for county " + slug + ", found "
              + parts.length);
        }
      }
      fs.delete(tmpPath, true);
    } catch (IOException e) {
      throw new UncheckedIOException("writing county exports (" + fileName + ") failed: "
          + e.getMessage(), e);
    }
  }
}
