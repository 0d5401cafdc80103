package org.recordrelief.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {

  private static Config bundled() {
    return ConfigFactory.parseResources("recordrelief-generate.conf").resolve();
  }

  @Test
  void resourceHoldsExactlyTheKnownKeysInOrder() {
    Config g = bundled().getConfig(GeneratorSettings.CONFIG_PATH);
    List<String> keys = new ArrayList<>(g.root().keySet());
    keys.sort(null);
    List<String> known = new ArrayList<>(GeneratorSettings.KEYS);
    known.add(IdentitySettings.BLOCK);
    known.sort(null);
    assertEquals(known, keys, "recordrelief-generate.conf must list every key, and only those");
    List<String> echoed = new ArrayList<>(GeneratorSettings.defaults().toMap().keySet());
    assertEquals(GeneratorSettings.KEYS, echoed.subList(0, GeneratorSettings.KEYS.size()));
    List<String> identity = new ArrayList<>();
    for (String k : g.getConfig(IdentitySettings.BLOCK).root().keySet()) {
      if (!k.endsWith("Operators")) {
        identity.add(k);
      }
    }
    identity.sort(null);
    List<String> scalars = new ArrayList<>(IdentitySettings.SCALAR_KEYS);
    scalars.sort(null);
    assertEquals(scalars, identity, "the identity block lists every key, and only those");
    for (String k : echoed.subList(GeneratorSettings.KEYS.size(), echoed.size())) {
      assertTrue(k.startsWith("identity."), k);
      assertTrue(g.hasPath(k), k + " is in the resource");
    }
  }

  @Test
  void everyKeyInTheResourceHasAComment() throws Exception {
    String text =
        new String(
            GeneratorSettings.class.getResourceAsStream("/recordrelief-generate.conf").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    for (String key : GeneratorSettings.KEYS) {
      String line =
          text.lines()
              .filter(l -> l.trim().startsWith(key + " ") || l.trim().startsWith(key + "="))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no line for " + key));
      assertTrue(line.contains("#"), "key " + key + " needs a one-line comment: " + line);
    }
  }

  @Test
  void defaultsAreTheResourceValues() {
    GeneratorSettings d = GeneratorSettings.fromConfig(bundled());
    assertEquals(GeneratorSettings.defaults(), d);
    assertEquals(10_000, d.people());
    assertEquals(5_000_000L, d.rowsPerFile());
    assertEquals(LocalDate.of(2026, 6, 30), d.extractDate());
    assertEquals(1975, d.firstYear());
    assertEquals(GeneratorSettings.LineEnding.LF, d.lineEnding());
    assertEquals(0.15, d.prop64TwoCaseRate());
    assertEquals(0.05, d.prop64ThreeCaseRate());
    assertEquals(0.5, d.felonyShare());
    assertTrue(d.quarantineDefectRate() <= 0.0002 + 1e-12, "quarantine defects stay rare");
  }

  @Test
  void configOverridesAndFallback() {
    Config c =
        ConfigFactory.parseString(
            "recordrelief.generate { people = 12, seed = 99, lineEnding = crlf }");
    GeneratorSettings s = GeneratorSettings.fromConfig(c);
    assertEquals(12, s.people());
    assertEquals(99L, s.seed());
    assertEquals(GeneratorSettings.LineEnding.CRLF, s.lineEnding());
    assertEquals(GeneratorSettings.defaults().felonyShare(), s.felonyShare());
  }

  @Test
  void withOverridesKeepsOtherValues() {
    GeneratorSettings s =
        GeneratorSettings.defaults()
            .withOverrides(Map.of("deceasedRate", 0.5, "extractDate", "2020-01-31"));
    assertEquals(0.5, s.deceasedRate());
    assertEquals(LocalDate.of(2020, 1, 31), s.extractDate());
    assertEquals(GeneratorSettings.defaults().people(), s.people());
    GeneratorSettings t = s.withPeopleAndSeed(3, 4);
    assertEquals(3, t.people());
    assertEquals(0.5, t.deceasedRate());
  }

  @Test
  void invalidValuesFailNamingTheKey() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratorSettings.defaults().withOverrides(Map.of("felonyShare", 1.5)));
    assertTrue(e.getMessage().contains("felonyShare"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GeneratorSettings.fromConfig(
                    ConfigFactory.parseString("recordrelief.generate.peeople = 5")));
    assertTrue(e.getMessage().contains("peeople"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratorSettings.defaults().withOverrides(Map.of("lineEnding", "CR")));
    assertTrue(e.getMessage().contains("lineEnding"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratorSettings.defaults().withOverrides(Map.of("people", "many")));
    assertTrue(e.getMessage().contains("people"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> GeneratorSettings.defaults().withOverrides(Map.of("rowsPerFile", 0)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GeneratorSettings.defaults()
                .withOverrides(Map.of("prop64TwoCaseRate", 0.7, "prop64ThreeCaseRate", 0.7)));
  }
}
