package org.evidencekit.model.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with text that is not JSON (or YAML), in plain words, from the parser's message.
 * The parser's own message quotes the input (the token it did not expect, a property name, and
 * with source locations on, whole lines of it); for a response, that can be what a respondent
 * wrote. So for a response the message is ours, naming no part of the input but a single
 * punctuation character; for a definition, the parser's message is kept without its source
 * excerpt.
 */
public final class JsonSyntax {
  private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);
  private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.)' \\(code (\\d+)\\)\\)");
  private static final Pattern CONTROL = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern LIMIT = Pattern.compile("\\((\\d+), from `");
  private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");

  private JsonSyntax() {}

  /**
   * The problem in words. {@code message} is the parser's message (without its location);
   * {@code quote} is whether the input may be quoted (a definition's may, a response's may not).
   */
  public static String describe(String message, boolean quote) {
    if (message == null || message.isBlank()) {
      return "this cannot be read as JSON";
    }
    String m = message;
    int cut = m.indexOf("\n at [");
    if (cut >= 0) {
      m = m.substring(0, cut);
    }
    m = SOURCE.matcher(m).replaceAll("line $1, column $2").strip();
    return quote && !internal(m) ? m : ours(m);
  }

  /** Whether the message names the parser's insides: a class, a feature, a setting. */
  private static boolean internal(String m) {
    return INTERNAL.matcher(m).find();
  }

  private static final Pattern INTERNAL = Pattern.compile(
      "`|Exception|Error\\b|Feature|Constraints|tools\\.jackson|com\\.fasterxml|org\\.snakeyaml|java\\.|\\bcode points\\b|\\(code \\d+\\)|\\b[a-z]+[A-Z][A-Za-z]*\\(\\)");

  private static String ours(String m) {
    Matcher c = CHARACTER.matcher(m);
    if (c.find()) {
      String what = punctuation(c.group(1)) ? "'" + c.group(1) + "'" : "a character";
      if (m.contains("comment")) {
        return "JSON has no comments: remove the comment";
      }
      if (m.contains("comma to separate Object entries")) {
        return "unexpected " + what + ": a comma is missing between two properties, or a '}' to close the object";
      }
      if (m.contains("comma to separate Array entries")) {
        return "unexpected " + what + ": a comma is missing between two items of a list, or a ']' to close it";
      }
      if (m.contains("double-quote to start field name") || m.contains("start a property name")) {
        return "unexpected " + what + ": a property's name is written in double quotes";
      }
      if (m.contains("colon to separate")) {
        return "unexpected " + what + ": a colon is missing after a property's name";
      }
      if (m.contains("expected a valid value") || m.contains("expecting a value")) {
        return "unexpected " + what + ": expected a value here (text in double quotes, a number, true, false,"
            + " null, an object or a list)";
      }
      return "unexpected " + what + " here";
    }
    if (m.startsWith("Unrecognized token")) {
      return "a word that JSON does not know: write text in double quotes (the words JSON knows are true, false"
          + " and null)";
    }
    if (m.startsWith("Non-standard token")) {
      return "NaN and Infinity are not numbers in JSON";
    }
    if (m.startsWith("Unexpected end-of-input")) {
      if (m.contains("VALUE_STRING") || m.contains("String value") || m.contains("a String")) {
        return "the file ends inside a text: a closing double quote is missing";
      }
      if (m.contains("for Array") || m.contains("Array entries")) {
        return "the file ends too soon: a list ('[') is not closed with ']'";
      }
      return "the file ends too soon: an object ('{') is not closed with '}'";
    }
    if (m.startsWith("Duplicate Object property") || m.startsWith("Duplicate field")) {
      return "a property is given twice in the same object: keep one";
    }
    Matcher control = CONTROL.matcher(m);
    if (control.find()) {
      return "a control character (code " + control.group(1) + ") in text: write it escaped, like \\n for a new"
          + " line";
    }
    if (m.startsWith("Unrecognized character escape")) {
      return "a backslash in text that starts no escape: write a backslash as \\\\";
    }
    if (m.startsWith("Invalid UTF-8") || m.startsWith("Invalid UTF-32") || m.contains("Invalid UTF")) {
      return "this is not UTF-8 text: save the file as UTF-8";
    }
    Matcher limit = LIMIT.matcher(m);
    if (m.startsWith("Number value length") && limit.find()) {
      return "a number longer than " + limit.group(1) + " digits";
    }
    if (m.startsWith("String value length") && limit.find()) {
      return "a text longer than " + limit.group(1) + " characters";
    }
    if (m.startsWith("Document nesting depth") && limit.find()) {
      return "nested more than " + limit.group(1) + " levels deep";
    }
    if (m.contains("exceeds the limit") && m.contains("code points")) {
      Matcher n = Pattern.compile("limit: (\\d+)").matcher(m);
      return "longer than " + (n.find() ? n.group(1) + " " : "allowed in ") + "characters";
    }
    if (m.startsWith("Document length") && limit.find()) {
      return "longer than " + limit.group(1) + " characters";
    }
    Matcher close = CLOSE.matcher(m);
    if (close.find()) {
      return "'" + close.group(1) + "' where '" + close.group(2) + "' should close what is open: brackets do not"
          + " match";
    }
    if (m.startsWith("Trailing token")) {
      return "more follows the end of the response: remove what follows its closing '}'";
    }
    if (m.startsWith("Invalid numeric value") || m.startsWith("Leading zeroes") || m.contains("numeric value")
        || m.contains("Numeric value")) {
      return "a number that is not written as JSON numbers are (like 12 or 2.5)";
    }
    if (m.contains("alias") || m.contains("anchor")) {
      return "anchors and aliases are not used: write the value out in full";
    }
    return "this is not valid JSON or YAML here";
  }

  private static boolean punctuation(String c) {
    return c.length() == 1 && "{}[]:,\"'/\\#;=()<>".indexOf(c.charAt(0)) >= 0;
  }
}
