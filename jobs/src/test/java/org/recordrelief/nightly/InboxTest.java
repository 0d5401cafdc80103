package org.recordrelief.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.config.SettingsException;

class InboxTest {

  @Test
  void doneMarkersAndManifestHashesDecideWhatIsComplete(@TempDir Path inbox) throws Exception {
    Files.writeString(inbox.resolve("a.csv"), "A\n");
    Files.writeString(inbox.resolve("a.csv.done"), "");
    Files.writeString(inbox.resolve("b.csv"), "B (still arriving)\n");
    Files.writeString(inbox.resolve("c.csv"), "C\n");
    Files.writeString(inbox.resolve("d.csv"), "D, truncated\n");
    Files.writeString(inbox.resolve(".e.csv.part"), "hidden upload\n");
    Files.writeString(inbox.resolve(Inbox.MANIFEST),
        Inbox.sha256(inbox.resolve("c.csv")) + "  c.csv\n"
            + "0".repeat(64) + "  d.csv\n");

    Inbox.Scan scan = Inbox.scan(inbox);

    assertEquals(List.of(inbox.resolve("a.csv"), inbox.resolve("c.csv")), scan.complete());
    assertEquals(Map.of("b.csv", "no b.csv.done marker",
        "d.csv", "sha256 differs from MANIFEST.sha256"), scan.incomplete());
  }

  @Test
  void aMissingInboxOrABadManifestIsAOneLineError(@TempDir Path tmp) throws Exception {
    assertThrows(SettingsException.class, () -> Inbox.scan(tmp.resolve("nope")));
    Files.writeString(tmp.resolve(Inbox.MANIFEST), "not a hash line\n");
    SettingsException e = assertThrows(SettingsException.class, () -> Inbox.scan(tmp));
    assertEquals("MANIFEST.sha256 line 1: expected '<sha256>  <file name>'", e.getMessage());
  }
}
