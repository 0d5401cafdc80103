package org.recordrelief.doj;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * California's 58 counties as DOJ spells them, with stable slugs and FIPS codes
 * ({@code doj-input-format.md} §8). Slugs are written here, never derived from raw values at run
 * time. Anything unrecognised goes to {@link #UNKNOWN_SLUG}.
 */
public final class Counties {
  private Counties() {}

  /** Partition slug for blank, unrecognised and out-of-state values. */
  public static final String UNKNOWN_SLUG = "unknown";

  /** One county: DOJ's alphabetical number, DOJ spelling, slug, FIPS code. */
  public record County(int number, String dojName, String slug, String fips) {}

  /** All 58 counties in DOJ's alphabetical order. */
  public static final List<County> ALL =
      List.of(
          new County(1, "ALAMEDA", "alameda", "06001"),
          new County(2, "ALPINE", "alpine", "06003"),
          new County(3, "AMADOR", "amador", "06005"),
          new County(4, "BUTTE", "butte", "06007"),
          new County(5, "CALAVERAS", "calaveras", "06009"),
          new County(6, "COLUSA", "colusa", "06011"),
          new County(7, "CONTRA COSTA", "contra-costa", "06013"),
          new County(8, "DEL NORTE", "del-norte", "06015"),
          new County(9, "EL DORADO", "el-dorado", "06017"),
          new County(10, "FRESNO", "fresno", "06019"),
          new County(11, "GLENN", "glenn", "06021"),
          new County(12, "HUMBOLDT", "humboldt", "06023"),
          new County(13, "IMPERIAL", "imperial", "06025"),
          new County(14, "INYO", "inyo", "06027"),
          new County(15, "KERN", "kern", "06029"),
          new County(16, "KINGS", "kings", "06031"),
          new County(17, "LAKE", "lake", "06033"),
          new County(18, "LASSEN", "lassen", "06035"),
          new County(19, "LOS ANGELES", "los-angeles", "06037"),
          new County(20, "MADERA", "madera", "06039"),
          new County(21, "MARIN", "marin", "06041"),
          new County(22, "MARIPOSA", "mariposa", "06043"),
          new County(23, "MENDOCINO", "mendocino", "06045"),
          new County(24, "MERCED", "merced", "06047"),
          new County(25, "MODOC", "modoc", "06049"),
          new County(26, "MONO", "mono", "06051"),
          new County(27, "MONTEREY", "monterey", "06053"),
          new County(28, "NAPA", "napa", "06055"),
          new County(29, "NEVADA", "nevada", "06057"),
          new County(30, "ORANGE", "orange", "06059"),
          new County(31, "PLACER", "placer", "06061"),
          new County(32, "PLUMAS", "plumas", "06063"),
          new County(33, "RIVERSIDE", "riverside", "06065"),
          new County(34, "SACRAMENTO", "sacramento", "06067"),
          new County(35, "SAN BENITO", "san-benito", "06069"),
          new County(36, "SAN BERNARDINO", "san-bernardino", "06071"),
          new County(37, "SAN DIEGO", "san-diego", "06073"),
          new County(38, "SAN FRANCISCO", "san-francisco", "06075"),
          new County(39, "SAN JOAQUIN", "san-joaquin", "06077"),
          new County(40, "SAN LUIS OBISPO", "san-luis-obispo", "06079"),
          new County(41, "SAN MATEO", "san-mateo", "06081"),
          new County(42, "SANTA BARBARA", "santa-barbara", "06083"),
          new County(43, "SANTA CLARA", "santa-clara", "06085"),
          new County(44, "SANTA CRUZ", "santa-cruz", "06087"),
          new County(45, "SHASTA", "shasta", "06089"),
          new County(46, "SIERRA", "sierra", "06091"),
          new County(47, "SISKIYOU", "siskiyou", "06093"),
          new County(48, "SOLANO", "solano", "06095"),
          new County(49, "SONOMA", "sonoma", "06097"),
          new County(50, "STANISLAUS", "stanislaus", "06099"),
          new County(51, "SUTTER", "sutter", "06101"),
          new County(52, "TEHAMA", "tehama", "06103"),
          new County(53, "TRINITY", "trinity", "06105"),
          new County(54, "TULARE", "tulare", "06107"),
          new County(55, "TUOLUMNE", "tuolumne", "06109"),
          new County(56, "VENTURA", "ventura", "06111"),
          new County(57, "YOLO", "yolo", "06113"),
          new County(58, "YUBA", "yuba", "06115"));

  private static final Map<String, County> BY_NAME;
  private static final Map<String, County> BY_SLUG;

  static {
    Map<String, County> byName = new LinkedHashMap<>();
    Map<String, County> bySlug = new LinkedHashMap<>();
    for (County c : ALL) {
      byName.put(c.dojName(), c);
      bySlug.put(c.slug(), c);
    }
    BY_NAME = Collections.unmodifiableMap(byName);
    BY_SLUG = Collections.unmodifiableMap(bySlug);
  }

  /**
   * Exact lookup after normalisation (trim, collapse internal whitespace, upper case), then the
   * alias table. Empty for blank or unknown values.
   */
  public static Optional<County> lookup(String raw, Map<String, String> aliases) {
    String key = TextNorm.comparable(raw);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    County c = BY_NAME.get(key);
    if (c == null && aliases != null) {
      String target = aliases.get(key);
      if (target != null) {
        c = BY_NAME.get(TextNorm.comparable(target));
      }
    }
    return Optional.ofNullable(c);
  }

  /** Lookup without aliases. */
  public static Optional<County> lookup(String raw) {
    return lookup(raw, Map.of());
  }

  /** County by slug. */
  public static Optional<County> bySlug(String slug) {
    return Optional.ofNullable(BY_SLUG.get(slug));
  }
}
