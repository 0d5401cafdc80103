package org.recordrelief.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row accounting and ingest summary for one input file ({@code doj-input-format.md} §9):
 * records read = records accepted + records quarantined; blank lines and a detected header are
 * counted separately and are not records.
 */
public final class FileAccounting {
  public final InputFile file;
  public long lines;
  public long blankLines;
  public boolean headerPresent;
  public String headerMismatch;
  public boolean bomRemoved;
  public long crlfLines;
  public long valid;
  public final TreeMap<String, Long> quarantinedByReason = new TreeMap<>();
  public final TreeMap<String, Long> warningsByCode = new TreeMap<>();

  public FileAccounting(InputFile file) {
    this.file = file;
  }

  public long quarantined() {
    return quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  public long recordsRead() {
    return valid + quarantined();
  }

  /** Lines = header + blank + records: the check that nothing was dropped. */
  public boolean balanced() {
    return lines == (headerPresent ? 1 : 0) + blankLines + recordsRead();
  }

  /** LF, CRLF, MIXED or NONE (no line end seen). */
  public String lineEnds() {
    long lf = lines - crlfLines;
    if (lines == 0) {
      return "NONE";
    }
    if (crlfLines == 0) {
      return "LF";
    }
    return lf <= 1 && crlfLines >= lines - 1 ? "CRLF" : "MIXED";
  }

  /** The reason with the most rejected records, or null. */
  public String dominantReason() {
    return quarantinedByReason.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** JSON-ready summary. */
  public Map<String, Object> toMap(long rejectThreshold) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file.displayPath());
    m.put("ordinal", file.ordinal());
    m.put("bytes", file.sizeBytes());
    m.put("sha256", file.sha256());
    m.put("skipped_duplicate_of", file.duplicateOf());
    m.put("empty", file.isDuplicate() ? null : recordsRead() == 0);
    m.put("header_present", headerPresent);
    m.put("header_mismatch", headerMismatch);
    m.put("bom_removed", bomRemoved);
    m.put("line_ends", lineEnds());
    m.put("lines", lines);
    m.put("blank_lines", blankLines);
    m.put("records_read", recordsRead());
    m.put("records_valid", valid);
    m.put("records_quarantined", quarantined());
    m.put("quarantined_by_reason", quarantinedByReason);
    m.put("warnings_by_code", warningsByCode);
    m.put("reject_threshold", rejectThreshold);
    m.put("balanced", balanced());
    return m;
  }
}
