package org.evidencekit.schema;

import org.evidencekit.model.Questionnaire;
import org.evidencekit.schema.internal.ResponseSchemaGenerator;

/**
 * Makes the JSON Schema (2020-12) of the responses to a questionnaire, from its definition: never
 * written by hand, so it cannot drift from the questionnaire. It has a property per question with
 * the answer's type (text, a whole number of 0 or more, true or false, the options chosen), the
 * option ids, text limits (in characters), the "other" text required exactly when its option is
 * chosen, the required answers, and which parts and questions apply.
 *
 * <p><b>How the schema says which questions apply.</b> Each question that is required, or that
 * may not apply, has a rule in the root's {@code allOf}: {@code if} it applies {@code then} it is
 * answered, {@code else} it is not (a tick box may be false). Whether it applies is a named schema
 * in {@code $defs} ({@code question-ID-applies}), built as core-model decides it: its part applies
 * ({@code part-ID-applies}: the part's conditions hold and, if it has a declaration, the
 * declaration is true, or it is left out and some question of the part is answered), its groups'
 * conditions hold, and its own conditions hold, each condition seeing no answer for a question
 * that does not itself apply. The answers' shapes are checked whether or not the questions apply.
 *
 * <p>The schema's {@code $id} is the base (by default {@value #DEFAULT_BASE}) followed by the
 * questionnaire's id and version: {@code https://evidencekit.org/schema/response/kinds/3}. It uses
 * only the 2020-12 vocabularies, formats only as annotations, and regular expressions that read
 * the same in ECMA-262 and Java, so any conforming validator gives the same verdicts.
 *
 * <p>Configured once with {@link #builder()}; immutable and thread-safe.
 */
public final class ResponseSchemas {
  /** The default start of the schemas' {@code $id}. */
  public static final String DEFAULT_BASE = "https://evidencekit.org/schema/response/";

  private static final ResponseSchemas STANDARD = builder().build();

  private final String base;

  private ResponseSchemas(Builder b) {
    this.base = b.base;
  }

  /** With the default {@code $id} base. */
  public static ResponseSchemas standard() {
    return STANDARD;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The schema of the responses to {@code questionnaire}.
   *
   * @throws org.evidencekit.model.EvidenceKitException if the questionnaire's conditions depend on
   *     one another in a circle (through a part's declaration), so that whether they apply cannot
   *     be decided
   */
  public JsonSchema schemaFor(Questionnaire questionnaire) {
    return JsonSchema.ofResponses(ResponseSchemaGenerator.generate(questionnaire, base));
  }

  /** Configures {@link ResponseSchemas}. */
  public static final class Builder {
    private String base = DEFAULT_BASE;

    private Builder() {}

    /** The start of every schema's {@code $id}: an absolute URI ending in "/". */
    public Builder base(String base) {
      if (!base.matches("[a-z][a-z0-9+.-]*://[^\\s#?]*/")) {
        throw new IllegalArgumentException("The base of a schema's $id is an absolute URI ending in '/', like " + DEFAULT_BASE);
      }
      this.base = base;
      return this;
    }

    public ResponseSchemas build() {
      return new ResponseSchemas(this);
    }
  }
}
