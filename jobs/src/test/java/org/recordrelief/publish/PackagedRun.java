package org.recordrelief.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.recordrelief.job.PipelineJob;
import org.recordrelief.job.RunRequest;
import org.recordrelief.testing.SharedSpark;

/** A pipeline run (which writes the county packages) and a reader for its CSV exports. */
final class PackagedRun {
  private PackagedRun() {}

  static Path run(SparkSession spark, List<String> inputs, Path out, LocalDate asOf) {
    PipelineJob.run(spark, SharedSpark.testSettings(),
        new RunRequest(inputs, out.toString(), asOf, null));
    return out;
  }

  /** A CSV file as written by the exports: header, then one map per record (RFC 4180). */
  record Csv(List<String> header, List<Map<String, String>> rows) {}

  static Csv read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<List<String>> records = parse(text, file);
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      if (r.size() != header.size()) {
        throw new AssertionError(file + ": " + r.size() + " fields, header has " + header.size()
            + ": " + r);
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), r.get(i));
      }
      rows.add(m);
    }
    return new Csv(header, rows);
  }

  /** Strict RFC 4180 with LF record ends; every record, including the last, ends with LF. */
  private static List<List<String>> parse(String text, Path file) {
    List<List<String>> out = new ArrayList<>();
    List<String> rec = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    int i = 0;
    int n = text.length();
    if (n == 0 || text.charAt(n - 1) != '\n') {
      throw new AssertionError(file + ": empty or no final LF");
    }
    while (i < n) {
      if (text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            throw new AssertionError(file + ": unclosed quote");
          }
          char c = text.charAt(i++);
          if (c == '"') {
            if (i < n && text.charAt(i) == '"') {
              b.append('"');
              i++;
            } else {
              break;
            }
          } else {
            b.append(c);
          }
        }
      } else {
        while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n') {
          char c = text.charAt(i++);
          if (c == '"' || c == '\r') {
            throw new AssertionError(file + ": stray " + (c == '"' ? "quote" : "CR"));
          }
          b.append(c);
        }
      }
      if (i >= n) {
        throw new AssertionError(file + ": bad record end");
      }
      char sep = text.charAt(i++);
      rec.add(b.toString());
      b.setLength(0);
      if (sep == '\n') {
        out.add(rec);
        rec = new ArrayList<>();
      } else if (sep != ',') {
        throw new AssertionError(file + ": text after a closing quote");
      }
    }
    return out;
  }
}
