package org.recordrelief.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.recordrelief.config.SettingsException;
import org.recordrelief.doj.Tri;
import org.recordrelief.eligibility.CountKey;
import org.recordrelief.eligibility.SupplementaryFacts;
import org.recordrelief.schema.Schemas;

/**
 * Reads the supplementary-facts CSV a DA office supplies ({@code schemas/supplementary_facts.avsc}):
 * facts DOJ data lacks (grams, plants, aggravators), keyed by SUBJECT_ID and CNT_ORDER. The file
 * is small reference data: parsed strictly on the driver and shipped to executors with the
 * settings. Any bad value stops the run with one line naming the file, line and column.
 */
public final class SupplementaryFactsFile {
  private SupplementaryFactsFile() {}

  /** Parse the file's text; {@code name} is used in messages. */
  public static Map<CountKey, SupplementaryFacts> parse(String name, String text) {
    SideInputCsv csv = new SideInputCsv(name, text, Schemas.SUPPLEMENTARY_FACTS,
        "supplementary facts");
    if (!csv.header().contains("subject_id") || !csv.header().contains("count_order")) {
      throw new SettingsException(name + ": subject_id and count_order columns are required");
    }
    Map<CountKey, SupplementaryFacts> out = new HashMap<>();
    for (int i = 1; i < csv.lines(); i++) {
      if (csv.blank(i)) {
        continue;
      }
      Map<String, String> v = csv.row(i);
      String where = csv.where(i);
      CountKey key = new CountKey(v.get("subject_id"), v.get("count_order"));
      if (key.subjectId().isEmpty() || !key.hasValidOrder()) {
        throw new SettingsException(where + ": subject_id and a 12-digit count_order are required");
      }
      SupplementaryFacts f = SupplementaryFacts.NONE
          .withGrams(number(v, "grams", where))
          .withConcentrateGrams(number(v, "concentrate_grams", where))
          .withPlantCount(integer(v, "plant_count", where))
          .withSaleToMinor(bool(v, "sale_to_minor", where))
          .withUseOfMinor(bool(v, "use_of_minor", where))
          .withImportExport(bool(v, "import_export", where))
          .withEnvironmentalViolation(bool(v, "environmental_violation", where))
          .withNonCommercialTransport(bool(v, "non_commercial_transport", where))
          .withGiftToAdults(bool(v, "gift_to_adults", where))
          .withGiftToUnder21(bool(v, "gift_to_under_21", where))
          .withHomeGrownSixPlantsOrFewer(bool(v, "home_grown_six_plants_or_fewer", where));
      if (out.put(key, f) != null) {
        throw new SettingsException(where + ": duplicate row for " + key.subjectId() + " "
            + key.countOrder());
      }
    }
    return out;
  }

  /** Read and parse a local or Hadoop file. */
  public static Map<CountKey, SupplementaryFacts> read(String path,
      org.apache.hadoop.conf.Configuration hadoop) {
    return parse(path, SideInputCsv.readText(path, hadoop));
  }

  private static Double number(Map<String, String> v, String col, String where) {
    String s = v.getOrDefault(col, "");
    if (s.isEmpty()) {
      return null;
    }
    try {
      double d = Double.parseDouble(s);
      if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new SettingsException(where + ": " + col + " must be a non-negative number, got '"
          + s + "'");
    }
  }

  private static Integer integer(Map<String, String> v, String col, String where) {
    String s = v.getOrDefault(col, "");
    if (s.isEmpty()) {
      return null;
    }
    try {
      int i = Integer.parseInt(s);
      if (i < 0) {
        throw new NumberFormatException();
      }
      return i;
    } catch (NumberFormatException e) {
      throw new SettingsException(where + ": " + col + " must be a non-negative integer, got '"
          + s + "'");
    }
  }

  private static Tri bool(Map<String, String> v, String col, String where) {
    String s = v.getOrDefault(col, "").toLowerCase(Locale.ROOT);
    return switch (s) {
      case "" -> Tri.UNKNOWN;
      case "true", "yes", "y" -> Tri.TRUE;
      case "false", "no", "n" -> Tri.FALSE;
      default -> throw new SettingsException(where + ": " + col
          + " must be true, false or blank, got '" + s + "'");
    };
  }
}
