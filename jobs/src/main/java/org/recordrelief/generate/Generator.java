package org.recordrelief.generate;

import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.recordrelief.config.Settings;
import org.recordrelief.eligibility.StatutoryEvaluator;
import org.recordrelief.eligibility.StatutorySettings;

/**
 * The synthetic DOJ data generator. Streams person by person: person {@code i} is drawn from its
 * own RNG seeded from {@code (seed, i)}, written, and forgotten, so memory does not grow with the
 * number of people and the output is byte-identical for the same settings.
 *
 * <p>Output layout under {@code outDir}:
 *
 * <pre>
 * doj/doj-extract-0001.csv …   95-column DOJ rows, split every rowsPerFile data rows
 * truth/rows.csv               one line per data row: file, line, true person, defect, expected reason
 * truth/convictions.csv        one line per convicted count with at least one kept row, with the
 *                              expected statutory outcome of the count (see below)
 * truth/persons.csv            one line per true person
 * truth/identity_corruptions.csv  one line per change made to a row's identity (file, line, true
 *                              person, snapshot, operator, field, before, after)
 * truth/adversarial_pairs.csv  pairs of distinct true persons built to look alike (twins, Jr/Sr,
 *                              same name and DOB) that must stay unmerged
 * generation.json              settings echo and counts (no timestamps)
 * </pre>
 *
 * <p>Expected outcomes: each person's history is rebuilt in the statutory engine's fact model from
 * the generator's own structured truth (never from the written text) and evaluated with {@link
 * StatutoryEvaluator#evaluateAll} at the settings' {@code extractDate}; see {@link
 * ExpectedOutcomes}. A pipeline run agrees with them when it runs with {@code --as-of} equal to
 * the extract date and the same statutory settings.
 */
public final class Generator {
  private Generator() {}

  /**
   * Generates {@code s.people()} persons into {@code outDir}, with expected outcomes under the
   * default statutory settings ({@code reference.conf}). Earlier {@code doj-extract-*.csv} files in
   * {@code outDir/doj} are deleted first so that runs never mix.
   *
   * @throws UncheckedIOException when a file cannot be written
   */
  public static GenerationSummary generate(GeneratorSettings s, Path outDir) {
    return generate(s, outDir, defaultStatutorySettings());
  }

  /**
   * As {@link #generate(GeneratorSettings, Path)}, with expected outcomes under {@code statutory}
   * (the settings the pipeline run to be checked uses).
   *
   * @throws IllegalArgumentException when {@code statutory} asks for a derivation the generator
   *     cannot state (see {@link ExpectedOutcomes})
   */
  public static GenerationSummary generate(
      GeneratorSettings s, Path outDir, StatutorySettings statutory) {
    return generate(s, outDir, null, statutory);
  }

  /** The statutory settings of the default configuration. */
  public static StatutorySettings defaultStatutorySettings() {
    return Settings.load(ConfigFactory.empty()).statutory();
  }

  static GenerationSummary generate(GeneratorSettings s, Path outDir, IdentityProjector identity) {
    return generate(s, outDir, identity, defaultStatutorySettings());
  }

