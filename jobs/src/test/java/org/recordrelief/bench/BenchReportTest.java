package org.recordrelief.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordrelief.publish.Json;

/** The benchmark report: figures derived from a run's JSON files, its table and its JSON. */
class BenchReportTest {
  private static final String MANIFEST = """
      {"run_id": "r", "spark_master": "local[2]", "code_version": "abc123",
       "inputs": [{"path": "a.csv", "bytes": 6000000, "records": 30000},
                  {"path": "b.csv", "bytes": 4000000, "records": 10000}],
       "stage_millis": {"read-validate": 4000, "write-convictions": 2000, "plan": 0}}
      """;
  private static final String SUMMARY = """
      {"rows": {"records_read": 40000, "records_valid": 39990, "records_quarantined": 10}}
      """;

  private static BenchReport report() {
    Map<String, Long> outputs = new LinkedHashMap<>();
    outputs.put("convictions/", 1_500_000L);
    outputs.put("summary.json", 2_000L);
    return BenchReport.of(1000, 7, "6g", 1500, 10_000, Json.read(MANIFEST), Json.read(SUMMARY),
        new ProcessMemory.Peak(2_000_000_000L, 3_000_000_000L), outputs, 2,
        Instant.parse("2026-11-27T04:05:06Z"));
  }

  @Test
  void figuresComeFromTheManifestSummaryAndWallTime() {
    BenchReport r = report();
    assertEquals(40_000, r.recordsRead());
    assertEquals(10_000_000, r.inputBytes());
    assertEquals(2, r.inputFiles());
    assertEquals(List.of("read-validate", "write-convictions", "plan"),
        List.copyOf(r.stageMillis().keySet()));
    assertEquals(4000, r.unattributedMillis());
    assertEquals(4000.0, r.rowsPerSecond(), 1e-9);
    assertEquals(1.0, r.megabytesPerSecond(), 1e-9);
    assertEquals(1_502_000, r.outputTotalBytes());
    assertEquals("local[2]", r.sparkMaster());
    assertEquals("bench-1000-7-20261127T040506Z.json", r.fileName());
  }

  @Test
  void tableShowsEveryStageTheRemainderThroughputMemoryAndOutputs() {
    String t = report().table();
    assertTrue(t.contains("40,000 records, 10.0 MB in 2 file(s); heap 6g; master local[2]"), t);
    assertTrue(t.contains("generated the extract in 1.5 s"), t);
    assertTrue(t.matches("(?s).*read-validate\\s+4\\.0\\s+40\\.0%\\s+10,000\\n.*"), t);
    assertTrue(t.matches("(?s).*plan\\s+0\\.0\\s+0\\.0%\\s+-\\n.*"), t);
    assertTrue(t.matches("(?s).*other \\(JVM start, reports, publish\\)\\s+4\\.0\\s+40\\.0%.*"), t);
    assertTrue(t.matches("(?s).*total wall\\s+10\\.0\\s+100\\.0%\\s+4,000\\s+1\\.00 MB/s\\n.*"), t);
    assertTrue(t.contains("peak RSS: pipeline JVM 2.0 GB (VmHWM), process tree 3.0 GB"), t);
    assertTrue(t.matches("(?s).*convictions/\\s+1\\.5 MB\\n.*"), t);
    assertTrue(t.matches("(?s).*summary\\.json\\s+2\\.0 KB\\n.*"), t);
  }

  @Test
  void jsonKeepsRawUnitsAndRoundTrips() {
    Map<String, Object> j = Json.read(Json.write(report().toJson()));
    assertEquals(1000, ((Number) j.get("people")).intValue());
    assertEquals("6g", j.get("heap"));
    assertEquals(10_000, ((Number) j.get("total_wall_millis")).intValue());
    assertEquals(4000, ((Number) j.get("rows_per_second")).intValue());
    assertEquals(1.0, ((Number) j.get("megabytes_per_second")).doubleValue(), 1e-9);
    assertEquals(2_000_000_000L, ((Number) j.get("peak_rss_bytes")).longValue());
    assertEquals(Map.of("read-validate", 4000, "write-convictions", 2000, "plan", 0),
        j.get("stage_millis"));
    assertEquals(Map.of("convictions/", 1_500_000, "summary.json", 2_000),
        j.get("output_bytes"));
  }

  @Test
  void sizesUseDecimalUnits() {
    assertEquals("999 B", BenchReport.size(999));
    assertEquals("1.0 KB", BenchReport.size(1000));
    assertEquals("12.3 MB", BenchReport.size(12_345_678));
    assertEquals("6.4 GB", BenchReport.size(6_400_000_000L));
  }
}
