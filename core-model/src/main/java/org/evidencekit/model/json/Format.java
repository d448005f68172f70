package org.evidencekit.model.json;

import java.nio.file.Path;
import java.util.Locale;

/** The text formats a questionnaire definition or a response is read from and written to. */
public enum Format {
  JSON,
  /** YAML 1.2, for people who write forms by hand. */
  YAML;

  /** The format a file's name says (".yaml" or ".yml" for YAML), or empty if it says none. */
  public static java.util.Optional<Format> ofFileName(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return java.util.Optional.of(YAML);
    }
    if (n.endsWith(".json")) {
      return java.util.Optional.of(JSON);
    }
    return java.util.Optional.empty();
  }

  /** The format of a text: JSON if it starts (after white space) with '{' or '[', else YAML. */
  public static Format sniff(byte[] content) {
    for (byte b : content) {
      if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == (byte) 0xEF || b == (byte) 0xBB || b == (byte) 0xBF) {
        continue;
      }
      return b == '{' || b == '[' ? JSON : YAML;
    }
    return JSON;
  }
}
