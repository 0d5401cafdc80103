package org.recordrelief.generate;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recordrelief.doj.DojColumns;

/**
 * Writes DOJ rows to {@code doj-extract-0001.csv}, {@code -0002.csv} ..., starting a new file when
 * the current one holds {@code rowsPerFile} data rows, and tracks the physical line number of the
 * last row (1-based, the header counted).
 */
final class DojFileWriter implements Closeable {
  private final Path dir;
  private final GeneratorSettings s;
  private final List<String> names = new ArrayList<>();
  private final List<Long> rows = new ArrayList<>();
  private CsvOut out;
  private String currentName;
  private long rowsInFile;
  private long line;

  DojFileWriter(Path dir, GeneratorSettings s) {
    this.dir = dir;
    this.s = s;
  }

  /** File name for ordinal {@code n} (1-based). */
  static String fileName(int n) {
    String d = Integer.toString(n);
    return "doj-extract-" + (d.length() < 4 ? "0000".substring(d.length()) + d : d) + ".csv";
  }

  /**
   * Writes one record of {@code n} fields; field {@code rawIndex} (or none when -1) is written
   * without quoting.
   */
  void write(String[] fields, int n, int rawIndex) {
    if (out == null || rowsInFile >= s.rowsPerFile()) {
      rotate();
    }
    for (int i = 0; i < n; i++) {
      if (i == rawIndex) {
        out.raw(fields[i]);
      } else {
        out.field(fields[i]);
      }
    }
    out.endLine();
    rowsInFile++;
    line++;
    rows.set(rows.size() - 1, rowsInFile);
  }

  /** Name of the file the last row went to. */
  String currentName() {
    return currentName;
  }

  /** Physical line number of the last row written. */
  long currentLine() {
    return line;
  }

  List<String> names() {
    return names;
  }

  List<Long> rowsPerFile() {
    return rows;
  }

  private void rotate() {
    if (out != null) {
      out.close();
    }
    currentName = fileName(names.size() + 1);
    names.add(currentName);
    rows.add(0L);
    out = new CsvOut(dir.resolve(currentName), s.lineEnding());
    rowsInFile = 0;
    line = 0;
    if (s.header()) {
      for (String name : DojColumns.NAMES) {
        out.field(name);
      }
      out.endLine();
      line = 1;
    }
  }

  /** Makes sure at least one (possibly empty) file exists, so an empty run still has an extract. */
  void ensureFile() {
    if (out == null) {
      rotate();
    }
  }

  @Override
  public void close() {
    if (out != null) {
      out.close();
      out = null;
    }
  }
}
