package org.recordrelief.nightly;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.recordrelief.config.SettingsException;

/**
 * Which DOJ files of the inbox are complete. The sender marks a file complete in one of two ways:
 *
 * <ul>
 *   <li>a marker {@code <name>.done} next to it (written after the file itself), or
 *   <li>a line {@code <sha256>  <name>} in {@code MANIFEST.sha256} (the format of {@code
 *       sha256sum}); the file counts as complete only when its content has that hash.
 * </ul>
 *
 * Data files are the regular files that are not hidden ({@code .x}, {@code _x}) and not companion
 * files ({@code .done}, {@code .sha256}, {@code .json}, {@code .md}, {@code .crc}), as for {@code
 * run --input DIR}. Everything else is left alone; the inbox is never modified.
 */
public final class Inbox {
  public static final String MANIFEST = "MANIFEST.sha256";

  private Inbox() {}

  /**
   * The inbox scan.
   *
   * @param complete files to run on, sorted by name
   * @param incomplete file name → why it is not taken (no marker yet, hash mismatch)
   */
  public record Scan(List<Path> complete, Map<String, String> incomplete) {
    public Scan {
      complete = List.copyOf(complete);
      incomplete = Map.copyOf(new TreeMap<>(incomplete));
    }
  }

  /** Scan {@code dir}; a missing or unreadable inbox is a one-line configuration error. */
  public static Scan scan(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new SettingsException("inbox not found or not a directory: " + dir);
    }
    Map<String, String> manifest = readManifest(dir.resolve(MANIFEST));
    List<Path> complete = new ArrayList<>();
    Map<String, String> incomplete = new TreeMap<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : entries.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!Files.isRegularFile(p) || !isDataFileName(name)) {
          continue;
        }
        String expected = manifest.get(name);
        if (expected != null) {
          String actual = sha256(p);
          if (actual.equals(expected)) {
            complete.add(p);
          } else {
            incomplete.put(name, "sha256 differs from " + MANIFEST);
          }
        } else if (Files.exists(dir.resolve(name + ".done"))) {
          complete.add(p);
        } else {
          incomplete.put(name, "no " + name + ".done marker");
        }
      }
    } catch (IOException e) {
      throw new SettingsException("cannot list the inbox " + dir + ": " + e.getMessage(), e);
    }
    return new Scan(complete, incomplete);
  }

  static boolean isDataFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return !(n.startsWith(".") || n.startsWith("_") || n.endsWith(".done") || n.endsWith(".json")
        || n.endsWith(".md") || n.endsWith(".sha256") || n.endsWith(".crc"));
  }

  /** {@code name → sha256} from a sha256sum-style manifest; empty when there is none. */
  static Map<String, String> readManifest(Path file) {
    Map<String, String> m = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      return m;
    }
    try {
      int lineNo = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lineNo++;
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] parts = l.split("\\s+\\*?", 2);
        if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{64}")) {
          throw new SettingsException(MANIFEST + " line " + lineNo
              + ": expected '<sha256>  <file name>'");
        }
        m.put(parts[1].strip(), parts[0].toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new SettingsException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return m;
  }

  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
