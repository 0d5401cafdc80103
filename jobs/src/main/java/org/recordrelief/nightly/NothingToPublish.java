package org.recordrelief.nightly;

/** The inbox holds no complete DOJ file: nothing was run and nothing published. */
public final class NothingToPublish extends RuntimeException {
  NothingToPublish(String message) {
    super(message);
  }
}
