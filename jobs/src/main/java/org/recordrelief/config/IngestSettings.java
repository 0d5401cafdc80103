package org.recordrelief.config;

import com.typesafe.config.Config;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reader and validation settings ({@code recordrelief.ingest}).
 *
 * @param chunkBytes bytes per read task
 * @param acceptTrailingEmptyField accept 96-field records whose last field is empty
 * @param headerMismatchIsError a header with unexpected names fails the file
 * @param acceptNonUtf8 keep non-UTF-8 records decoded as ISO-8859-1
 * @param maxFieldChars OVERLONG_FIELD limit
 * @param maxRecordBytes a longer physical record is quarantined as RECORD_TOO_LONG
 * @param rejectThresholdMinimum minimum number of rejected records that fails a file
 * @param rejectThresholdFraction fraction of a file's records that fails it
 * @param datePlaceholders raw dates treated as unknown
 * @param countyAliases variant spelling → DOJ spelling
 */
public record IngestSettings(
    long chunkBytes,
    boolean acceptTrailingEmptyField,
    boolean headerMismatchIsError,
    boolean acceptNonUtf8,
    int maxFieldChars,
    int maxRecordBytes,
    long rejectThresholdMinimum,
    double rejectThresholdFraction,
    Set<String> datePlaceholders,
    Map<String, String> countyAliases)
    implements Serializable {

  public IngestSettings {
    if (chunkBytes < 1024) {
      throw new SettingsException("recordrelief.ingest.chunkBytes must be at least 1024");
    }
    if (maxFieldChars < 1) {
      throw new SettingsException("recordrelief.ingest.maxFieldChars must be positive");
    }
    if (maxRecordBytes < 1024) {
      throw new SettingsException("recordrelief.ingest.maxRecordBytes must be at least 1024");
    }
    if (rejectThresholdMinimum < 0) {
      throw new SettingsException("recordrelief.ingest.rejectThresholdMinimum must be >= 0");
    }
    if (rejectThresholdFraction < 0 || rejectThresholdFraction > 1) {
      throw new SettingsException("recordrelief.ingest.rejectThresholdFraction must be in [0, 1]");
    }
    datePlaceholders = Set.copyOf(datePlaceholders);
    countyAliases = Map.copyOf(countyAliases);
  }

  static IngestSettings from(Config c) {
    Map<String, String> aliases = new TreeMap<>();
    Config a = c.getConfig("countyAliases");
    for (String k : a.root().keySet()) {
      aliases.put(
          org.recordrelief.doj.TextNorm.comparable(k),
          org.recordrelief.doj.TextNorm.comparable(a.getString("\"" + k + "\"")));
    }
    List<String> placeholders = c.getStringList("datePlaceholders");
    return new IngestSettings(
        c.getBytes("chunkBytes"),
        c.getBoolean("acceptTrailingEmptyField"),
        c.getBoolean("headerMismatchIsError"),
        c.getBoolean("acceptNonUtf8"),
        c.getInt("maxFieldChars"),
        (int) Math.min(Integer.MAX_VALUE - 16, c.getBytes("maxRecordBytes")),
        c.getLong("rejectThresholdMinimum"),
        c.getDouble("rejectThresholdFraction"),
        Set.copyOf(placeholders),
        aliases);
  }

  /** The threshold of rejected records for a file with {@code records} records. */
  public long rejectThreshold(long records) {
    return Math.max(rejectThresholdMinimum, (long) Math.floor(rejectThresholdFraction * records));
  }

  /** Defaults from reference.conf (for tests). */
  public static IngestSettings defaults() {
    return Settings.load(com.typesafe.config.ConfigFactory.empty()).ingest();
  }
}
