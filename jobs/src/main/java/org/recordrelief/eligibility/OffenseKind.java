package org.recordrelief.eligibility;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.recordrelief.doj.Citation;

/**
 * Which offense row family applies to an HS 11357–11360 citation (§4), including the P-13 and A-7
 * description mappings.
 *
 * @param type row family
 * @param viaDescription the subdivision was taken from the description (P-13 / A-7 fired)
 */
record OffenseKind(Type type, boolean viaDescription) {

  enum Type {
    /** Old 11357(a), concentrated cannabis: P-5…P-8. */
    POSSESSION_CONCENTRATE,
    /** Old 11357(b), 28.5 g or less: P-1…P-4. */
    POSSESSION_SMALL,
    /** Old 11357(c), more than 28.5 g: P-9, P-10. */
    POSSESSION_LARGE,
    /** Old 11357(d), school grounds, adult: P-11. */
    SCHOOL_GROUNDS_ADULT,
    /** Old 11357(e), school grounds, minor: P-12. */
    SCHOOL_GROUNDS_MINOR,
    /** 11357 without subdivision, description not mappable: P-13. */
    POSSESSION_UNMAPPED,
    /** 11357 with a subdivision letter the old statute did not have. */
    POSSESSION_UNKNOWN_SUBDIVISION,
    /** 11358: C rows. */
    CULTIVATION,
    /** 11359: S rows. */
    POSSESSION_FOR_SALE,
    /** 11360(a), or 11360 whose description shows sale: A rows. */
    SALE_TRANSPORT,
    /** 11360 without (usable) subdivision and no mapping: A-7, treated as 11360(a). */
    SALE_TRANSPORT_UNMAPPED,
    /** 11360(b), give away / transport 28.5 g or less: T rows. */
    TRANSPORT_GIFT
  }

  /** Statute family. */
  enum Family {
    POSSESSION,
    CULTIVATION,
    POSSESSION_FOR_SALE,
    SALE_TRANSPORT,
    TRANSPORT_GIFT;

    /** Sections with a priors-based felony tier (super strike / 290(c) / two priors). */
    boolean hasPriorsTier() {
      return this == CULTIVATION || this == POSSESSION_FOR_SALE || this == SALE_TRANSPORT;
    }
  }

  Family family() {
    return switch (type) {
      case POSSESSION_CONCENTRATE, POSSESSION_SMALL, POSSESSION_LARGE, SCHOOL_GROUNDS_ADULT,
          SCHOOL_GROUNDS_MINOR, POSSESSION_UNMAPPED, POSSESSION_UNKNOWN_SUBDIVISION ->
          Family.POSSESSION;
      case CULTIVATION -> Family.CULTIVATION;
      case POSSESSION_FOR_SALE -> Family.POSSESSION_FOR_SALE;
      case SALE_TRANSPORT, SALE_TRANSPORT_UNMAPPED -> Family.SALE_TRANSPORT;
      case TRANSPORT_GIFT -> Family.TRANSPORT_GIFT;
    };
  }

  /**
   * Levels a conviction of this type could legally have had, used when the recorded level is
   * unknown: 11358, 11359 and 11360(a) were straight felonies; 11357(b) a misdemeanor (an
   * infraction from 2011); 11357(a) a wobbler; 11357(c)–(e) and 11360(b) misdemeanors.
   */
  Set<Level> possibleLevels() {
    return switch (type) {
      case POSSESSION_CONCENTRATE -> EnumSet.of(Level.F, Level.M);
      case POSSESSION_SMALL -> EnumSet.of(Level.M, Level.I);
      case POSSESSION_LARGE, SCHOOL_GROUNDS_ADULT, SCHOOL_GROUNDS_MINOR, TRANSPORT_GIFT ->
          EnumSet.of(Level.M);
      case POSSESSION_UNMAPPED, POSSESSION_UNKNOWN_SUBDIVISION ->
          EnumSet.of(Level.F, Level.M, Level.I);
      case CULTIVATION, POSSESSION_FOR_SALE, SALE_TRANSPORT, SALE_TRANSPORT_UNMAPPED ->
          EnumSet.of(Level.F);
    };
  }

  /** Null when the citation is not HS 11357–11360. */
  static OffenseKind of(Citation c, StatutoryLists lists) {
    if (c == null || !c.isParsed() || !c.isProp64Section()) {
      return null;
    }
    List<String> subs = c.subdivisions();
    String first = subs.isEmpty() ? null : subs.get(0).toUpperCase(Locale.ROOT);
    String desc = c.description() == null ? "" : c.description().toUpperCase(Locale.ROOT);
    return switch (c.section()) {
      case "11357" -> possession(first, desc, lists);
      case "11358" -> new OffenseKind(Type.CULTIVATION, false);
      case "11359" -> new OffenseKind(Type.POSSESSION_FOR_SALE, false);
      default -> saleTransport(first, desc, lists);
    };
  }

  private static OffenseKind possession(String first, String desc, StatutoryLists lists) {
    if (first == null) {
      Set<String> mapped = new TreeSet<>();
      for (DescriptionRule r : lists.possessionDescriptionMap()) {
        if (desc.contains(r.token())) {
          mapped.add(r.subdivision());
        }
      }
      if (mapped.size() == 1) {
        Type t = subdivisionType(mapped.iterator().next());
        if (t != null) {
          return new OffenseKind(t, true);
        }
      }
      return new OffenseKind(Type.POSSESSION_UNMAPPED, false);
    }
    Type t = subdivisionType(first);
    return new OffenseKind(t == null ? Type.POSSESSION_UNKNOWN_SUBDIVISION : t, false);
  }

  private static Type subdivisionType(String sub) {
    return switch (sub) {
      case "A" -> Type.POSSESSION_CONCENTRATE;
      case "B" -> Type.POSSESSION_SMALL;
      case "C" -> Type.POSSESSION_LARGE;
      case "D" -> Type.SCHOOL_GROUNDS_ADULT;
      case "E" -> Type.SCHOOL_GROUNDS_MINOR;
      default -> null;
    };
  }

  private static OffenseKind saleTransport(String first, String desc, StatutoryLists lists) {
    if ("A".equals(first)) {
      return new OffenseKind(Type.SALE_TRANSPORT, false);
    }
    if ("B".equals(first)) {
      return new OffenseKind(Type.TRANSPORT_GIFT, false);
    }
    if (first != null) {
      return new OffenseKind(Type.SALE_TRANSPORT_UNMAPPED, false);
    }
    boolean gift = lists.transportGiftDescriptionTokens().stream().anyMatch(desc::contains);
    boolean sale = lists.saleDescriptionTokens().stream().anyMatch(desc::contains);
    if (gift && !sale) {
      return new OffenseKind(Type.TRANSPORT_GIFT, true);
    }
    if (sale && !gift) {
      return new OffenseKind(Type.SALE_TRANSPORT, true);
    }
    return new OffenseKind(Type.SALE_TRANSPORT_UNMAPPED, false);
  }
}
