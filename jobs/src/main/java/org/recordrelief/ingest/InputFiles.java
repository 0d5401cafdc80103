package org.recordrelief.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.recordrelief.config.SettingsException;

/**
 * Lists the run's input files (files or directories, any Hadoop file system), orders them by
 * path so the result does not depend on argument order, and hashes each one (manifest, and
 * {@code FILE_DUPLICATE}: a second file with identical content is not read). Driver-side I/O over
 * file metadata and bytes; holds no records.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * Expand and hash the inputs. A directory contributes its regular files, except hidden ones
   * ({@code .x}, {@code _x}) and companion files ({@code .done}, {@code .json}, {@code .md},
   * {@code .sha256}); sub-directories are not read. Fails with a one-line message naming the
   * file when one cannot be read, or the directory when it holds no data file.
   */
  public static List<InputFile> list(List<String> inputs, Configuration hadoop) {
    if (inputs.isEmpty()) {
      throw new SettingsException("no input given (--input PATH)");
    }
    TreeMap<String, String> byQualified = new TreeMap<>();
    for (String input : inputs) {
      Path p = new Path(input);
      try {
        FileSystem fs = p.getFileSystem(hadoop);
        FileStatus st = fs.getFileStatus(p);
        if (st.isDirectory()) {
          int found = 0;
          for (FileStatus child : fs.listStatus(p)) {
            String name = child.getPath().getName();
            if (child.isFile() && isDataFileName(name)) {
              byQualified.put(
                  child.getPath().toString(), input.replaceAll("/+$", "") + "/" + name);
              found++;
            }
          }
          if (found == 0) {
            // An undelivered extract must not publish an empty dataset over last night's.
            throw new SettingsException("NO_INPUT_FILES: " + input
                + ": no DOJ data file in this directory (sub-directories and companion files"
                + " are not read)");
          }
        } else if (st.isFile()) {
          byQualified.put(fs.makeQualified(p).toString(), input);
        } else {
          throw new SettingsException("FILE_UNREADABLE: " + input + ": not a regular file");
        }
      } catch (FileNotFoundException e) {
        throw new SettingsException("FILE_UNREADABLE: " + input + ": no such file or directory");
      } catch (IOException e) {
        throw new SettingsException("FILE_UNREADABLE: " + input + ": " + e.getMessage(), e);
      }
    }
    List<InputFile> out = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    int ordinal = 0;
    for (Map.Entry<String, String> e : byQualified.entrySet()) {
      Path p = new Path(e.getKey());
      try {
        FileSystem fs = p.getFileSystem(hadoop);
        long size = fs.getFileStatus(p).getLen();
        String sha = sha256(fs, p);
        String dup = seen.putIfAbsent(sha, e.getValue());
        out.add(new InputFile(e.getKey(), e.getValue(), ordinal++, size, sha, dup));
      } catch (IOException ex) {
        throw new SettingsException(
            "FILE_UNREADABLE: " + e.getValue() + ": " + ex.getMessage(), ex);
      }
    }
    return out;
  }

  static boolean isDataFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return !(n.startsWith(".") || n.startsWith("_") || n.endsWith(".done") || n.endsWith(".json")
        || n.endsWith(".md") || n.endsWith(".sha256") || n.endsWith(".crc"));
  }

  /** The SHA-256 of a local or Hadoop file (a side input: facts, reviewer decisions). */
  public static String sha256(String path, org.apache.hadoop.conf.Configuration hadoop) {
    Path p = new Path(path);
    try {
      return sha256(p.getFileSystem(hadoop), p);
    } catch (IOException e) {
      throw new SettingsException("FILE_UNREADABLE: " + path + ": " + e.getMessage(), e);
    }
  }

  private static String sha256(FileSystem fs, Path p) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buf = new byte[1 << 20];
    try (InputStream in = fs.open(p)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        md.update(buf, 0, r);
      }
    }
    return java.util.HexFormat.of().formatHex(md.digest());
  }
}
