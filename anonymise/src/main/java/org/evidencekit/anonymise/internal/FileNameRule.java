package org.evidencekit.anonymise.internal;

import java.util.Set;
import org.evidencekit.anonymise.spi.EntityType;

/**
 * File names that carry a person's name ({@code statement_jsmith_2011.docx},
 * {@code Chronology_ZAkhtar_final.xlsx}): the whole file name goes. File names of ordinary
 * words ({@code annual_report_2012.pdf}) stay. Folder names written like user names are the
 * handles rule's.
 */
final class FileNameRule extends Rule {
  static final Set<String> EXTENSIONS =
      Words.set("doc docx docm dot dotx pdf xls xlsx xlsm csv txt rtf odt ods odp ppt pptx pps ppsx jpg"
          + " jpeg png gif heic heif bmp tif tiff webp svg mp4 mov avi wmv mkv m4v 3gp webm mp3 wav m4a"
          + " aac ogg amr zip rar 7z msg eml pst html htm json xml vcf ics log bak key pages numbers");

  @Override
  String id() {
    return "file-name";
  }

  @Override
  void find(Doc d) {
    Tokens t = d.t;
    String text = d.text;
    for (int i = 0; i + 1 < t.n; i++) {
      if (d.covered[i + 1] || t.start[i + 1] != t.end[i] + 1 || text.charAt(t.end[i]) != '.'
          || !EXTENSIONS.contains(t.key(i + 1))) {
        continue;
      }
      int e = t.end[i + 1];
      if (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '_')) {
        continue;
      }
      int s = t.end[i];
      while (s > 0 && isNameChar(text.charAt(s - 1))) {
        s--;
      }
      while (s < t.end[i] && !Character.isLetterOrDigit(text.charAt(s))) {
        s++;
      }
      if (s >= t.end[i]) {
        continue;
      }
      String base = text.substring(s, t.end[i]);
      if (Segments.anyPersonal(d, base, false)) {
        d.add(EntityType.FILE_NAME, s, e, 0.85, "file-name");
      } else {
        for (int k = t.firstFrom(s); k <= i + 1; k++) {
          d.kept[k] = true;
          d.covered[k] = true;
        }
      }
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
  }
}
