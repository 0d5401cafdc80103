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

  /**
   * These values together with other parts' (snapshots of the same profile): every distinct
   * name, DOB, race, id and county, rows per sex summed; this view's id, CII and dates.
   */
  public ProfileValues withParts(List<ProfileValues> parts) {
    if (parts.isEmpty()) {
      return this;
    }
    java.util.Set<NameValue> n = new java.util.LinkedHashSet<>(names);
    java.util.Set<String> d = new java.util.LinkedHashSet<>(dobs);
    Map<String, Long> sx = new java.util.TreeMap<>(sexRows);
    java.util.Set<String> r = new java.util.LinkedHashSet<>(races);
    java.util.Set<String> f = new java.util.LinkedHashSet<>(fbis);
    java.util.Set<String> c = new java.util.LinkedHashSet<>(cdls);
    java.util.Set<String> ss = new java.util.LinkedHashSet<>(ssns);
    java.util.Set<String> co = new java.util.TreeSet<>(counties);
    for (ProfileValues p : parts) {
      n.addAll(p.names);
      d.addAll(p.dobs);
      p.sexRows.forEach((k, v) -> sx.merge(k, v, Long::sum));
      r.addAll(p.races);
      f.addAll(p.fbis);
      c.addAll(p.cdls);
      ss.addAll(p.ssns);
      co.addAll(p.counties);
    }
    return new ProfileValues(profileId, cii, List.copyOf(n), List.copyOf(d), sx, List.copyOf(r),
        List.copyOf(f), List.copyOf(c), List.copyOf(ss), deathDate, lastEventDate,
        List.copyOf(co));
  }

  /** A profile whose records carry no county. */
  public ProfileValues(String profileId, String cii, List<NameValue> names, List<String> dobs,
      Map<String, Long> sexRows, List<String> races, List<String> fbis, List<String> cdls,
      List<String> ssns, String deathDate, String lastEventDate) {
    this(profileId, cii, names, dobs, sexRows, races, fbis, cdls, ssns, deathDate, lastEventDate,
        List.of());
  }
}
