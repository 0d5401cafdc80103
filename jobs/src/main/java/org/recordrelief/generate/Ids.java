package org.recordrelief.generate;

/**
 * Deterministic identifiers and RNG seeds. SUBJECT_IDs and CII cores come from affine
 * permutations of the person index, so they are unique without remembering earlier persons (the
 * generator keeps only one person in memory) and look random.
 */
final class Ids {
  /** Stream salts: each concern draws from its own RNG so that changing one knob's rate does not
   * reshuffle the others (e.g. defect rates never change the histories). */
  static final long STREAM_PERSON = 0x5045_5253_4f4e_0001L;

  static final long STREAM_IDENTITY = 0x4944_454e_5449_0002L;
  static final long STREAM_DEFECT = 0x4445_4645_4354_0003L;
  /** Population traps (twins, Jr/Sr, same name and DOB): whether a person imitates the previous. */
  static final long STREAM_FAMILY = 0x4641_4d49_4c59_0005L;
  private static final long STREAM_PERM = 0x5045_524d_5554_0004L;

  private static final long SUBJECT_MOD = 90_000_000L;
  private static final long CII_MOD = 100_000_000L;

  private final long subjectA;
  private final long subjectB;
  private final long ciiA;
  private final long ciiB;

  Ids(long seed) {
    subjectA = coprime(Math.floorMod(mix(seed, 1, STREAM_PERM), SUBJECT_MOD), SUBJECT_MOD);
    subjectB = Math.floorMod(mix(seed, 2, STREAM_PERM), SUBJECT_MOD);
    ciiA = coprime(Math.floorMod(mix(seed, 3, STREAM_PERM), CII_MOD), CII_MOD);
    ciiB = Math.floorMod(mix(seed, 4, STREAM_PERM), CII_MOD);
  }

  /** 8-digit SUBJECT_ID, unique for indexes below 90,000,000. */
  String subjectId(long index) {
    long v = 10_000_000L + Math.floorMod(subjectA * index + subjectB, SUBJECT_MOD);
    return Long.toString(v);
  }

  /** Unique 8-digit core of the CII number (zero padded). */
  String ciiCore(long index) {
    long v = Math.floorMod(ciiA * index + ciiB, CII_MOD);
    String s = Long.toString(v);
    return "00000000".substring(s.length()) + s;
  }

  /** Truth person id: P + index + 1, zero padded to 8 digits. */
  static String personId(long index) {
    String s = Long.toString(index + 1);
    return s.length() >= 8 ? "P" + s : "P" + "00000000".substring(s.length()) + s;
  }

  /** A well-mixed 64-bit value of (seed, index, stream) (SplitMix64 / murmur3 finaliser). */
  static long mix(long seed, long index, long stream) {
    long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    return z ^ (z >>> 33);
  }

  private static long coprime(long a, long mod) {
    long v = Math.max(a, 2);
    while (gcd(v, mod) != 1) {
      v = v + 1 >= mod ? 2 : v + 1;
    }
    return v;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
