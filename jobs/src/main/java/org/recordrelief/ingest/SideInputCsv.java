package org.recordrelief.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.Schema;
import org.recordrelief.config.SettingsException;
import org.recordrelief.doj.TextNorm;
import org.recordrelief.schema.Schemas;

/**
 * A small CSV a prosecutor's office or a reviewer supplies next to the DOJ extract (supplementary
 * facts, reviewer decisions): header required, columns from its {@code schemas/<name>.avsc},
 * parsed strictly on the driver, every error one line naming the file, line and column.
 */
final class SideInputCsv {
  private final String name;
  private final String[] lines;
  private final List<String> header;

  /**
   * Splits {@code text} and checks the header against the schema {@code schema}; {@code what}
   * names the file kind in messages ("supplementary facts").
   */
  SideInputCsv(String name, String text, String schema, String what) {
    List<String> columns = new ArrayList<>();
    for (Schema.Field f : Schemas.avro(schema).getFields()) {
      columns.add(f.name());
    }
    this.name = name;
    this.lines = text.replace("\r\n", "\n").split("\n", -1);
    if (lines.length == 0 || lines[0].isBlank()) {
      throw new SettingsException(name + ": empty " + what + " file (a header is required)");
    }
    if (lines[0].startsWith("\uFEFF")) {
      lines[0] = lines[0].substring(1);
    }
    this.header = CsvLineParser.parse(lines[0]).fields().stream()
        .map(h -> TextNorm.trim(h).toLowerCase(Locale.ROOT)).toList();
    for (String h : header) {
      if (!columns.contains(h)) {
        throw new SettingsException(name + ": unknown column '" + h + "' (expected " + columns
            + ")");
      }
    }
  }

  List<String> header() {
    return header;
  }

  /** Data lines are 1 ... lines() - 1; blank ones are skipped by the caller. */
  int lines() {
    return lines.length;
  }

  boolean blank(int i) {
    return lines[i].isBlank();
  }

  /** "file:line" of data line {@code i}, for messages. */
  String where(int i) {
    return name + ":" + (i + 1);
  }

  /** Data line {@code i} as column → trimmed value. */
  Map<String, String> row(int i) {
    CsvLineParser.Result r = CsvLineParser.parse(lines[i]);
    if (!r.ok() || r.fieldCount() != header.size()) {
      throw new SettingsException(where(i) + ": expected " + header.size()
          + " well-formed fields");
    }
    Map<String, String> v = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      v.put(header.get(c), TextNorm.trim(r.fields().get(c)));
    }
    return v;
  }

  /** The text of a local or Hadoop file. */
  static String readText(String path, org.apache.hadoop.conf.Configuration hadoop) {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
    try (var in = p.getFileSystem(hadoop).open(p)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SettingsException("FILE_UNREADABLE: " + path + ": " + e.getMessage(), e);
    }
  }
}
