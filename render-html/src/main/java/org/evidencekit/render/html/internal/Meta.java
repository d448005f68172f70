package org.evidencekit.render.html.internal;

/**
 * The meta elements by which a document says what it is: which questionnaire and version it is a
 * form of, in which layout, and the response's own record beyond its answers (id, date,
 * attachments) as JSON.
 */
public final class Meta {
  public static final String QUESTIONNAIRE = "evidencekit-questionnaire";
  public static final String VERSION = "evidencekit-version";
  public static final String LAYOUT = "evidencekit-layout";
  public static final String RESPONSE = "evidencekit-response";

  private Meta() {}
}
