package org.evidencekit.schema.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A yes-or-no question about a whole response (does this part apply? is that option chosen?),
 * built from atoms that are JSON Schemas applied to the response's root, and compiled back into
 * one such schema: "and" is {@code allOf}, "or" is {@code anyOf}, "not" is {@code not}, and a
 * named formula is a {@code $ref} into {@code $defs}. Constants fold away as the formula is built.
 */
abstract class Formula {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static final Formula TRUE = new Constant(true);
  static final Formula FALSE = new Constant(false);

  /** The schema that holds exactly when this formula does; named formulas land in {@code defs}. */
  abstract JsonNode compile(ObjectNode defs);

  boolean isTrue() {
    return this == TRUE;
  }

  boolean isFalse() {
    return this == FALSE;
  }

  boolean isConstant() {
    return this instanceof Constant;
  }

  static Formula atom(ObjectNode schema) {
    return new Atom(schema);
  }

  static Formula and(List<Formula> parts) {
    List<Formula> kept = new ArrayList<>();
    for (Formula f : parts) {
      if (f.isFalse()) {
        return FALSE;
      }
      if (f instanceof And) {
        kept.addAll(((And) f).parts);
      } else if (!f.isTrue()) {
        kept.add(f);
      }
    }
    return kept.isEmpty() ? TRUE : kept.size() == 1 ? kept.get(0) : new And(kept);
  }

  static Formula and(Formula... parts) {
    return and(List.of(parts));
  }

  static Formula or(List<Formula> parts) {
    List<Formula> kept = new ArrayList<>();
    for (Formula f : parts) {
      if (f.isTrue()) {
        return TRUE;
      }
      if (f instanceof Or) {
        kept.addAll(((Or) f).parts);
      } else if (!f.isFalse()) {
        kept.add(f);
      }
    }
    return kept.isEmpty() ? FALSE : kept.size() == 1 ? kept.get(0) : new Or(kept);
  }

  static Formula or(Formula... parts) {
    return or(List.of(parts));
  }

  static Formula not(Formula f) {
    if (f.isTrue()) {
      return FALSE;
    }
    if (f.isFalse()) {
      return TRUE;
    }
    if (f instanceof Not) {
      return ((Not) f).inner;
    }
    return new Not(f);
  }

  /**
   * This formula under a name in {@code $defs}, with a description, so that the places that use
   * it refer to it rather than repeat it. A constant stays a constant.
   */
  static Formula named(String name, String description, Formula body) {
    return body.isConstant() ? body : new Named(name, description, body);
  }

  private static final class Constant extends Formula {
    final boolean value;

    Constant(boolean value) {
      this.value = value;
    }

    @Override
    JsonNode compile(ObjectNode defs) {
      return BooleanNode.valueOf(value);
    }
  }

  private static final class Atom extends Formula {
    final ObjectNode schema;

    Atom(ObjectNode schema) {
      this.schema = schema;
    }

    @Override
    JsonNode compile(ObjectNode defs) {
      return schema.deepCopy();
    }
  }

  private static final class And extends Formula {
    final List<Formula> parts;

    And(List<Formula> parts) {
      this.parts = parts;
    }

    @Override
    JsonNode compile(ObjectNode defs) {
      ObjectNode node = NODES.objectNode();
      var all = node.putArray("allOf");
      for (Formula f : parts) {
        all.add(f.compile(defs));
      }
      return node;
    }
  }

  private static final class Or extends Formula {
    final List<Formula> parts;

    Or(List<Formula> parts) {
      this.parts = parts;
    }

    @Override
    JsonNode compile(ObjectNode defs) {
      ObjectNode node = NODES.objectNode();
      var any = node.putArray("anyOf");
      for (Formula f : parts) {
        any.add(f.compile(defs));
      }
      return node;
    }
  }

  private static final class Not extends Formula {
    final Formula inner;

    Not(Formula inner) {
      this.inner = inner;
    }

    @Override
    JsonNode compile(ObjectNode defs) {
      ObjectNode node = NODES.objectNode();
      node.set("not", inner.compile(defs));
      return node;
    }
  }

  private static final class Named extends Formula {
    final String name;
    final String description;
    final Formula body;

    Named(String name, String description, Formula body) {
      this.name = name;
      this.description = description;
      this.body = body;
    }

    @Override
    JsonNode compile(ObjectNode defs) {
      if (!defs.has(name)) {
        defs.putNull(name); // reserves the name, and keeps definitions in the order first used
        JsonNode compiled = body.compile(defs);
        ObjectNode def = NODES.objectNode();
        def.put("description", description);
        if (compiled instanceof ObjectNode) {
          def.setAll((ObjectNode) compiled);
        } else {
          def.set("allOf", NODES.arrayNode().add(compiled));
        }
        defs.set(name, def);
      }
      ObjectNode ref = NODES.objectNode();
      ref.put("$ref", "#/$defs/" + name);
      return ref;
    }
  }
}
