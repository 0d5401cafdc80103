package org.recordrelief.gogen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.ingest.CsvLineParser;

/**
 * Reads one DOJ file the way gogen did, for strict conformance runs: LF or CRLF line ends, empty
 * lines skipped, the first record skipped as a header when its first field is exactly
 * {@code RECORD_ID} (whatever its field count, so a trailing-comma header is fine), and the whole
 * file failing on the first data record whose field count is not 95, with gogen's message
 * {@code record on line N: wrong number of fields} (N counts records after the header).
 *
 * <p>The project's own reader ({@code org.recordrelief.ingest}) quarantines such records instead;
 * this reader exists only to reproduce gogen's per-file behaviour.
 */
public final class GogenInput {
  private GogenInput() {}

  /** Reads a file as UTF-8. */
  public static List<String[]> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Parses file content. */
  public static List<String[]> parse(String content) {
    List<String[]> rows = new ArrayList<>();
    boolean firstRecord = true;
    int recordNo = 0;
    for (String line : content.split("\n", -1)) {
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isEmpty()) {
        continue;
      }
      CsvLineParser.Result r = CsvLineParser.parse(line);
      if (firstRecord) {
        firstRecord = false;
        if (!r.fields().isEmpty() && r.fields().get(0).equals("RECORD_ID")) {
          continue;
        }
      }
      recordNo++;
      if (!r.ok()) {
        throw new GogenInputException(
            GogenInputException.ErrorType.PARSING,
            "record on line " + recordNo + ": " + r.error());
      }
      if (r.fieldCount() != DojColumns.COUNT) {
        throw new GogenInputException(
            GogenInputException.ErrorType.PARSING,
            "record on line " + recordNo + ": wrong number of fields");
      }
      rows.add(r.fields().toArray(new String[0]));
    }
    return rows;
  }
}
