package org.evidencekit.web.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Which files a respondent may send: PDF, Word (.docx), plain text, PNG, JPEG and MP4 video, each
 * recognised from its first bytes (never from the name or the browser's word alone). Names are
 * kept for the team only as text, never used as a path.
 */
final class Attachments {
  private Attachments() {}

  static final String ALLOWED = "PDF, Word (.docx), plain text (.txt), PNG, JPEG or MP4";

  /** The media type of a file of this name and content, if it is one of the kinds allowed. */
  static Optional<String> mediaType(String name, byte[] content) {
    String ext = extension(name);
    if (starts(content, "%PDF-".getBytes(StandardCharsets.US_ASCII)) && ext.equals("pdf")) {
      return Optional.of("application/pdf");
    }
    if (starts(content, new byte[] {'P', 'K', 3, 4}) && ext.equals("docx")) {
      return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
    if (starts(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}) && ext.equals("png")) {
      return Optional.of("image/png");
    }
    if (starts(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}) && (ext.equals("jpg") || ext.equals("jpeg"))) {
      return Optional.of("image/jpeg");
    }
    if (content.length > 12 && content[4] == 'f' && content[5] == 't' && content[6] == 'y' && content[7] == 'p'
        && (ext.equals("mp4") || ext.equals("m4v"))) {
      return Optional.of("video/mp4");
    }
    if (ext.equals("txt") && isText(content)) {
      return Optional.of("text/plain");
    }
    return Optional.empty();
  }

  private static boolean starts(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isText(byte[] content) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
      return s.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** A file name as the team will see it: its last path segment, no control characters, at most 200 characters. */
  static String safeName(String name) {
    String n = name == null ? "" : name;
    n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
    n = n.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
    if (n.length() > 200) {
      String ext = extension(n);
      n = n.substring(0, 200 - ext.length() - 1) + "." + ext;
    }
    return n.isEmpty() ? "file" : n;
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.UK, "%.0f KB", bytes / 1024.0);
    }
    return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
