package org.recordrelief.eligibility;

import java.util.Objects;
import org.recordrelief.doj.Tri;

/**
 * Facts that do not exist in DOJ data, supplied per conviction by prosecutor or court records
 * ({@code prop64-rules.md} §2.1 {@code quantity}, {@code aggravatorFacts}). Every field defaults to
 * unknown ({@link #NONE}). A known fact overrides an indicator derived from DOJ data: e.g. {@code
 * environmentalViolation = FALSE} silences a same-case Fish and Game count.
 *
 * @param grams cannabis (not concentrate) in grams, or null when unknown
 * @param concentrateGrams concentrated cannabis in grams, or null when unknown
 * @param plantCount living plants (11358), or null when unknown
 * @param saleToMinor knowing sale / offer / furnishing to a person under 18 (11359(c)(3),
 *     11360(a)(3)(C))
 * @param useOfMinor hiring / using a person 20 or younger, or furnishing to one (11359(d))
 * @param importExport import into, or transport for sale out of, California (11360(a)(3)(D))
 * @param environmentalViolation an 11358(d)(3) environmental violation
 * @param nonCommercialTransport transport not for sale (11360 after AB 730 / AUMA)
 * @param giftToAdults giving away without compensation to persons 21 or older (11362.1(a)(1))
 * @param giftToUnder21 the 11360(b) gift went to someone under 21 (T-1 review)
 * @param homeGrownSixPlantsOrFewer the 11357(c) cannabis was the produce of 6 plants or fewer at a
 *     private residence (11362.1(a)(3), P-9 review)
 */
public record SupplementaryFacts(
    Double grams,
    Double concentrateGrams,
    Integer plantCount,
    Tri saleToMinor,
    Tri useOfMinor,
    Tri importExport,
    Tri environmentalViolation,
    Tri nonCommercialTransport,
    Tri giftToAdults,
    Tri giftToUnder21,
    Tri homeGrownSixPlantsOrFewer) implements java.io.Serializable {

  /** Nothing known. */
  public static final SupplementaryFacts NONE =
      new SupplementaryFacts(null, null, null, null, null, null, null, null, null, null, null);

  public SupplementaryFacts {
    requireNonNegative(grams, "grams");
    requireNonNegative(concentrateGrams, "concentrateGrams");
    if (plantCount != null && plantCount < 0) {
      throw new IllegalArgumentException("plantCount must not be negative: " + plantCount);
    }
    saleToMinor = orUnknown(saleToMinor);
    useOfMinor = orUnknown(useOfMinor);
    importExport = orUnknown(importExport);
    environmentalViolation = orUnknown(environmentalViolation);
    nonCommercialTransport = orUnknown(nonCommercialTransport);
    giftToAdults = orUnknown(giftToAdults);
    giftToUnder21 = orUnknown(giftToUnder21);
    homeGrownSixPlantsOrFewer = orUnknown(homeGrownSixPlantsOrFewer);
  }

  private static Tri orUnknown(Tri t) {
    return t == null ? Tri.UNKNOWN : t;
  }

  private static void requireNonNegative(Double v, String name) {
    if (v != null && (v.isNaN() || v < 0)) {
      throw new IllegalArgumentException(name + " must be a non-negative number: " + v);
    }
  }

  public SupplementaryFacts withGrams(Double v) {
    return new SupplementaryFacts(v, concentrateGrams, plantCount, saleToMinor, useOfMinor,
        importExport, environmentalViolation, nonCommercialTransport, giftToAdults, giftToUnder21,
        homeGrownSixPlantsOrFewer);
  }

  public SupplementaryFacts withConcentrateGrams(Double v) {
    return new SupplementaryFacts(grams, v, plantCount, saleToMinor, useOfMinor, importExport,
        environmentalViolation, nonCommercialTransport, giftToAdults, giftToUnder21,
        homeGrownSixPlantsOrFewer);
  }

  public SupplementaryFacts withPlantCount(Integer v) {
    return new SupplementaryFacts(grams, concentrateGrams, v, saleToMinor, useOfMinor,
        importExport, environmentalViolation, nonCommercialTransport, giftToAdults, giftToUnder21,
        homeGrownSixPlantsOrFewer);
  }

  public SupplementaryFacts withSaleToMinor(Tri v) {
    return new SupplementaryFacts(grams, concentrateGrams, plantCount, v, useOfMinor,
        importExport, environmentalViolation, nonCommercialTransport, giftToAdults, giftToUnder21,
        homeGrownSixPlantsOrFewer);
  }

  public SupplementaryFacts withUseOfMinor(Tri v) {
    return new SupplementaryFacts(grams, concentrateGrams, plantCount, saleToMinor, v,
        importExport, environmentalViolation, nonCommercialTransport, giftToAdults, giftToUnder21,
        homeGrownSixPlantsOrFewer);
  }

  public SupplementaryFacts withImportExport(Tri v) {
    return new SupplementaryFacts(grams, concentrateGrams, plantCount, saleToMinor, useOfMinor, v,
        environmentalViolation, nonCommercialTransport, giftToAdults, giftToUnder21,
        homeGrownSixPlantsOrFewer);
  }

  public SupplementaryFacts withEnvironmentalViolation(Tri v) {
    return new SupplementaryFacts(grams, concentrateGrams, plantCount, saleToMinor, useOfMinor,
        importExport, v, nonCommercialTransport, giftToAdults, giftToUnder21,
        homeGrownSixPlantsOrFewer);
  }

  public SupplementaryFacts withNonCommercialTransport(Tri v) {
    return new SupplementaryFacts(grams, concentrateGrams, plantCount, saleToMinor, useOfMinor,
        importExport, environmentalViolation, v, giftToAdults, giftToUnder21,
        homeGrownSixPlantsOrFewer);
  }

  public SupplementaryFacts withGiftToAdults(Tri v) {
    return new SupplementaryFacts(grams, concentrateGrams, plantCount, saleToMinor, useOfMinor,
        importExport, environmentalViolation, nonCommercialTransport, v, giftToUnder21,
        homeGrownSixPlantsOrFewer);
  }

  public SupplementaryFacts withGiftToUnder21(Tri v) {
    return new SupplementaryFacts(grams, concentrateGrams, plantCount, saleToMinor, useOfMinor,
        importExport, environmentalViolation, nonCommercialTransport, giftToAdults, v,
        homeGrownSixPlantsOrFewer);
  }

  public SupplementaryFacts withHomeGrownSixPlantsOrFewer(Tri v) {
    return new SupplementaryFacts(grams, concentrateGrams, plantCount, saleToMinor, useOfMinor,
        importExport, environmentalViolation, nonCommercialTransport, giftToAdults, giftToUnder21,
        v);
  }

  /** Never null: {@code facts} or {@link #NONE}. */
  public static SupplementaryFacts orNone(SupplementaryFacts facts) {
    return Objects.requireNonNullElse(facts, NONE);
  }
}
