package org.evidencekit.redact.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The self-check of a redacted Word document, independent of the code that redacted it: every
 * entry of the zip read as raw text (no XML library, no POI), its text between the tags and its
 * attribute values searched for every redacted value, and the hidden data that should have gone
 * looked for by name.
 */
public final class DocxCheck {
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern BREAK = Pattern.compile("</?(\\w+:)?(p|tab|br|cr|tc|tr|comment|footnote|endnote)[\\s>/]");
  private static final Pattern ATTRIBUTE = Pattern.compile("=\"([^\"]*)\"|='([^']*)'");
  private static final Pattern STORY = Pattern.compile(
      "word/(document|header\\d*|footer\\d*|footnotes|endnotes|glossary/document)\\.xml");
  private static final Pattern TRACKED = Pattern.compile(
      "<(\\w+:)?(del|delText|moveFrom|ins|moveTo|commentReference|commentRangeStart)[\\s>/]");
  private static final Pattern VANISH = Pattern.compile(
      "<(\\w+:)?(vanish|specVanish)(\\s*/>|\\s+\\w+:val=\"(1|true|on)\")");
  private static final Pattern PERSON_PROPERTY = Pattern.compile(
      "<(\\w+:)?(creator|lastModifiedBy|title|subject|description|keywords)>\\s*[^<\\s]");

  private DocxCheck() {}

  /** Where the output still holds a value or hidden data; empty when it is clean. */
  public static List<String> leftovers(byte[] docx, Values values, List<String> keep) {
    List<String> places = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        String name = e.getName();
        String lower = name.toLowerCase(Locale.ROOT);
        byte[] bytes = zip.readAllBytes();
        if (lower.startsWith("word/comments") || lower.equals("word/people.xml")) {
          places.add(name + ": comments are still there");
        }
        if (lower.startsWith("customxml/")) {
          places.add(name + ": custom XML is still there");
        }
        if (lower.startsWith("docprops/thumbnail")) {
          places.add(name + ": a thumbnail is still there");
        }
        if (lower.equals("docprops/app.xml") || lower.equals("docprops/custom.xml")) {
          places.add(name + ": document properties are still there");
        }
        if (!(lower.endsWith(".xml") || lower.endsWith(".rels"))) {
          continue;
        }
        String xml = new String(bytes, StandardCharsets.UTF_8);
        if (STORY.matcher(name).matches()) {
          Matcher m = TRACKED.matcher(xml);
          if (m.find()) {
            places.add(name + ": tracked changes or comment marks (" + m.group(2) + ") are still there");
          }
          m = VANISH.matcher(xml);
          if (m.find()) {
            places.add(name + ": hidden text is still there");
          }
        }
        if (lower.equals("docprops/core.xml")) {
          Matcher m = PERSON_PROPERTY.matcher(xml);
          if (m.find()) {
            places.add(name + ": the document property " + m.group(2) + " is still set");
          }
        }
        String text = Keep.blank(unescape(TAG.matcher(xml).replaceAll(t -> BREAK.matcher(t.group()).lookingAt() ? " " : "")), keep);
        if (values.foundIn(text)) {
          places.add(name + ": a redacted value is still in the text");
        }
        StringBuilder attrs = new StringBuilder();
        Matcher a = ATTRIBUTE.matcher(xml);
        while (a.find()) {
          attrs.append(unescape(a.group(1) != null ? a.group(1) : a.group(2))).append('\n');
        }
        if (values.foundIn(Keep.blank(attrs.toString(), keep))) {
          places.add(name + ": a redacted value is still in an attribute (alt text, link, name)");
        }
      }
    } catch (IOException e) {
      places.add("the output cannot be read back as a zip package");
    }
    return places;
  }

  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int semi = c == '&' ? s.indexOf(';', i) : -1;
      if (semi > i && semi - i <= 10) {
        String ent = s.substring(i + 1, semi);
        String rep = switch (ent) {
          case "amp" -> "&";
          case "lt" -> "<";
          case "gt" -> ">";
          case "quot" -> "\"";
          case "apos" -> "'";
          default -> {
            try {
              int cp = ent.startsWith("#x") || ent.startsWith("#X") ? Integer.parseInt(ent.substring(2), 16)
                  : ent.startsWith("#") ? Integer.parseInt(ent.substring(1)) : -1;
              yield cp >= 0 ? new String(Character.toChars(cp)) : null;
            } catch (IllegalArgumentException ex) {
              yield null;
            }
          }
        };
        if (rep != null) {
          b.append(rep);
          i = semi + 1;
          continue;
        }
      }
      b.append(c);
      i++;
    }
    return b.toString();
  }
}
