package org.recordrelief.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.generate.IdentitySettings.DobOp;
import org.recordrelief.generate.IdentitySettings.IdOp;
import org.recordrelief.generate.IdentitySettings.NameOp;

/**
 * The identity projector with corruption ({@code entity-resolution.md} §11.3). Per person it draws
 * identity snapshots: snapshot 0 is the true identity; each extra snapshot (a duplicate identity
 * the person was booked under for some of its cycles) may carry another SUBJECT_ID, a split,
 * missing, mistyped, shared or colliding CII, and corrupted or blank name, DOB, sex, race, SSN,
 * CDL and FBI number, more strongly with each further duplicate. Each cycle is written under one
 * snapshot; every duplicate gets at least one cycle. On top, single rows get one-off typos or a
 * blank CII. Everything is drawn from the person's identity stream, so the histories and the
 * expected outcomes (computed on the true person) are the same with or without corruption.
 *
 * <p>Identifiers a duplicate is issued do not belong to a real person: new SUBJECT_IDs come from
 * the top of the SUBJECT_ID permutation downwards (disjoint from the persons' own up to 9 million
 * people), split CIIs from the CII indexes above {@link GeneratorSettings#MAX_PEOPLE}. A shared
 * or colliding CII is the CII of an earlier real person, recreated from that person's own stream,
 * so a run's first N persons are the same whatever the number of people. Not thread-safe; one
 * instance serves every person.
 */
final class CorruptingIdentity implements IdentityProjector {
  private final IdentitySettings cfg;
  private final GeneratorSettings s;
  private final Ids ids;
  private final PersonFactory persons;
  private final double[] nameCum;
  private final double[] dobCum;
  private final double[] idCum;
  private final int latestYear;

  /** One identity a person is booked under. */
  static final class Snapshot {
    final int number;
    String subjectId;
    String cii;
    String last;
    String first;
    String middle;
    String suffix = "";
    boolean suffixAfterSurname;
    boolean spaceAfterComma;
    String priName;
    String gender;
    String dobRaw;
    String ssn;
    String cdl;
    String fbi;
    String raceCode;
    String raceDescr;
    final List<Corruption> log = new ArrayList<>();

    Snapshot(int number) {
      this.number = number;
    }

    String formatName() {
      String l = suffixAfterSurname && !suffix.isEmpty() ? last + " " + suffix : last;
      String m = !suffixAfterSurname && !suffix.isEmpty()
          ? (middle.isEmpty() ? suffix : middle + " " + suffix) : middle;
      return PersonFactory.formatName(l, first, m, spaceAfterComma);
    }
  }

  private final List<Snapshot> snapshots = new ArrayList<>();
  private final Map<Integer, Integer> cycleSnapshot = new HashMap<>();
  private final List<Corruption> rowLog = new ArrayList<>();
  private int rowSnapshot;

  CorruptingIdentity(GeneratorSettings s, Ids ids, PersonFactory persons) {
    this.s = s;
    this.cfg = s.identity();
    this.ids = ids;
    this.persons = persons;
    this.nameCum = cumulative(cfg.nameOperators(), NameOp.values());
    this.dobCum = cumulative(cfg.dobOperators(), DobOp.values());
    this.idCum = cumulative(cfg.idOperators(), IdOp.values());
    this.latestYear = s.extractDate().getYear();
  }

