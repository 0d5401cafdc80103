package org.recordrelief.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.validate.LineKind;
import org.recordrelief.validate.RecordValidator;
import org.recordrelief.validate.ValidatedLine;

/**
 * Streams the physical lines of one {@link Chunk} as {@code records} rows: splits on LF (a CR
 * before it is dropped and remembered), keeps the 1-based physical line number and byte offset,
 * removes a UTF-8 BOM at the start of a file, decodes strictly as UTF-8 (ISO-8859-1 fallback),
 * hashes the raw bytes and asks {@link RecordValidator} for the verdict. Holds one line at a time.
 */
final class ChunkLineReader implements Iterator<Row>, AutoCloseable {
  private final Chunk chunk;
  private final RecordValidator validator;
  private final int maxRecordBytes;
  private final InputStream in;
  private final long fileSize;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final MessageDigest sha;
  private final int[] keep;

  private byte[] buf = new byte[8192];
  private long pos; // file offset of the next unread byte
  private long lineNumber; // physical line number of the next line
  private Row next;
  private boolean done;

  ChunkLineReader(Chunk chunk, RecordValidator validator, int maxRecordBytes) {
    this(chunk, validator, maxRecordBytes, null);
  }

  /**
   * @param keep the DOJ columns to emit after the prefix (null: all 95 in layout order); the
   *     validator still sees every field
   */
  ChunkLineReader(Chunk chunk, RecordValidator validator, int maxRecordBytes, int[] keep) {
    this.keep = keep;
    this.chunk = chunk;
    this.validator = validator;
    this.maxRecordBytes = maxRecordBytes;
    this.fileSize = chunk.file().sizeBytes();
    try {
      this.sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try {
      Path p = new Path(chunk.file().path());
      FileSystem fs = p.getFileSystem(new Configuration());
      FSDataInputStream raw = fs.open(p);
      long seekTo = chunk.start() == 0 ? 0 : chunk.start() - 1;
      raw.seek(seekTo);
      this.in = new BufferedInputStream(raw, 1 << 20);
      this.pos = seekTo;
      this.lineNumber = 1 + chunk.lineFeedsBefore();
      if (chunk.start() > 0) {
        int prev = in.read();
        pos++;
        if (prev != '\n') {
          // The line in progress belongs to the previous chunk: skip to after its LF.
          int b;
          while ((b = in.read()) >= 0) {
            pos++;
            if (b == '\n') {
              lineNumber++;
              break;
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("FILE_UNREADABLE: " + chunk.file().displayPath(), e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = readLine();
      if (next == null) {
        done = true;
        close();
      }
    }
    return next != null;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row r = next;
    next = null;
    return r;
  }

  private Row readLine() {
    if (pos >= chunk.end() || pos >= fileSize) {
      return null;
    }
    long offset = pos;
    int len = 0;
    boolean tooLong = false;
    boolean sawLf = false;
    try {
      int b;
      while ((b = in.read()) >= 0) {
        pos++;
        if (b == '\n') {
          sawLf = true;
          break;
        }
        if (len < maxRecordBytes) {
          if (len == buf.length) {
            byte[] bigger = new byte[Math.min(maxRecordBytes, buf.length * 2)];
            System.arraycopy(buf, 0, bigger, 0, len);
            buf = bigger;
          }
          buf[len++] = (byte) b;
        } else {
          tooLong = true;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("FILE_UNREADABLE: " + chunk.file().displayPath(), e);
    }
    if (!sawLf && len == 0 && !tooLong) {
      return null; // end of file right after the last LF
    }
    boolean crlf = sawLf && len > 0 && buf[len - 1] == '\r';
    int contentLen = crlf ? len - 1 : len;
    int from = 0;
    boolean bom = false;
    if (offset == 0 && contentLen >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB
        && (buf[2] & 0xFF) == 0xBF) {
      from = 3;
      bom = true;
    }
    long line = lineNumber++;
    boolean lastLine = pos >= fileSize;
    sha.reset();
    sha.update(buf, 0, contentLen);
    String hash = HexFormat.of().formatHex(sha.digest());

    String text;
    boolean nonUtf8 = false;
    try {
      text = utf8.decode(ByteBuffer.wrap(buf, from, contentLen - from)).toString();
    } catch (CharacterCodingException e) {
      text = new String(buf, from, contentLen - from, StandardCharsets.ISO_8859_1);
      nonUtf8 = true;
    }
    if (tooLong) {
      return row(offset, line, hash, LineKind.QUARANTINED.name(), "RECORD_TOO_LONG",
          "record longer than " + maxRecordBytes + " bytes", null, text, crlf, bom, null,
          null, null);
    }
    ValidatedLine v = validator.validate(text, line == 1, lastLine, nonUtf8);
    String[] issues = v.issues().isEmpty() ? null : v.issues().toArray(new String[0]);
    if (bom) {
      issues = append(issues, "BOM_REMOVED");
    }
    return switch (v.kind()) {
      case DATA -> row(offset, line, hash, v.kind().name(), null, null, v.fieldCount(), null, crlf,
          bom, v.subjectKey(), issues, v.fields());
      case HEADER -> row(offset, line, hash, v.kind().name(),
          v.headerMismatch() ? "HEADER_MISMATCH" : null, v.detail(), v.fieldCount(),
          v.headerMismatch() ? text : null, crlf, bom, null, issues, null);
      case BLANK -> row(offset, line, hash, v.kind().name(), null, null, null, null, crlf, bom,
          null, issues, null);
      case QUARANTINED -> row(offset, line, hash, v.kind().name(), v.reason().name(), v.detail(),
          v.fieldCount(), text, crlf, bom, null, issues, null);
    };
  }

  private static String[] append(String[] a, String s) {
    if (a == null) {
      return new String[] {s};
    }
    String[] b = java.util.Arrays.copyOf(a, a.length + 1);
    b[a.length] = s;
    return b;
  }

  private Row row(long offset, long line, String hash, String kind, String reason, String detail,
      Integer fieldCount, String raw, boolean crlf, boolean bom, String subjectKey,
      String[] issues, String[] fields) {
    Object[] values =
        new Object[RecordColumns.PREFIX + (keep == null ? DojColumns.COUNT : keep.length)];
    values[0] = chunk.file().displayPath();
    values[1] = chunk.file().ordinal();
    values[2] = line;
    values[3] = offset;
    values[4] = hash;
    values[5] = kind;
    values[6] = reason;
    values[7] = detail;
    values[8] = fieldCount;
    values[9] = raw;
    values[10] = crlf;
    values[11] = bom;
    values[12] = subjectKey;
    values[13] = issues;
    if (fields != null && keep == null) {
      System.arraycopy(fields, 0, values, RecordColumns.PREFIX, DojColumns.COUNT);
    } else if (fields != null) {
      for (int i = 0; i < keep.length; i++) {
        values[RecordColumns.PREFIX + i] = fields[keep[i]];
      }
    }
    return RowFactory.create(values);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // closing a read-only stream: nothing to recover
    }
  }

  /** Count LF bytes in [start, end) of a file (first pass for line numbers). */
  static long countLineFeeds(Chunk c) {
    Path p = new Path(c.file().path());
    try {
      FileSystem fs = p.getFileSystem(new Configuration());
      try (FSDataInputStream raw = fs.open(p)) {
        raw.seek(c.start());
        byte[] b = new byte[1 << 20];
        long remaining = c.end() - c.start();
        long n = 0;
        while (remaining > 0) {
          int r = raw.read(b, 0, (int) Math.min(b.length, remaining));
          if (r < 0) {
            break;
          }
          for (int i = 0; i < r; i++) {
            if (b[i] == '\n') {
              n++;
            }
          }
          remaining -= r;
        }
        return n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("FILE_UNREADABLE: " + c.file().displayPath(), e);
    }
  }

}
