package org.recordrelief.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small buffered CSV writer (RFC 4180): a field is quoted when it contains a comma, a double
 * quote, CR or LF, or starts with a space; quotes inside are doubled. Characters are encoded as
 * UTF-8 straight into a 1 MiB byte buffer (the generator writes ASCII, so this is a copy loop), which
 * keeps the hot path free of encoders and temporary strings. I/O errors are rethrown unchecked.
 */
final class CsvOut implements Closeable {
  private static final int BUFFER = 1 << 20;

  private final OutputStream out;
  private final byte[] buf = new byte[BUFFER];
  private final byte[] eol;
  private final Path path;
  private int pos;
  private boolean lineStart = true;

  CsvOut(Path path, GeneratorSettings.LineEnding lineEnding) {
    this.path = path;
    try {
      this.out = Files.newOutputStream(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + path, e);
    }
    String chars = lineEnding.chars();
    eol = new byte[chars.length()];
    for (int i = 0; i < eol.length; i++) {
      eol[i] = (byte) chars.charAt(i);
    }
  }

  /** Whether {@code s} must be enclosed in quotes. */
  static boolean needsQuotes(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    if (s.charAt(0) == ' ') {
      return true;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /** Appends one field, quoted when needed. */
  CsvOut field(String s) {
    separator();
    if (needsQuotes(s)) {
      put('"');
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (c == '"') {
          put('"');
        }
        put(c);
      }
      put('"');
    } else {
      chars(s);
    }
    return this;
  }

  CsvOut field(long v) {
    separator();
    chars(Long.toString(v));
    return this;
  }

  CsvOut field(boolean v) {
    separator();
    chars(v ? "true" : "false");
    return this;
  }

  /** Appends one field exactly as given, without quoting (used to inject malformed fields). */
  CsvOut raw(String s) {
    separator();
    chars(s);
    return this;
  }

  /** Ends the record. */
  void endLine() {
    if (pos + eol.length > buf.length) {
      flushBuffer();
    }
    System.arraycopy(eol, 0, buf, pos, eol.length);
    pos += eol.length;
    lineStart = true;
  }

  Path path() {
    return path;
  }

  private void separator() {
    if (lineStart) {
      lineStart = false;
    } else {
      put(',');
    }
  }

  private void chars(String s) {
    int n = s.length();
    if (pos + 3 * n > buf.length) {
      flushBuffer();
      if (3 * n > buf.length) {
        for (int i = 0; i < n; i++) {
          put(s.charAt(i));
        }
        return;
      }
    }
    byte[] b = buf;
    int p = pos;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b[p++] = (byte) c;
      } else {
        pos = p;
        put(c);
        p = pos;
      }
    }
    pos = p;
  }

  private void put(char c) {
    if (pos + 3 > buf.length) {
      flushBuffer();
    }
    if (c < 0x80) {
      buf[pos++] = (byte) c;
    } else if (c < 0x800) {
      buf[pos++] = (byte) (0xC0 | (c >> 6));
      buf[pos++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isSurrogate(c)) {
      buf[pos++] = (byte) '?';
    } else {
      buf[pos++] = (byte) (0xE0 | (c >> 12));
      buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buf[pos++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void flushBuffer() {
    try {
      out.write(buf, 0, pos);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
    pos = 0;
  }

  @Override
  public void close() {
    try {
      flushBuffer();
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + path, e);
    }
  }
}
