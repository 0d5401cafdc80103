package org.recordrelief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.ingest.CsvLineParser.ErrorCode;
import org.recordrelief.ingest.CsvLineParser.Result;

class CsvLineParserTest {

  /**
   * Data line 1 of gogen's configurable-flow fixture ({@code anchor-data/gogen}, Code for America,
   * MIT licence; invented person). Quoted name with a comma, space-padded quoted fields.
   */
  static final String FIXTURE_LINE =
      "x,x,18675309,#,1008675309,,,,,,,,\"SKYWALKER,LUKE S\",,19600314,,x       ,x,x,x,x,x,x,x,x,"
          + "x,x,x,x,x,x,x,x,x,x,x,x,x       ,x,x,19790525,x,ARREST/DETAINED/CITED,x,x,x,"
          + "CAPDSACRAMENTO,x,SACRAMENTO,x,101001001000,19790525,140189,x,"
          + "503 VC-TAKE CAR W/OUT OWNERS CONSENT,F,\"              \",,,,,,,,,,,,,,,,,,,,,,,,"
          + "REL/TOT OTHER JURIS/AUTH,,FELONY,#,,,,,,\"                  \",23,,,,#";

  /** A line of the same fixture whose SENT_TIME_DESCR is 18 tabs (invented person). */
  static final String FIXTURE_TAB_LINE =
      "x,x,17954908,#,8690594867,,,,,,,,\"BIRD,BIG\",,19620822,,F1234567,x,x,x,x,x,x,x,x,x,x,x,"
          + "x,x,x,x,x,x,x,x,x,x       ,x,x,19790601,x,REGISTRATION,\"         x\",x,x,"
          + "CASCSACRAMENTO,x,SACRAMENTO,x,101001009000,19790601,678544,x,"
          + "290 PC-REGISTRATION OF SEX OFFENDER,,\"                \",,,,,,,,,,,,,,,,,,,,,,,,,"
          + "\"                        \",,#,,,,,,\""
          + "\t".repeat(18)
          + "\",23,,,,#";

  static List<Arguments> wellFormed() {
    return List.of(
        Arguments.of("a,b,c", List.of("a", "b", "c")),
        Arguments.of("", List.of("")),
        Arguments.of(",", List.of("", "")),
        Arguments.of(",,", List.of("", "", "")),
        Arguments.of("\"SKYWALKER,LUKE S\",19600314", List.of("SKYWALKER,LUKE S", "19600314")),
        Arguments.of("\"MAUL, DARTH\"", List.of("MAUL, DARTH")),
        Arguments.of("\"say \"\"hi\"\"\",x", List.of("say \"hi\"", "x")),
        Arguments.of("\"\"\"\"", List.of("\"")),
        Arguments.of("\"\"", List.of("")),
        Arguments.of("\"\",\"\"", List.of("", "")),
        Arguments.of("a,\"\"", List.of("a", "")),
        Arguments.of("\"a\",", List.of("a", "")),
        Arguments.of("x       ,  MONTHS   ", List.of("x       ", "  MONTHS   ")),
        Arguments.of("DAYS\t\t,\t", List.of("DAYS\t\t", "\t")),
        Arguments.of("\"   \",\" 148 PC - X\"", List.of("   ", " 148 PC - X")),
        Arguments.of("NULL  ,a", List.of("NULL  ", "a")),
        Arguments.of("\"a\rb\"", List.of("a\rb")),
        Arguments.of("caf\u00e9,\u0000", List.of("caf\u00e9", "\u0000")));
  }

  @ParameterizedTest
  @MethodSource("wellFormed")
  void parsesWellFormedLines(String line, List<String> expected) {
    Result r = CsvLineParser.parse(line);
    assertNull(r.error(), line);
    assertEquals(expected, r.fields());
  }

