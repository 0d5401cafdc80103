package org.recordrelief.identity;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The identity values of one profile (or of one identity snapshot inside a profile), as the pure
 * comparison code sees them.
 *
 * @param profileId {@code C:<cii>} or {@code S:<subject key>}
 * @param cii the valid CII, or null for an orphan profile
 * @param names distinct normalised names with their term frequency among profiles
 * @param dobs distinct exact DOBs ({@code YYYYMMDD})
 * @param sexRows rows per sex code (M, F)
 * @param races distinct race descriptions
 * @param fbis distinct valid FBI numbers
 * @param cdls distinct valid driver licence numbers
 * @param ssns distinct valid SSNs
 * @param deathDate earliest DECEASED step date ({@code YYYYMMDD}), or null
 * @param lastEventDate latest step date other than DECEASED ({@code YYYYMMDD}), or null
 * @param counties distinct counties of the profile's records (sorted)
 */
public record ProfileValues(
    String profileId,
    String cii,
    List<NameValue> names,
    List<String> dobs,
    Map<String, Long> sexRows,
    List<String> races,
    List<String> fbis,
    List<String> cdls,
    List<String> ssns,
    String deathDate,
    String lastEventDate,
    List<String> counties)
    implements Serializable {

  /** A name and the share of profiles carrying its {@link PersonName#key()}. */
  public record NameValue(PersonName name, double tf) implements Serializable {}

  public ProfileValues {
    names = List.copyOf(names);
    dobs = List.copyOf(dobs);
    sexRows = Map.copyOf(sexRows);
    races = List.copyOf(races);
    fbis = List.copyOf(fbis);
    cdls = List.copyOf(cdls);
    ssns = List.copyOf(ssns);
    counties = List.copyOf(counties);
  }

  /** A profile whose records carry no county. */
  public ProfileValues(String profileId, String cii, List<NameValue> names, List<String> dobs,
      Map<String, Long> sexRows, List<String> races, List<String> fbis, List<String> cdls,
      List<String> ssns, String deathDate, String lastEventDate) {
    this(profileId, cii, names, dobs, sexRows, races, fbis, cdls, ssns, deathDate, lastEventDate,
        List.of());
  }
}
