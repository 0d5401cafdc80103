package org.recordrelief.job;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.ingest.CsvLineParser;
import org.recordrelief.testing.DojLine;

/**
 * The hostile-input corpus: one entry per kind of bad DOJ input, with the input files (built here
 * byte for byte, so binary and encoding cases need no checked-in binaries) and the handling the
 * pipeline must show (read by {@link HostileInputTest}).
 *
 * <p>Two shapes of entry. A <em>kept</em> case is published: its files go, together with every
 * other kept case, into one input directory for one run, and the expectation says per file what
 * {@code summary.json} must count, which physical lines land in {@code quarantine/} with which
 * reason, which warning codes are counted, and which subjects' valid records still reach {@code
 * determinations/} (nothing valid in a file with hostile lines is lost). A <em>failing</em> case
 * must stop the run before publishing with a one-line message naming the file and saying why.
 *
 * <p>All records are invented ({@link DojLine}); every valid record is a 2010 HS 11357(b)
 * conviction, so each surviving subject has a determination.
 */
final class HostileCorpus {
  private HostileCorpus() {}

  static final String CNT = "101002001000";

  /** One input file: a name relative to the input directory and its exact bytes. */
  record InputBytes(String name, byte[] bytes) {}

  /** What the run must show for one file of a kept case. */
  static final class FileExpect {
    final String name;
    long lines;
    boolean header;
    long blank;
    long valid;
    /** Physical line number → quarantine reason. */
    final TreeMap<Long, String> quarantined = new TreeMap<>();
    final Set<String> warnings = new LinkedHashSet<>();
    /** SUBJECT_ID (or, when blank, CII_NUMBER) of subjects that must have a determination. */
    final List<String> survivors = new ArrayList<>();
    String lineEnds;
    Boolean bomRemoved;
    /** Name of the earlier identical file (FILE_DUPLICATE), or null. */
    String duplicateOf;
    /** Not an input at all: must not appear among the run's files. */
    boolean ignored;

    FileExpect(String name) {
      this.name = name;
    }

    FileExpect lines(long n) {
      lines = n;
      return this;
    }

    FileExpect header() {
      header = true;
      return this;
    }

    FileExpect blank(long n) {
      blank = n;
      return this;
    }

    FileExpect valid(long n) {
      valid = n;
      return this;
    }

    FileExpect q(long line, String reason) {
      quarantined.put(line, reason);
      return this;
    }

    FileExpect warn(String... codes) {
      warnings.addAll(Arrays.asList(codes));
      return this;
    }

    FileExpect survive(String... subjects) {
      survivors.addAll(Arrays.asList(subjects));
      return this;
    }

    FileExpect lineEnds(String s) {
      lineEnds = s;
      return this;
    }

    FileExpect bom() {
      bomRemoved = true;
      return this;
    }

    FileExpect duplicateOf(String other) {
      duplicateOf = other;
      return this;
    }

    FileExpect ignored() {
      ignored = true;
      return this;
    }
  }

  /**
   * One kind of hostile input.
   *
   * @param kind short name (also the file-name stem)
   * @param handling the expected handling in words
   * @param files the input files
   * @param expect per-file expectations (kept cases)
   * @param failure fragments the one-line failure must contain (failing cases), else empty
   * @param input for failing cases: the path given as --input, relative to the case's directory
   *     (null: the directory itself)
   */
  record Case(String kind, String handling, List<InputBytes> files, List<FileExpect> expect,
      List<String> failure, String input) {
    boolean fails() {
      return !failure.isEmpty();
    }

    @Override
    public String toString() {
      return kind;
    }
  }

  // ---- building lines -------------------------------------------------------------------

  /** A valid 2010 HS 11357(b) conviction of {@code subject}. */
  static DojLine row(String subject) {
    return DojLine.conviction(subject, CNT, "11357(B) HS-POSSESS MARIJUANA");
  }

  static String good(String subject) {
    return row(subject).csv();
  }

  /** The 95 fields of a record plus extra trailing fields. */
  static String withExtraFields(DojLine l, String... extra) {
    List<String> f = new ArrayList<>(Arrays.asList(l.fields()));
    f.addAll(Arrays.asList(extra));
    return CsvLineParser.formatLine(f);
  }

