package org.recordrelief.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The code version recorded in manifests: build version plus git commit when known. */
public final class CodeVersion {
  private CodeVersion() {}

  public static String get() {
    String fromLauncher = System.getProperty("recordrelief.codeVersion");
    if (fromLauncher != null && !fromLauncher.isBlank()) {
      return fromLauncher;
    }
    try (InputStream in = CodeVersion.class.getClassLoader()
        .getResourceAsStream("recordrelief-version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "dev");
      }
    } catch (IOException e) {
      // fall through to the default
    }
    return "dev";
  }
}