  static List<Arguments> malformed() {
    return List.of(
        Arguments.of("ab\"c,d", ErrorCode.MALFORMED_QUOTE, List.of("ab\"c", "d")),
        Arguments.of("a,b\"", ErrorCode.MALFORMED_QUOTE, List.of("a", "b\"")),
        Arguments.of(" \"x\",y", ErrorCode.MALFORMED_QUOTE, List.of(" \"x\"", "y")),
        Arguments.of("\"x\"y,z", ErrorCode.MALFORMED_QUOTE, List.of("xy", "z")),
        Arguments.of("\"x\" ,z", ErrorCode.MALFORMED_QUOTE, List.of("x ", "z")),
        Arguments.of("\"x\"\"", ErrorCode.UNTERMINATED_QUOTE, List.of("x\"")),
        Arguments.of("a,\"SKYWALKER,LUKE", ErrorCode.UNTERMINATED_QUOTE,
            List.of("a", "SKYWALKER,LUKE")),
        Arguments.of("\"", ErrorCode.UNTERMINATED_QUOTE, List.of("")),
        // the first error wins
        Arguments.of("a\"b,\"c", ErrorCode.MALFORMED_QUOTE, List.of("a\"b", "c")));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void reportsQuoteErrors(String line, ErrorCode error, List<String> bestEffort) {
    Result r = CsvLineParser.parse(line);
    assertEquals(error, r.error(), line);
    assertEquals(bestEffort, r.fields(), line);
  }

  @Test
  void fixtureLineHas95FieldsWithPaddingKept() {
    Result r = CsvLineParser.parse(FIXTURE_LINE);
    assertNull(r.error());
    assertEquals(DojColumns.COUNT, r.fieldCount());
    assertEquals("SKYWALKER,LUKE S", r.fields().get(12));
    assertEquals("x       ", r.fields().get(16));
    assertEquals("503 VC-TAKE CAR W/OUT OWNERS CONSENT", r.fields().get(54));
    assertEquals(" ".repeat(14), r.fields().get(56));
    assertEquals("#", r.fields().get(94));
    assertEquals(FIXTURE_LINE, CsvLineParser.formatLine(r.fields()), "Go writer round trip");
  }

  @Test
  void tabsArePreserved() {
    Result r = CsvLineParser.parse(FIXTURE_TAB_LINE);
    assertNull(r.error());
    assertEquals(95, r.fieldCount());
    assertEquals("\t".repeat(18), r.fields().get(89));
    assertEquals(FIXTURE_TAB_LINE, CsvLineParser.formatLine(r.fields()));
  }

  @Test
  void trailingCommaGives96FieldsWithEmptyLast() {
    Result r = CsvLineParser.parse(String.join(",", DojColumns.NAMES) + ",");
    assertNull(r.error());
    assertEquals(96, r.fieldCount());
    assertEquals("", r.fields().get(95));
    assertEquals(DojColumns.NAMES, r.fields().subList(0, 95));
  }

  @Test
  void formatsLikeGoEncodingCsv() {
    assertEquals(
        "a,\"b,c\",\"say \"\"hi\"\"\",,\" lead\",\"\tTAB\",trail ,\"x\ny\",\"\r\",\"\\.\",\\..",
        CsvLineParser.formatLine(
            Arrays.asList("a", "b,c", "say \"hi\"", "", " lead", "\tTAB", "trail ", "x\ny", "\r",
                "\\.", "\\..")));
    assertEquals("\"\u00a0nbsp\",mid space", CsvLineParser.formatLine(List.of("\u00a0nbsp", "mid space")));
    assertEquals(",", CsvLineParser.formatLine(Arrays.asList(null, "")));
    assertEquals("", CsvLineParser.formatLine(List.of()));
  }

  @Test
  void formatThenParseRoundTripsRandomFields() {
    String alphabet = "ab ,\"\t\r\n#x1";
    Random random = new Random(95);
    for (int i = 0; i < 20_000; i++) {
      int count = 1 + random.nextInt(6);
      List<String> fields = new ArrayList<>(count);
      for (int f = 0; f < count; f++) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(6);
        for (int k = 0; k < len; k++) {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        fields.add(sb.toString());
      }
      String line = CsvLineParser.formatLine(fields);
      if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
        continue; // a quoted line break spans physical lines; not one line's business
      }
      Result r = CsvLineParser.parse(line);
      assertNull(r.error(), line);
      assertEquals(fields, r.fields(), line);
    }
  }
}
