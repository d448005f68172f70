package org.evidencekit.schema.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.evidencekit.model.internal.JsonPointers;
import tools.jackson.databind.JsonNode;

/**
 * Tells the failures of any schema (the definition schema among them) in plain words, helped by
 * the schema's own descriptions: "unknown property 'lable': the properties here are id, label,
 * text, ...", "'text' is missing: add it", "'shorttext' is not one of: short-text, long-text, ...".
 */
public final class GenericDescriber extends Describer {
  private final JsonNode schema;

  public GenericDescriber(JsonNode schema) {
    this.schema = schema;
  }

  @Override
  Described describe(Engine.Failure f) {
    String pointer = f.instancePointer;
    String message;
    JsonNode at = schemaAt(f.schemaLocation);
    JsonNode keywordValue = at == null ? null : at.get(f.keyword);
    switch (f.keyword) {
      case "additionalProperties":
        pointer = pointer + "/" + JsonPointers.escape(f.property == null ? "" : f.property);
        message = "unknown property " + quote(f.property) + known(at);
        break;
      case "required":
        message = quote(f.property) + " is missing: add it";
        break;
      case "type":
        message = "expected " + expected(keywordValue) + " here, not " + kindOf(typeOf(f.instance));
        break;
      case "enum":
        message = quote(f.instance) + " is not one of: " + list(keywordValue);
        break;
      case "const":
        message = quote(f.instance) + " is not " + quote(keywordValue);
        break;
      case "pattern":
        message = pattern(f, at);
        break;
      case "minLength":
        message = "must not be empty";
        break;
      case "maxLength":
        message = "must be " + f.argument(0) + " characters or fewer";
        break;
      case "minimum":
        message = "must be " + f.argument(0) + " or more";
        break;
      case "exclusiveMinimum":
        message = "must be more than " + f.argument(0);
        break;
      case "maximum":
        message = "must be " + f.argument(0) + " or less";
        break;
      case "minItems":
        message = "needs at least " + f.argument(0) + (f.argument(0).equals("1") ? " item" : " items");
        break;
      case "maxItems":
        message = "may have at most " + f.argument(0) + (f.argument(0).equals("1") ? " item" : " items");
        break;
      case "uniqueItems":
        message = "has the same item twice: give each once";
        break;
      default:
        message = describedOr(enclosing(f.schemaLocation), f.fallback);
    }
    return new Described(pointer, Optional.empty(), Optional.empty(), message, f.keyword, fragment(f.schemaLocation));
  }

  private static String pattern(Engine.Failure f, JsonNode at) {
    String where = fragment(f.schemaLocation);
    if (where.startsWith("/$defs/id/")) {
      return quote(f.instance) + " is not a usable id: use letters, digits, '-', '_' or '.', starting with a letter"
          + " or digit, at most 64 characters";
    }
    if (where.startsWith("/$defs/text/") || Patterns.NOT_BLANK.equals(f.argument(0))) {
      return "must not be blank";
    }
    if (Patterns.DATE.equals(f.argument(0))) {
      return quote(f.instance) + " is not a date: write it as YYYY-MM-DD, like 2012-11-30";
    }
    return describedOr(at, quote(f.instance) + " is not in the right form");
  }

  /** The schema object that holds the failing keyword, found by its location in our schema. */
  private JsonNode schemaAt(String location) {
    List<String> tokens = tokens(fragment(location));
    if (tokens.isEmpty()) {
      return null;
    }
    return navigate(tokens.subList(0, tokens.size() - 1));
  }

  /** The nearest schema object around the failing keyword that has a description. */
  private JsonNode enclosing(String location) {
    List<String> tokens = tokens(fragment(location));
    for (int n = tokens.size() - 1; n >= 0; n--) {
      JsonNode node = navigate(tokens.subList(0, n));
      if (node != null && node.has("description")) {
        return node;
      }
    }
    return null;
  }

  private JsonNode navigate(List<String> tokens) {
    JsonNode node = schema;
    for (String t : tokens) {
      if (node == null) {
        return null;
      }
      node = node.isArray() ? node.get(parse(t)) : node.get(t);
    }
    return node;
  }

  private static int parse(String t) {
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The fragment of a schema location, as a JSON Pointer: "https://x#/$defs/id/pattern" is "/$defs/id/pattern". */
  static String fragment(String location) {
    int hash = location.indexOf('#');
    return hash < 0 ? "" : location.substring(hash + 1);
  }

  private static String describedOr(JsonNode node, String otherwise) {
    if (node != null && node.has("description") && node.get("description").isString()) {
      String d = node.get("description").asString();
      return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }
    return otherwise;
  }

  private static String known(JsonNode at) {
    if (at == null || !at.has("properties")) {
      return ": there are no other properties here";
    }
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = at.get("properties").propertyNames().iterator(); it.hasNext(); ) {
      names.add(it.next());
    }
    return ": remove it, or correct its name (the properties here are " + String.join(", ", names) + ")";
  }

  private static String expected(JsonNode type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type.isArray()) {
      List<String> kinds = new ArrayList<>();
      type.forEach(t -> kinds.add(kindOf(t.asString())));
      return String.join(" or ", kinds);
    }
    return kindOf(type.asString());
  }

  private static String list(JsonNode values) {
    if (values == null || !values.isArray()) {
      return "its allowed values";
    }
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(v.isString() ? v.asString() : v.toString()));
    return String.join(", ", out);
  }

  private static String quote(String s) {
    return s == null ? "a property" : "'" + s + "'";
  }

  private static String quote(JsonNode v) {
    if (v == null) {
      return "the value";
    }
    String s = v.isString() ? v.asString() : v.toString();
    return s.length() > 60 ? "'" + s.substring(0, 59) + "…'" : "'" + s + "'";
  }
}