  /**
   * With {@code identity} null, the projector the settings ask for: {@link CorruptingIdentity}
   * when {@code identity.enabled}, else the true identity.
   */
  static GenerationSummary generate(
      GeneratorSettings s, Path outDir, IdentityProjector identity, StatutorySettings statutory) {
    ExpectedOutcomes expected = new ExpectedOutcomes(statutory, s.extractDate());
    long started = System.nanoTime();
    Path dojDir = outDir.resolve("doj");
    Path truthDir = outDir.resolve("truth");
    try {
      Files.createDirectories(dojDir);
      Files.createDirectories(truthDir);
      try (DirectoryStream<Path> old = Files.newDirectoryStream(dojDir, "doj-extract-*.csv")) {
        for (Path p : old) {
          Files.delete(p);
        }
      }
      Files.deleteIfExists(truthDir.resolve("rows.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare output directory " + outDir, e);
    }

    Ids ids = new Ids(s.seed());
    PersonFactory persons = new PersonFactory(s, ids);
    boolean corrupt = s.identity().enabled();
    if (identity == null) {
      identity = corrupt ? new CorruptingIdentity(s, ids, persons) : IdentityProjector.TRUE_IDENTITY;
    }
    PopulationTraps traps = new PopulationTraps(s.identity(), persons);
    long total = s.totalPeople();
    HistoryBuilder histories = new HistoryBuilder(s);
    RowEmitter.Stats stats = new RowEmitter.Stats();
    List<GenerationSummary.FileRows> files = new ArrayList<>();
    long[] truthPairs = new long[1];
    try (DojFileWriter doj = new DojFileWriter(dojDir, s);
        TruthWriter truth = new TruthWriter(truthDir, s)) {
      RowEmitter emitter = new RowEmitter(s, doj, truth, identity, stats, expected);
      TruePerson prev = null;
      boolean prevImitates = false;
      for (long i = 0; i < total; i++) {
        SplittableRandom rng = new SplittableRandom(Ids.mix(s.seed(), i, Ids.STREAM_PERSON));
        TruePerson p = persons.create(i, rng);
        PopulationTraps.Kind trap = null;
        if (corrupt && prev != null) {
          SplittableRandom family = new SplittableRandom(Ids.mix(s.seed(), i, Ids.STREAM_FAMILY));
          boolean adversarial = i >= s.people();
          trap = adversarial
              ? PopulationTraps.adversarial(i - s.people())
              : prevImitates ? null : traps.draw(family);
          if (trap != null) {
            trap = traps.apply(trap, p, prev, family);
            truth.pair(prev.personId, p.personId, trap.name(), adversarial);
          }
        }
        prevImitates = trap != null;
        prev = p;
        List<CaseModel> cases = histories.build(p, rng);
        emitter.emit(
            p,
            cases,
            new SplittableRandom(Ids.mix(s.seed(), i, Ids.STREAM_IDENTITY)),
            new SplittableRandom(Ids.mix(s.seed(), i, Ids.STREAM_DEFECT)));
      }
      doj.ensureFile();
      truthPairs[0] = truth.pairCount();
      for (int k = 0; k < doj.names().size(); k++) {
        files.add(new GenerationSummary.FileRows(doj.names().get(k), doj.rowsPerFile().get(k)));
      }
    }
    Map<DefectKind, Long> defects = new EnumMap<>(DefectKind.class);
    for (DefectKind k : DefectKind.values()) {
      defects.put(k, stats.defects[k.ordinal()]);
    }
    GenerationSummary summary =
        new GenerationSummary(
            total,
            stats.rows,
            files,
            defects,
            stats.convictions,
            stats.prop64Convictions,
            stats.corruptedRows,
            stats.identityCorruptions,
            stats.personsWithDuplicates,
            truthPairs[0],
            (System.nanoTime() - started) / 1_000_000);
    writeJson(s, summary, outDir.resolve("generation.json"));
    return summary;
  }

  /** {@code generation.json}: settings echo and counts, deterministic (no clock values). */
  static void writeJson(GeneratorSettings s, GenerationSummary sum, Path file) {
    StringBuilder b = new StringBuilder(4096);
    String nl = s.lineEnding().chars();
    b.append('{').append(nl);
    b.append("  \"generator\": \"org.recordrelief.generate.Generator\",").append(nl);
    b.append("  \"formatVersion\": 1,").append(nl);
    b.append("  \"settings\": {").append(nl);
    int i = 0;
    Map<String, Object> m = s.toMap();
    for (Map.Entry<String, Object> e : m.entrySet()) {
      b.append("    ").append(jsonString(e.getKey())).append(": ").append(jsonValue(e.getValue()));
      b.append(++i < m.size() ? "," : "").append(nl);
    }
    b.append("  },").append(nl);
    b.append("  \"people\": ").append(sum.people()).append(',').append(nl);
    b.append("  \"rows\": ").append(sum.rows()).append(',').append(nl);
    b.append("  \"convictions\": ").append(sum.convictions()).append(',').append(nl);
    b.append("  \"prop64Convictions\": ").append(sum.prop64Convictions()).append(',').append(nl);
    b.append("  \"quarantineExpected\": ").append(sum.quarantineExpected()).append(',').append(nl);
    b.append("  \"defects\": {").append(nl);
    i = 0;
    for (DefectKind k : DefectKind.values()) {
      b.append("    ").append(jsonString(k.code())).append(": ").append(sum.defects().get(k));
      b.append(++i < DefectKind.values().length ? "," : "").append(nl);
    }
    b.append("  },").append(nl);
    b.append("  \"files\": [").append(nl);
    i = 0;
    for (GenerationSummary.FileRows fr : sum.files()) {
      b.append("    {\"file\": ").append(jsonString("doj/" + fr.file()));
      b.append(", \"rows\": ").append(fr.rows()).append('}');
      b.append(++i < sum.files().size() ? "," : "").append(nl);
    }
    b.append("  ],").append(nl);
    b.append("  \"identity\": {\"corruptedRows\": ").append(sum.corruptedRows());
    b.append(", \"corruptionLines\": ").append(sum.identityCorruptions());
    b.append(", \"personsWithDuplicates\": ").append(sum.personsWithDuplicates());
    b.append(", \"trapPairs\": ").append(sum.trapPairs()).append("},").append(nl);
    b.append("  \"truth\": [\"truth/persons.csv\", \"truth/convictions.csv\"");
    b.append(", \"truth/identity_corruptions.csv\", \"truth/adversarial_pairs.csv\"");
    if (s.writeRowTruth()) {
      b.append(", \"truth/rows.csv\"");
    }
    b.append(']').append(nl);
    b.append('}').append(nl);
    try {
      Files.writeString(file, b, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String jsonValue(Object v) {
    if (v instanceof String) {
      return jsonString((String) v);
    }
    return String.valueOf(v);
  }

  private static String jsonString(String v) {
    StringBuilder b = new StringBuilder(v.length() + 2).append('"');
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        String h = Integer.toHexString(c);
        b.append("\\u").append("0000".substring(h.length())).append(h);
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
