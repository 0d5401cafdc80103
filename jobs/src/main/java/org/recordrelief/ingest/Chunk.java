package org.recordrelief.ingest;

import java.io.Serializable;

/**
 * A byte range of one input file read by one task. A line belongs to the chunk holding its first
 * byte; the reader finishes a line that runs past {@code end}.
 *
 * @param file the input file
 * @param start first byte (inclusive)
 * @param end last byte (exclusive)
 * @param lineFeedsBefore number of LF bytes in [0, start): gives physical line numbers
 */
public record Chunk(InputFile file, long start, long end, long lineFeedsBefore)
    implements Serializable {

  public Chunk withLineFeedsBefore(long n) {
    return new Chunk(file, start, end, n);
  }
}
