package org.evidencekit.model.internal;

/**
 * A value that breaks an invariant of one of its properties: an {@link IllegalArgumentException}
 * that also names the property, so that a reader of JSON or YAML can point at the value to fix.
 */
public final class PropertyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String property;

  public PropertyException(String property, String message) {
    super(message);
    this.property = property;
  }

  /** The name of the property whose value is wrong. */
  public String property() {
    return property;
  }
}
