package org.evidencekit.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's decisions after a review: text to keep (a proposed redaction that is not personal)
 * and text or page areas to add. Written as a small text file, one decision a line:
 *
 * <pre>
 * # a comment
 * - Oakwood Primary            keep this text wherever it was proposed
 * + Blue Lagoon Cafe           redact this text wherever it appears
 * + page 2: 72 140 200 30      redact this area of page 2 (PDF)
 * - page 2: 72 140 200 30      keep every proposal inside this area (PDF)
 * </pre>
 *
 * <p>An area is x, y, width and height in points (1/72 inch) from the page's top left corner, as
 * a page image made at 72 dots per inch shows it. Immutable; {@code toString} never shows the
 * text.
 */
public final class ReviewList {
  private static final ReviewList NONE = new ReviewList(List.of(), List.of(), List.of(), List.of());
  private static final Pattern AREA = Pattern.compile(
      "(?i)page\\s+(\\d+)\\s*:?\\s*(-?[\\d.]+)[\\s,]+(-?[\\d.]+)[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)\\s*");

  /** A rectangle on a page: page number from 1; x, y, width, height in points from the top left. */
  public record Area(int page, double x, double y, double width, double height) {
    public Area {
      if (page < 1 || width <= 0 || height <= 0) {
        throw new IllegalArgumentException("an area needs a page from 1 and a positive size");
      }
    }
  }

  private final List<String> keep;
  private final List<String> add;
  private final List<Area> keepAreas;
  private final List<Area> addAreas;

  private ReviewList(List<String> keep, List<String> add, List<Area> keepAreas, List<Area> addAreas) {
    this.keep = List.copyOf(keep);
    this.add = List.copyOf(add);
    this.keepAreas = List.copyOf(keepAreas);
    this.addAreas = List.copyOf(addAreas);
  }

  /** No decisions: every proposal is applied. */
  public static ReviewList none() {
    return NONE;
  }

  /**
   * Reads a list; a line that is neither blank, a comment, nor a decision is an error naming its
   * line number (never its text).
   */
  public static ReviewList parse(String text) {
    List<String> keep = new ArrayList<>();
    List<String> add = new ArrayList<>();
    List<Area> keepAreas = new ArrayList<>();
    List<Area> addAreas = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      char sign = line.charAt(0);
      if (sign != '+' && sign != '-') {
        throw new RedactionException("line " + (i + 1) + ": start a decision with + (redact) or - (keep)");
      }
      String rest = line.substring(1).strip();
      if (rest.isEmpty()) {
        throw new RedactionException("line " + (i + 1) + ": no text or area after " + sign);
      }
      Matcher m = AREA.matcher(rest);
      if (rest.toLowerCase(Locale.ROOT).startsWith("page ") && m.matches()) {
        Area area;
        try {
          area = new Area(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)),
              Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)));
        } catch (IllegalArgumentException e) {
          throw new RedactionException("line " + (i + 1) + ": an area is 'page N: x y width height', with a page from 1 and a positive size");
        }
        (sign == '+' ? addAreas : keepAreas).add(area);
      } else {
        (sign == '+' ? add : keep).add(rest);
      }
    }
    return new ReviewList(keep, add, keepAreas, addAreas);
  }

  /** Text to keep. */
  public List<String> keep() {
    return keep;
  }

  /** Text to redact wherever it appears. */
  public List<String> add() {
    return add;
  }

  /** Areas whose proposals are kept (PDF). */
  public List<Area> keepAreas() {
    return keepAreas;
  }

  /** Areas to redact (PDF). */
  public List<Area> addAreas() {
    return addAreas;
  }

  @Override
  public String toString() {
    return "ReviewList[" + keep.size() + " kept, " + add.size() + " added, " + keepAreas.size()
        + " areas kept, " + addAreas.size() + " areas added]";
  }
}