  private static <E extends Enum<E>> double[] cumulative(Map<E, Double> w, E[] values) {
    double[] raw = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      raw[i] = w.get(values[i]);
    }
    return Weighted.cumulative(raw);
  }

  // ---------------------------------------------------------------- per person

  @Override
  public void startPerson(TruePerson p, List<CaseModel> allCycles, SplittableRandom rng) {
    List<CaseModel> cycles = new ArrayList<>(allCycles.size());
    for (CaseModel c : allCycles) {
      if (writesRows(c)) {
        cycles.add(c);
      }
    }
    snapshots.clear();
    cycleSnapshot.clear();
    snapshots.add(primary(p, 0));
    int extra = 0;
    if (cfg.maxSnapshots() > 1 && rng.nextDouble() < cfg.duplicateRate()) {
      extra = 1;
      while (extra < cfg.maxSnapshots() - 1 && rng.nextDouble() < cfg.extraDuplicateRate()) {
        extra++;
      }
    }
    extra = Math.min(extra, cycles.size() - 1);
    for (int d = 1; d <= extra; d++) {
      snapshots.add(duplicate(p, d, rng));
    }
    if (extra == 0) {
      return;
    }
    // every duplicate gets one cycle of its own; the other cycles are half primary
    int n = cycles.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (int k = 0; k < n; k++) {
      int snap = k < extra ? k + 1 : rng.nextBoolean() ? 0 : 1 + rng.nextInt(extra);
      cycleSnapshot.put(cycles.get(order[k]).cycleNumber, snap);
    }
  }

  /** Whether {@link RowEmitter} writes at least one row for {@code c}. */
  private static boolean writesRows(CaseModel c) {
    if (c.kind == CaseModel.Kind.REGISTRATION || c.kind == CaseModel.Kind.DECEASED) {
      return true;
    }
    return (c.hasArrest || c.hasCourt) && !c.counts.isEmpty();
  }

  @Override
  public int snapshotCount() {
    return snapshots.size();
  }

  @Override
  public int lastSnapshot() {
    return rowSnapshot;
  }

  @Override
  public List<Corruption> lastCorruptions() {
    return rowLog;
  }

  @Override
  public void project(
      TruePerson p, CaseModel cycle, int rowInPerson, String[] f, SplittableRandom rng) {
    IdentityProjector.trueIdentity(p, cycle, rowInPerson, f, rng);
    rowSnapshot = cycleSnapshot.getOrDefault(cycle.cycleNumber, 0);
    Snapshot sn = snapshots.get(rowSnapshot);
    f[DojColumns.SUBJECT_ID] = sn.subjectId;
    f[DojColumns.CII_NUMBER] = sn.cii;
    f[DojColumns.PRI_NAME] = sn.priName;
    f[DojColumns.GENDER] = sn.gender;
    f[DojColumns.PRI_DOB] = sn.dobRaw;
    f[DojColumns.PRI_SSN] = sn.ssn;
    f[DojColumns.PRI_CDL] = sn.cdl;
    f[DojColumns.FBI_NUMBER] = sn.fbi;
    f[DojColumns.RACE_CODE] = sn.raceCode;
    f[DojColumns.RACE_DESCR] = sn.raceDescr;
    rowLog.clear();
    rowLog.addAll(sn.log);
    // one-off data-entry errors on this row only (three draws per row, always)
    double uName = rng.nextDouble();
    double uDob = rng.nextDouble();
    double uCii = rng.nextDouble();
    if (uName < cfg.rowNameTypoRate()) {
      String before = f[DojColumns.PRI_NAME];
      String after = rowNameTypo(before, rng);
      if (!after.equals(before)) {
        f[DojColumns.PRI_NAME] = after;
        rowLog.add(new Corruption("ROW_NAME_TYPO", "PRI_NAME", before, after));
      }
    }
    if (uDob < cfg.rowDobTypoRate() && isFullDate(f[DojColumns.PRI_DOB])) {
      String before = f[DojColumns.PRI_DOB];
      String after = keypadTypo(before, rng);
      if (after != null) {
        f[DojColumns.PRI_DOB] = after;
        rowLog.add(new Corruption("ROW_DOB_TYPO", "PRI_DOB", before, after));
      }
    }
    if (uCii < cfg.rowCiiMissingRate() && !f[DojColumns.CII_NUMBER].isEmpty()
        && !f[DojColumns.SUBJECT_ID].isEmpty()) {
      rowLog.add(new Corruption("ROW_CII_MISSING", "CII_NUMBER", f[DojColumns.CII_NUMBER], ""));
      f[DojColumns.CII_NUMBER] = "";
    }
  }

  private Snapshot primary(TruePerson p, int number) {
    Snapshot sn = new Snapshot(number);
    sn.subjectId = p.subjectId;
    sn.cii = p.cii;
    sn.last = p.lastName;
    sn.first = p.firstName;
    sn.middle = p.middle;
    sn.suffix = p.suffix;
    sn.suffixAfterSurname = false;
    sn.spaceAfterComma = p.priName.indexOf(", ") >= 0;
    sn.priName = p.priName;
    sn.gender = p.gender;
    sn.dobRaw = p.dobRaw;
    sn.ssn = p.ssn;
    sn.cdl = p.cdl;
    sn.fbi = p.fbi;
    sn.raceCode = p.raceCode;
    sn.raceDescr = p.raceDescr;
    return sn;
  }

  /** The {@code d}-th duplicate identity of {@code p} (1-based). */
  private Snapshot duplicate(TruePerson p, int d, SplittableRandom rng) {
    Snapshot dup = primary(p, d);
    if (rng.nextDouble() < cfg.newSubjectIdRate()) {
      // from the top of the permutation down, independent of the number of people (prefix
      // stable); reaches real persons' indexes only beyond 9 million people
      long idx = Math.floorMod(
          GeneratorSettings.MAX_PEOPLE - 1 - (p.index * 9 + d - 1), (long) GeneratorSettings.MAX_PEOPLE);
      String after = ids.subjectId(idx);
      dup.log.add(new Corruption("NEW_SUBJECT_ID", "SUBJECT_ID", dup.subjectId, after));
      dup.subjectId = after;
    }
    ciiChange(p, dup, d, rng);
    double pc = cfg.probCorrupt(d);
    double pn = cfg.probNull(d);
    // name: one operator, sometimes a second
    if (rng.nextDouble() < pc) {
      nameOp(p, dup, rng);
      if (rng.nextDouble() < pc * 0.3) {
        nameOp(p, dup, rng);
      }
    }
    // DOB
    if (!dup.dobRaw.isEmpty() && rng.nextDouble() < pn) {
      dup.log.add(new Corruption("DOB_MISSING", "PRI_DOB", dup.dobRaw, ""));
      dup.dobRaw = "";
    } else if (isFullDate(dup.dobRaw) && rng.nextDouble() < pc) {
      dobOp(dup, rng);
    }
    if (rng.nextDouble() < cfg.sexMiscodeRate()) {
      String after = "M".equals(dup.gender) ? "F" : "M";
      dup.log.add(new Corruption("SEX_MISCODE", "GENDER", dup.gender, after));
      dup.gender = after;
    }
    if (rng.nextDouble() < cfg.raceMiscodeRate()) {
      String[] r = RACE_RECODES[rng.nextInt(RACE_RECODES.length)];
      if (!r[0].equals(dup.raceCode)) {
        dup.log.add(new Corruption("RACE_MISCODE", "RACE_CODE", dup.raceCode, r[0]));
        dup.raceCode = r[0];
        dup.raceDescr = r[1];
      }
    }
    dup.ssn = otherId(dup, "PRI_SSN", dup.ssn, pc, pn, rng);
    dup.cdl = otherId(dup, "PRI_CDL", dup.cdl, pc, pn, rng);
    dup.fbi = otherId(dup, "FBI_NUMBER", dup.fbi, pc, pn, rng);
    return dup;
  }

  // ---------------------------------------------------------------- CII

  private void ciiChange(TruePerson p, Snapshot dup, int d, SplittableRandom rng) {
    double u = rng.nextDouble();
    double t = cfg.splitCiiRate();
    String before = dup.cii;
    String op;
    String after;
    if (u < t) {
      op = "SPLIT_CII";
      after = splitCii(p, d, rng);
    } else if (u < (t += cfg.missingCiiRate())) {
      op = "CII_MISSING";
      after = "";
    } else if (u < (t += cfg.ciiTypoRate())) {
      op = "CII_TYPO";
      after = digitTypo(before, 1, before.length() - 1, rng);
    } else if (u < (t += cfg.sharedCiiRate())) {
      op = "SHARED_CII";
      after = relativeCii(p);
      if (after == null) {
        op = "SPLIT_CII";
        after = splitCii(p, d, rng);
      }
    } else if (u < t + cfg.ciiCollisionRate()) {
      op = "CII_TYPO_COLLISION";
      if (p.index == 0) {
        op = "SPLIT_CII";
        after = splitCii(p, d, rng);
      } else {
        // an earlier person, so that a run's first N persons do not depend on the later ones
        after = persons.recreate(rng.nextLong(p.index), s.seed()).cii;
      }
    } else {
      return;
    }
    if (dup.subjectId.isEmpty() && after.isEmpty()) {
      return; // never both keys blank: that row would be quarantined, not corrupted
    }
    dup.log.add(new Corruption(op, "CII_NUMBER", before, after));
    dup.cii = after;
  }

  private String splitCii(TruePerson p, int d, SplittableRandom rng) {
    long idx = GeneratorSettings.MAX_PEOPLE + Math.floorMod(p.index * 9 + d, 10_000_000L);
    return persons.cii(ids.ciiCore(idx), rng);
  }

  /**
   * The CII of one of the 200 previous persons with the same surname (a relative), else of the
   * previous person; null for the first person. Earlier persons only: prefix stable.
   */
  private String relativeCii(TruePerson p) {
    if (p.index == 0) {
      return null;
    }
    for (long j = p.index - 1; j >= 0 && j >= p.index - 200; j--) {
      TruePerson other = persons.recreate(j, s.seed());
      if (other.lastName.equals(p.lastName)) {
        return other.cii;
      }
    }
    return persons.recreate(p.index - 1, s.seed()).cii;
  }

  // ---------------------------------------------------------------- names

  private void nameOp(TruePerson p, Snapshot sn, SplittableRandom rng) {
    NameOp op = NameOp.values()[Weighted.pick(nameCum, rng)];
    String before = sn.formatName();
    NameOp done = applyName(op, p, sn, rng);
    String after = sn.formatName();
    if (!after.equals(before)) {
      sn.log.add(new Corruption(done.name(), "PRI_NAME", before, after));
      sn.priName = after;
    }
  }

  /** Applies {@code op}, or a fallback when it does not apply to this name; returns what ran. */
  private NameOp applyName(NameOp op, TruePerson p, Snapshot sn, SplittableRandom rng) {
    switch (op) {
      case PHONETIC -> {
        boolean onLast = rng.nextDouble() < 0.6;
        String v = phonetic(onLast ? sn.last : sn.first, rng);
        if (v == null) {
          v = phonetic(onLast ? sn.first : sn.last, rng);
          onLast = !onLast;
        }
        if (v == null) {
          return applyName(NameOp.TYPO, p, sn, rng);
        }
        if (onLast) {
          sn.last = v;
        } else {
          sn.first = v;
        }
        return op;
      }
      case NICKNAME -> {
        List<String> v = Nicknames.variants(sn.first);
        if (v.isEmpty()) {
          return applyName(NameOp.MIDDLE_NAME, p, sn, rng);
        }
        sn.first = v.get(rng.nextInt(v.size()));
        return op;
      }
      case FIRST_LAST_SWAP -> {
        String t = sn.first;
        sn.first = sn.last;
        sn.last = t;
        return op;
      }
      case MIDDLE_NAME -> {
        if (sn.middle.isEmpty()) {
          sn.middle = String.valueOf((char) ('A' + rng.nextInt(26)));
        } else if (sn.middle.length() > 1 && rng.nextBoolean()) {
          sn.middle = sn.middle.substring(0, 1);
        } else {
          sn.middle = "";
        }
        return op;
      }
      case COMPOUND_SURNAME -> {
        int sep = firstSeparator(sn.last);
        if (sep < 0) {
          return applyName(NameOp.HYPHEN_SPACE, p, sn, rng);
        }
        sn.last = rng.nextDouble() < 0.8 ? sn.last.substring(0, sep) : sn.last.substring(sep + 1);
        return op;
      }
      case HYPHEN_SPACE -> {
        String v = hyphenSpace(sn.last, rng);
        if (v != null) {
          sn.last = v;
          return op;
        }
        v = hyphenSpace(sn.first, rng);
        if (v != null) {
          sn.first = v;
          return op;
        }
        return applyName(NameOp.TYPO, p, sn, rng);
      }
      case ALIAS -> {
        int si = Names.surnameIndex(rng);
        sn.last = Names.surname(si);
        sn.first = Names.givenName(p.male, Names.origin(si), rng);
        sn.middle = "";
        sn.suffix = "";
        return op;
      }
      case SURNAME_CHANGE -> {
        String other = Names.hispanicSurname(rng);
        if (!p.male) {
          // married name, sometimes hyphenated with the maiden name
          String married = Names.surname(Names.surnameIndex(rng));
          sn.last = rng.nextDouble() < 0.3 ? sn.last + "-" + married : married;
        } else if (firstSeparator(sn.last) < 0 && !other.equals(sn.last)) {
          sn.last = sn.last + " " + other; // the mother's surname added
        } else {
          return applyName(NameOp.COMPOUND_SURNAME, p, sn, rng);
        }
        return op;
      }
      case SUFFIX -> {
        if (!sn.suffix.isEmpty()) {
          sn.suffix = "";
        } else {
          double u = rng.nextDouble();
          sn.suffix = u < 0.7 ? "JR" : u < 0.85 ? "SR" : u < 0.95 ? "II" : "III";
          sn.suffixAfterSurname = rng.nextDouble() < 0.2;
        }
        return op;
      }
      default -> {
        if (rng.nextDouble() < 0.6) {
          sn.last = typo(sn.last, rng);
        } else {
          sn.first = typo(sn.first, rng);
        }
        return NameOp.TYPO;
      }
    }
  }

  private static int firstSeparator(String v) {
    int sp = v.indexOf(' ');
    int hy = v.indexOf('-');
    if (sp < 0) {
      return hy;
    }
    return hy < 0 ? sp : Math.min(sp, hy);
  }

  private static String hyphenSpace(String v, SplittableRandom rng) {
    if (v.indexOf('-') >= 0) {
      return v.replace("-", rng.nextBoolean() ? " " : "");
    }
    if (v.indexOf(' ') >= 0) {
      return v.replace(" ", rng.nextBoolean() ? "-" : "");
    }
    if (v.indexOf('\'') >= 0) {
      return v.replace("'", rng.nextBoolean() ? " " : "");
    }
    return null;
  }

  /** Spelling pairs that sound alike (Gonzalez/Gonzales, Vasquez/Basquez, Stephen/Steven ...). */
  private static final String[][] PHONETIC = {
    {"EZ", "ES"}, {"ES", "EZ"}, {"Z", "S"}, {"S", "Z"}, {"V", "B"}, {"B", "V"}, {"PH", "F"},
    {"F", "PH"}, {"Y", "I"}, {"I", "Y"}, {"CK", "K"}, {"C", "K"}, {"K", "C"}, {"LL", "Y"},
    {"J", "H"}, {"TH", "T"}, {"W", "V"}, {"EY", "Y"}, {"IE", "Y"}, {"OU", "U"}, {"X", "J"},
    {"QU", "K"}, {"GE", "JE"}, {"CI", "SI"}, {"TT", "T"}, {"NN", "N"}, {"RR", "R"}, {"SS", "S"}
  };

  static String phonetic(String v, SplittableRandom rng) {
    List<int[]> hits = new ArrayList<>();
    for (int r = 0; r < PHONETIC.length; r++) {
      for (int at = v.indexOf(PHONETIC[r][0], 1); at >= 0; at = v.indexOf(PHONETIC[r][0], at + 1)) {
        hits.add(new int[] {r, at});
      }
    }
    if (hits.isEmpty()) {
      return null;
    }
    int[] h = hits.get(rng.nextInt(hits.size()));
    String from = PHONETIC[h[0]][0];
    return v.substring(0, h[1]) + PHONETIC[h[0]][1] + v.substring(h[1] + from.length());
  }

  private static final String KEYBOARD = "QWERTYUIOP ASDFGHJKL  ZXCVBNM   ";
  private static final String[][] OCR = {
    {"M", "RN"}, {"RN", "M"}, {"D", "CL"}, {"I", "L"}, {"L", "I"}, {"O", "Q"}, {"U", "V"},
    {"E", "F"}, {"H", "N"}, {"N", "H"}, {"G", "C"}, {"B", "8"}, {"O", "0"}
  };

  /** One keyboard or OCR typo in {@code v}: substitution, deletion, transposition, doubling. */
  static String typo(String v, SplittableRandom rng) {
    if (v.length() < 2) {
      return v + (char) ('A' + rng.nextInt(26));
    }
    for (int attempt = 0; attempt < 5; attempt++) {
      int i = rng.nextInt(v.length());
      char c = v.charAt(i);
      if (c < 'A' || c > 'Z') {
        continue;
      }
      String out;
      switch (rng.nextInt(5)) {
        case 0 -> out = v.substring(0, i) + neighbour(c, rng) + v.substring(i + 1);
        case 1 -> out = v.length() > 3 ? v.substring(0, i) + v.substring(i + 1) : null;
        case 2 -> out = i + 1 < v.length() && v.charAt(i + 1) != c && v.charAt(i + 1) != ' '
            ? v.substring(0, i) + v.charAt(i + 1) + c + v.substring(i + 2) : null;
        case 3 -> out = v.substring(0, i + 1) + c + v.substring(i + 1);
        default -> {
          String[] o = OCR[rng.nextInt(OCR.length)];
          int at = v.indexOf(o[0]);
          out = at < 0 ? null : v.substring(0, at) + o[1] + v.substring(at + o[0].length());
        }
      }
      if (out != null && !out.equals(v)) {
        return out;
      }
    }
    return v.substring(0, v.length() - 1) + neighbour(v.charAt(v.length() - 1), rng);
  }

  private static char neighbour(char c, SplittableRandom rng) {
    int at = KEYBOARD.indexOf(c);
    if (at < 0) {
      return 'E';
    }
    int[] d = {-1, 1, -11, 11};
    for (int k = 0; k < 8; k++) {
      int j = at + d[rng.nextInt(4)];
      if (j >= 0 && j < KEYBOARD.length() && KEYBOARD.charAt(j) != ' ') {
        return KEYBOARD.charAt(j);
      }
    }
    return at + 1 < KEYBOARD.length() && KEYBOARD.charAt(at + 1) != ' ' ? KEYBOARD.charAt(at + 1)
        : KEYBOARD.charAt(at - 1);
  }

  /** A one-letter typo in the surname or the first name of a written {@code LAST,FIRST} name. */
  private static String rowNameTypo(String priName, SplittableRandom rng) {
    int comma = priName.indexOf(',');
    if (comma <= 0 || comma == priName.length() - 1) {
      return typo(priName, rng);
    }
    if (rng.nextBoolean()) {
      return typo(priName.substring(0, comma), rng) + priName.substring(comma);
    }
    String rest = priName.substring(comma + 1);
    String lead = rest.startsWith(" ") ? " " : "";
    String body = rest.substring(lead.length());
    int sp = body.indexOf(' ');
    String first = sp < 0 ? body : body.substring(0, sp);
    String tail = sp < 0 ? "" : body.substring(sp);
    return priName.substring(0, comma + 1) + lead + typo(first, rng) + tail;
  }

  // ---------------------------------------------------------------- dates of birth

  static boolean isFullDate(String raw) {
    return raw.length() == 8 && parse(raw) != null;
  }

  private static LocalDate parse(String raw) {
    try {
      if (raw.length() != 8) {
        return null;
      }
      return LocalDate.of(
          Integer.parseInt(raw.substring(0, 4)),
          Integer.parseInt(raw.substring(4, 6)),
          Integer.parseInt(raw.substring(6, 8)));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String raw(LocalDate d) {
    return Dates.yyyymmdd((int) d.toEpochDay());
  }

  private void dobOp(Snapshot sn, SplittableRandom rng) {
    DobOp op = DobOp.values()[Weighted.pick(dobCum, rng)];
    String before = sn.dobRaw;
    LocalDate d = parse(before);
    String after = null;
    switch (op) {
      case KEYPAD_TYPO -> after = keypadTypo(before, rng);
      case DAY_MONTH_SWAP -> {
        if (d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue()) {
          after = before.substring(0, 4) + before.substring(6, 8) + before.substring(4, 6);
        }
      }
      case YEAR_OFF_BY_ONE -> after = raw(d.plusYears(rng.nextBoolean() ? 1 : -1));
      case YEAR_OFF_BY_TEN ->
          after = raw(d.plusYears(d.getYear() + 10 <= latestYear - 14 && rng.nextBoolean() ? 10 : -10));
      case SHIFT -> after = shift(d, rng);
      default -> after = rng.nextBoolean() ? "19000101" : before.substring(0, 4) + "0101";
    }
    if (after == null || after.equals(before)) {
      op = DobOp.SHIFT;
      after = shift(d, rng);
    }
    sn.log.add(new Corruption(op.name(), "PRI_DOB", before, after));
    sn.dobRaw = after;
  }

  /** ±1-5 days (0.7), ±30-61 days (0.2) or a large jump of 100-2000 days (0.1). */
  private static String shift(LocalDate d, SplittableRandom rng) {
    double u = rng.nextDouble();
    int days = u < 0.7 ? 1 + rng.nextInt(5) : u < 0.9 ? 30 + rng.nextInt(32) : 100 + rng.nextInt(1901);
    return raw(d.plusDays(rng.nextBoolean() ? days : -days));
  }

  private static final String[] KEYPAD = {
    "8", "24", "135", "26", "157", "2468", "359", "48", "5790", "68"
  };

  /** One digit replaced by a keypad neighbour, giving another valid date; null if none found. */
  static String keypadTypo(String raw, SplittableRandom rng) {
    for (int attempt = 0; attempt < 10; attempt++) {
      int i = 2 + rng.nextInt(6);
      String nb = KEYPAD[raw.charAt(i) - '0'];
      char c = nb.charAt(rng.nextInt(nb.length()));
      String out = raw.substring(0, i) + c + raw.substring(i + 1);
      LocalDate d = parse(out);
      if (d != null && d.getYear() >= 1900 && !out.equals(raw)) {
        return out;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- other identifiers

  private String otherId(
      Snapshot sn, String field, String v, double pc, double pn, SplittableRandom rng) {
    if (v.isEmpty()) {
      return v;
    }
    String after;
    String op;
    if (rng.nextDouble() < pn) {
      op = "ID_MISSING";
      after = "";
    } else if (rng.nextDouble() < pc) {
      IdOp o = IdOp.values()[Weighted.pick(idCum, rng)];
      op = "ID_" + o.name();
      after = o == IdOp.TYPO ? digitTypo(v, 0, v.length(), rng) : placeholder(field, rng);
    } else {
      return v;
    }
    if (after.equals(v)) {
      return v;
    }
    sn.log.add(new Corruption(op, field, v, after));
    return after;
  }

  private static String placeholder(String field, SplittableRandom rng) {
    return switch (field) {
      case "PRI_SSN" -> rng.nextBoolean() ? "000000000" : rng.nextBoolean() ? "123456789" : "999999999";
      case "PRI_CDL" -> "00000000";
      default -> "000000000";
    };
  }

  /** One digit of {@code v} in [from, to) changed to another digit (v unchanged if none). */
  static String digitTypo(String v, int from, int to, SplittableRandom rng) {
    List<Integer> digits = new ArrayList<>();
    for (int i = Math.max(0, from); i < Math.min(to, v.length()); i++) {
      if (Character.isDigit(v.charAt(i))) {
        digits.add(i);
      }
    }
    if (digits.isEmpty()) {
      return v;
    }
    int i = digits.get(rng.nextInt(digits.size()));
    char c = (char) ('0' + (v.charAt(i) - '0' + 1 + rng.nextInt(9)) % 10);
    return v.substring(0, i) + c + v.substring(i + 1);
  }

  /** Race codes a record may carry instead (miscoding, or another era's code set). */
  private static final String[][] RACE_RECODES = {
    {"X", "UNKNOWN"}, {"O", "OTHER"}, {"W", "WHITE"}, {"H", "HISPANIC"}, {"A", "OTHER ASIAN"},
    {"B", "BLACK"}
  };
}