  /** Bytes of a file, line by line. */
  static final class Bytes {
    private final ByteArrayOutputStream b = new ByteArrayOutputStream();

    Bytes raw(byte[] bytes) {
      b.writeBytes(bytes);
      return this;
    }

    Bytes raw(String s) {
      return raw(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A line ended by LF. */
    Bytes lf(String line) {
      return raw(line + "\n");
    }

    /** A line ended by CRLF. */
    Bytes crlf(String line) {
      return raw(line + "\r\n");
    }

    Bytes header() {
      return lf(DojLine.header());
    }

    byte[] bytes() {
      return b.toByteArray();
    }
  }

  static Bytes bytes() {
    return new Bytes();
  }

  private static InputBytes in(String name, Bytes b) {
    return new InputBytes(name, b.bytes());
  }

  private static InputBytes in(String name, byte[] b) {
    return new InputBytes(name, b);
  }

  private static FileExpect f(String name) {
    return new FileExpect(name);
  }

  private static Case kept(String kind, String handling, List<InputBytes> files,
      FileExpect... expect) {
    return new Case(kind, handling, files, List.of(expect), List.of(), null);
  }

  private static Case failing(String kind, String handling, List<InputBytes> files,
      String... failure) {
    return new Case(kind, handling, files, List.of(), List.of(failure), null);
  }

  private static Case failing(String kind, String handling, String input, List<InputBytes> files,
      String... failure) {
    return new Case(kind, handling, files, List.of(), List.of(failure), input);
  }

  // ---- the corpus ------------------------------------------------------------------------

  /** Cases whose files are published (all in one run). */
  static List<Case> keptCases() {
    List<Case> c = new ArrayList<>();

    c.add(kept("too-few-fields", "94 fields: quarantined FIELD_COUNT, the rest kept",
        List.of(in("too-few-fields.csv", bytes().header().lf(good("TF1"))
            .lf(row("TF2").csvShort()).lf(good("TF3")))),
        f("too-few-fields.csv").lines(4).header().valid(2).q(3, "FIELD_COUNT")
            .survive("TF1", "TF3")));

    c.add(kept("too-many-fields", "96 fields with a value in the 96th: FIELD_COUNT",
        List.of(in("too-many-fields.csv", bytes().header().lf(good("TM1"))
            .lf(withExtraFields(row("TM2"), "EXTRA")).lf(withExtraFields(row("TM3"), "", "")))),
        f("too-many-fields.csv").lines(4).header().valid(1).q(3, "FIELD_COUNT")
            .q(4, "FIELD_COUNT").survive("TM1")));

    c.add(kept("trailing-comma", "96 fields, last empty: kept as 95 (TRAILING_EMPTY_FIELD)",
        List.of(in("trailing-comma.csv", bytes().lf(DojLine.header() + ",")
            .lf(good("TC1") + ",").lf(good("TC2")))),
        f("trailing-comma.csv").lines(3).header().valid(2).warn("TRAILING_EMPTY_FIELD")
            .survive("TC1", "TC2")));

    c.add(kept("partial-dates", "YYYY0000 / YYYYMM00: kept as intervals (DATE_PARTIAL)",
        List.of(in("partial-dates.csv", bytes().header()
            .lf(row("PD1").set("STP_EVENT_DATE", "20100000").csv())
            .lf(row("PD2").set("PRI_DOB", "19700500").set("CYC_DATE", "20100100").csv()))),
        f("partial-dates.csv").lines(3).header().valid(2).warn("DATE_PARTIAL")
            .survive("PD1", "PD2")));

    c.add(kept("bad-dates", "month 13, letters, zeros, dashes: kept, value unknown (DATE_INVALID)",
        List.of(in("bad-dates.csv", bytes().header()
            .lf(row("BD1").set("STP_EVENT_DATE", "20231340").csv())
            .lf(row("BD2").set("PRI_DOB", "19A0O1O1").csv())
            .lf(row("BD3").set("DISP_DATE", "00000000").set("CYC_DATE", "2010-01-0").csv())
            .lf(row("BD4").set("PRI_DOB", "19700231").csv()))),
        f("bad-dates.csv").lines(5).header().valid(4).warn("DATE_INVALID")
            .survive("BD1", "BD2", "BD3", "BD4")));

    c.add(kept("invalid-utf8", "bytes that are not UTF-8: kept as ISO-8859-1 (NON_UTF8_BYTES)",
        List.of(in("invalid-utf8.csv", bytes().header()
            .raw(good("IU1").replace("ALPHA", "ALPH\u00C9").getBytes(StandardCharsets.ISO_8859_1))
            .raw("\n")
            .raw(good("IU2").replace("ALPHA", "AL").getBytes(StandardCharsets.UTF_8))
            .raw(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, '\n'})
            .lf(good("IU3")))),
        // IU2: invalid bytes appended to the last field (END_OF_REC), still 95 fields
        f("invalid-utf8.csv").lines(4).header().valid(3).warn("NON_UTF8_BYTES")
            .survive("IU1", "IU2", "IU3")));

    c.add(kept("nul-bytes", "NUL inside fields: kept with the raw value unchanged,"
            + " CONTROL_CHARACTERS; dropped from derived values (section, subject key, county);"
            + " a key of NULs only is no key",
        List.of(in("nul-bytes.csv", bytes().header()
            .lf(row("NB1").set("PRI_NAME", "TEST\u0000PERSON,ALPHA").csv())
            .lf(row("NB2").set("OFFENSE_DESCR", "11357(B) HS-POSSESS\u0000MARIJUANA")
                .set("COMMENT_TEXT", "\u0000\u0000").csv())
            .lf(row("NB3").set("SUBJECT_ID", "NB3\u0000").set("CNT_ORDER", "101003001000")
                .set("STP_ORI_CNTY_NAME", "YO\u0000LO").csv())
            .lf(row("x").set("SUBJECT_ID", "\u0000\u0000").set("CII_NUMBER", "\u0000").csv())
            .lf(row("NB3").csv()))),
        f("nul-bytes.csv").lines(6).header().valid(4).q(5, "NO_PERSON_KEY")
            .warn("CONTROL_CHARACTERS").survive("NB1", "NB2", "NB3")));

    c.add(kept("control-characters", "BEL, ESC, VT, FF inside fields: kept, CONTROL_CHARACTERS",
        List.of(in("control-characters.csv", bytes().header()
            .lf(row("CC1").set("OFN", "A\u0007B\u001B").csv())
            .lf(row("CC2").set("COMMENT_TEXT", "X\u000BY\fZ\u0001").csv()))),
        f("control-characters.csv").lines(3).header().valid(2).warn("CONTROL_CHARACTERS")
            .survive("CC1", "CC2")));

    c.add(kept("utf8-bom", "a UTF-8 BOM before the header: removed, header detected",
        List.of(in("utf8-bom.csv", bytes().raw(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
            .header().lf(good("BM1")))),
        f("utf8-bom.csv").lines(2).header().valid(1).bom().warn("BOM_REMOVED").survive("BM1")));

    c.add(kept("utf8-bom-no-header", "a BOM before a data record: removed, record kept",
        List.of(in("utf8-bom-no-header.csv", bytes()
            .raw(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).lf(good("BN1")))),
        f("utf8-bom-no-header.csv").lines(1).valid(1).bom().warn("BOM_REMOVED").survive("BN1")));

    String broken = row("QL2").set("OFFENSE_DESCR", "11357(B) HS\nPOSSESS").csv();
    c.add(kept("quoted-line-break", "a quoted field holding LF: both halves quarantined, not split",
        List.of(in("quoted-line-break.csv", bytes().header().lf(good("QL1")).lf(broken)
            .lf(good("QL3")))),
        f("quoted-line-break.csv").lines(5).header().valid(2).q(3, "QUOTED_LINE_BREAK")
            .q(4, "MALFORMED_QUOTE").survive("QL1", "QL3")));

    c.add(kept("stray-quotes", "a quote inside an unquoted field, text after a closing quote,"
            + " an unbalanced quote mid-file: MALFORMED_QUOTE / QUOTED_LINE_BREAK",
        List.of(in("stray-quotes.csv", bytes().header()
            .lf(good("SQ1").replace("11357(B) HS-POSSESS", "11357(B) HS-\"POSSESS"))
            .lf(good("SQ2").replace("\"TESTPERSON,ALPHA\"", "\"TESTPERSON,ALPHA\"X"))
            .lf(good("SQ3").replace("\"TESTPERSON,ALPHA\"", "\"TESTPERSON,ALPHA"))
            .lf(good("SQ4")))),
        f("stray-quotes.csv").lines(5).header().valid(1).q(2, "MALFORMED_QUOTE")
            .q(3, "MALFORMED_QUOTE").q(4, "QUOTED_LINE_BREAK").survive("SQ4")));

    c.add(kept("enormous-field", "a 2 MB field: the record is quarantined RECORD_TOO_LONG, the"
            + " next line keeps its number",
        List.of(in("enormous-field.csv", bytes().header().lf(good("EF1"))
            .lf(row("EF2").set("COMMENT_TEXT", "Z".repeat(2 * 1024 * 1024)).csv())
            .lf(good("EF3")))),
        f("enormous-field.csv").lines(4).header().valid(2).q(3, "RECORD_TOO_LONG")
            .survive("EF1", "EF3")));

    c.add(kept("overlong-field", "a 5,000-character field: kept, OVERLONG_FIELD",
        List.of(in("overlong-field.csv", bytes().header()
            .lf(row("OF1").set("COMMENT_TEXT", "Y".repeat(5000)).csv()))),
        f("overlong-field.csv").lines(2).header().valid(1).warn("OVERLONG_FIELD").survive("OF1")));

    c.add(kept("empty-file", "0 bytes: valid, zero records (empty: true)",
        List.of(in("empty-file.csv", new byte[0])),
        f("empty-file.csv").lines(0).lineEnds("NONE")));

    c.add(kept("header-only", "only a header: valid, zero records",
        List.of(in("header-only.csv", bytes().header())),
        f("header-only.csv").lines(1).header()));

    String cut = good("TR2");
    c.add(kept("truncated-mid-record", "file cut mid-record outside quotes: last line FIELD_COUNT",
        List.of(in("truncated-mid-record.csv", bytes().header().lf(good("TR1"))
            .raw(cut.substring(0, cut.indexOf("COURT ACTION"))))),
        f("truncated-mid-record.csv").lines(3).header().valid(1).q(3, "FIELD_COUNT")
            .survive("TR1")));

    String cutQ = good("TQ2");
    c.add(kept("truncated-in-quotes", "file cut inside a quoted field: TRUNCATED_FINAL_RECORD",
        List.of(in("truncated-in-quotes.csv", bytes().header().lf(good("TQ1"))
            .raw(cutQ.substring(0, cutQ.indexOf("ALPHA"))))),
        f("truncated-in-quotes.csv").lines(3).header().valid(1)
            .q(3, "TRUNCATED_FINAL_RECORD").survive("TQ1")));

    c.add(kept("no-final-newline", "a complete last record without LF: kept",
        List.of(in("no-final-newline.csv", bytes().header().lf(good("NF1")).raw(good("NF2")))),
        f("no-final-newline.csv").lines(3).header().valid(2).survive("NF1", "NF2")));

    byte[] twice = bytes().header().lf(good("ST1")).bytes();
    c.add(kept("same-file-twice", "identical content under two names: the second is not read"
            + " (FILE_DUPLICATE), nothing counted twice",
        List.of(in("same-file-twice-a.csv", twice), in("same-file-twice-b.csv", twice)),
        f("same-file-twice-a.csv").lines(2).header().valid(1).survive("ST1"),
        f("same-file-twice-b.csv").lines(0).duplicateOf("same-file-twice-a.csv")));

    c.add(kept("unknown-county", "a county name that is not Californian, or blank: kept, goes"
            + " to the county slug 'unknown' (COUNTY_UNKNOWN), exported to exports/unknown/",
        List.of(in("unknown-county.csv", bytes().header()
            .lf(row("UC1").set("STP_ORI_CNTY_NAME", "ATLANTIS").csv())
            .lf(row("UC2").set("STP_ORI_CNTY_NAME", "").csv())
            .lf(row("UC3").set("STP_ORI_CNTY_NAME", "  los   angeles ").csv()))),
        f("unknown-county.csv").lines(4).header().valid(3).survive("UC1", "UC2", "UC3")));

    DojLine sentenced = row("DR1").set("SENT_ORDER", "1").set("SENT_LOC_DESCR", "JAIL")
        .set("SENT_LENGTH", "10").set("SENT_TIME_CODE", "D");
    DojLine unordered = row("DR2").set("SENT_LOC_DESCR", "JAIL")
        .set("SENT_LENGTH", "10").set("SENT_TIME_CODE", "D");
    c.add(kept("duplicate-rows", "the same record twice in one file: both rows counted, one"
            + " count (DUPLICATE_ROW / POSSIBLE_DUPLICATE_SENTENCE_PART), never two convictions",
        List.of(in("duplicate-rows.csv", bytes().header().lf(sentenced.csv()).lf(sentenced.csv())
            .lf(unordered.csv()).crlf(unordered.csv()))),
        f("duplicate-rows.csv").lines(5).header().valid(4).lineEnds("MIXED")
            .survive("DR1", "DR2")));

    c.add(kept("duplicate-rows-across-files", "the same record in two different files: one count",
        List.of(in("duplicate-across-a.csv", bytes().header().lf(good("DX1")).lf(good("DX2"))),
            in("duplicate-across-b.csv", bytes().lf(good("DX1")).lf(good("DX3")))),
        f("duplicate-across-a.csv").lines(3).header().valid(2).survive("DX1", "DX2"),
        f("duplicate-across-b.csv").lines(2).valid(2).survive("DX3")));

    c.add(kept("mixed-line-ends", "CRLF and LF in one file: all kept, line_ends MIXED",
        List.of(in("mixed-line-ends.csv", bytes().crlf(DojLine.header()).lf(good("ML1"))
            .crlf(good("ML2")).lf(good("ML3")))),
        f("mixed-line-ends.csv").lines(4).header().valid(3).lineEnds("MIXED")
            .survive("ML1", "ML2", "ML3")));

    c.add(kept("whitespace-lines", "empty, space-only, tab-only and CR-only lines: BLANK, counted",
        List.of(in("whitespace-lines.csv", bytes().header().lf("").lf(good("WL1")).lf("   ")
            .lf("\t \t").crlf("").lf(good("WL2")))),
        f("whitespace-lines.csv").lines(7).header().blank(4).valid(2).survive("WL1", "WL2")));

    c.add(kept("blank-subject-id", "SUBJECT_ID blank, CII present: kept, grouped by CII"
            + " (BLANK_SUBJECT_ID)",
        List.of(in("blank-subject-id.csv", bytes().header()
            .lf(row("BS1").set("SUBJECT_ID", "").set("CII_NUMBER", "A777000111").csv())
            .lf(row("BS2").set("SUBJECT_ID", "   ").set("CII_NUMBER", "A777000222").csv()))),
        f("blank-subject-id.csv").lines(3).header().valid(2).warn("BLANK_SUBJECT_ID")
            .survive("A777000111", "A777000222")));

    c.add(kept("blank-subject-and-cii", "SUBJECT_ID and CII blank (or NULL, or '-'):"
            + " quarantined NO_PERSON_KEY",
        List.of(in("blank-subject-and-cii.csv", bytes().header().lf(good("BK1"))
            .lf(row("x").set("SUBJECT_ID", "").set("CII_NUMBER", "").csv())
            .lf(row("x").set("SUBJECT_ID", "NULL").set("CII_NUMBER", " null ").csv())
            .lf(row("x").set("SUBJECT_ID", " - ").set("CII_NUMBER", "").csv())
            .lf(DojLine.blank().csv()))),
        f("blank-subject-and-cii.csv").lines(6).header().valid(1).q(3, "NO_PERSON_KEY")
            .q(4, "NO_PERSON_KEY").q(5, "NO_PERSON_KEY").q(6, "NO_PERSON_KEY").survive("BK1")));

    c.add(kept("literal-null", "the text NULL as a value: kept, blank in derived values"
            + " (LITERAL_NULL)",
        List.of(in("literal-null.csv", bytes().header()
            .lf(row("LN1").set("OFN", "NULL  ").set("DISP_DATE", "null").csv()))),
        f("literal-null.csv").lines(2).header().valid(1).warn("LITERAL_NULL").survive("LN1")));

    List<String> shuffledHeader = new ArrayList<>(DojColumns.NAMES);
    shuffledHeader.set(0, "");
    c.add(kept("embedded-header", "a header, a lower-case header, and a header-like line after"
            + " line 1: EMBEDDED_HEADER",
        List.of(in("embedded-header.csv", bytes().header().lf(good("EH1")).lf(DojLine.header())
            .lf(DojLine.header().toLowerCase(java.util.Locale.ROOT))
            .lf(String.join(",", shuffledHeader)).lf(good("EH2")))),
        f("embedded-header.csv").lines(6).header().valid(2).q(3, "EMBEDDED_HEADER")
            .q(4, "EMBEDDED_HEADER").q(5, "EMBEDDED_HEADER").survive("EH1", "EH2")));

    c.add(kept("companion-and-hidden-files", "README.md, *.json, *.sha256, *.done, hidden and"
            + " _-prefixed files and sub-directories next to the extract: not read",
        List.of(in("README.md", bytes().lf("# extract of 2026-06-30")),
            in("extract-manifest.json", bytes().lf("{\"files\": 1}")),
            in("extract.csv.sha256", bytes().lf("0".repeat(64))),
            in("extract.done", new byte[0]),
            in(".extract.csv.swp", bytes().lf("garbage")),
            in("_SUCCESS", new byte[0]),
            in("nested/inner.csv", bytes().lf("garbage,in,a,sub,directory"))),
        f("README.md").ignored(), f("extract-manifest.json").ignored(),
        f("extract.csv.sha256").ignored(), f("extract.done").ignored(),
        f(".extract.csv.swp").ignored(), f("_SUCCESS").ignored(), f("nested").ignored()));
    return c;
  }

  /** Cases that must stop the run, each run on its own. */
  static List<Case> failingCases() {
    List<Case> c = new ArrayList<>();
    byte[] garbage = new byte[8192];
    new Random(7).nextBytes(garbage);
    c.add(failing("binary-garbage", "a binary file: every line rejected, the run stops naming it",
        List.of(in("a-good.csv", bytes().header().lf(good("G1"))), in("garbage.csv", garbage)),
        "garbage.csv", "REJECT_THRESHOLD"));

    c.add(failing("non-csv-file", "a text file that is not an extract in the input directory:"
            + " the run stops naming it",
        List.of(in("a-good.csv", bytes().header().lf(good("G1"))),
            in("notes.txt", bytes().lf("Please load the attached extract tonight.")
                .lf("Thanks, the data team"))),
        "notes.txt", "REJECT_THRESHOLD", "2 of 2", "FIELD_COUNT"));

    c.add(failing("cr-only-line-ends", "old Mac line ends (CR only): header and records read as"
            + " one line of 283 fields, a header mismatch: the run stops naming the file",
        List.of(in("cr-only.csv", bytes().raw(DojLine.header() + "\r" + good("CR1") + "\r"
            + good("CR2") + "\r"))),
        "cr-only.csv", "HEADER_MISMATCH", "283 names"));

    Bytes many = bytes().header();
    for (int i = 0; i < 10; i++) {
      many.lf(good("M" + i));
    }
    for (int i = 0; i < 101; i++) {
      many.lf(row("MB" + i).csvShort());
    }
    c.add(failing("too-many-bad-rows", "101 of 111 records rejected: above max(100, 0.1 %):"
            + " the run stops before publishing",
        List.of(in("mostly-bad.csv", many)),
        "mostly-bad.csv", "REJECT_THRESHOLD", "101 of 111", "FIELD_COUNT"));

    List<String> renamed = new ArrayList<>(DojColumns.NAMES);
    renamed.set(12, "FULL_NAME");
    c.add(failing("header-mismatch", "a header with a renamed column: the layout may have"
            + " changed, the run stops",
        List.of(in("renamed.csv", bytes().lf(String.join(",", renamed)).lf(good("HM1")))),
        "renamed.csv", "HEADER_MISMATCH", "column 12"));

    c.add(failing("empty-input-directory", "an input directory with no data file (only a"
            + " companion file and a sub-directory): the run stops instead of publishing an"
            + " empty dataset",
        List.of(in("README.md", bytes().lf("# no extract tonight")),
            in("nested/part.csv", bytes().header().lf(good("ED1")))),
        "no DOJ data file"));

    c.add(failing("directory-as-file", "--input names extract.csv, which is a directory holding"
            + " only a sub-directory: the run stops naming it",
        "extract.csv", List.of(in("extract.csv/2026/part.csv", bytes().header().lf(good("DF1")))),
        "extract.csv", "no DOJ data file"));
    return c;
  }
}
