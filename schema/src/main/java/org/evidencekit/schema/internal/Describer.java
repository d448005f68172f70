package org.evidencekit.schema.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a schema's failures into problems told in words. */
public abstract class Describer {
  /** One failure in words. */
  abstract Described describe(Engine.Failure failure);

  /** Every failure in words, each problem once, in the order found. */
  public final List<Described> describe(List<Engine.Failure> failures) {
    Map<String, Described> out = new LinkedHashMap<>();
    for (Engine.Failure f : failures) {
      Described d = describe(f);
      out.putIfAbsent(d.key(), d);
    }
    return new ArrayList<>(out.values());
  }

  /** "text", "a number", "true or false", "an object", "a list", "null", from a JSON Schema type name. */
  static String kindOf(String type) {
    switch (type) {
      case "string":
        return "text";
      case "integer":
      case "number":
        return "a number";
      case "boolean":
        return "true or false";
      case "object":
        return "an object";
      case "array":
        return "a list";
      case "null":
        return "null";
      default:
        return "a value of another kind";
    }
  }

  /** The JSON Schema type name of a value. */
  static String typeOf(tools.jackson.databind.JsonNode v) {
    if (v == null || v.isNull()) {
      return "null";
    }
    if (v.isString()) {
      return "string";
    }
    if (v.isNumber()) {
      return "number";
    }
    if (v.isBoolean()) {
      return "boolean";
    }
    if (v.isArray()) {
      return "array";
    }
    return "object";
  }

  /** The reference tokens of a JSON Pointer, unescaped. */
  static List<String> tokens(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    for (String t : pointer.substring(1).split("/", -1)) {
      out.add(t.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }
}
