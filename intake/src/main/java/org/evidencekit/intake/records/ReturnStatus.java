package org.evidencekit.intake.records;

/** What became of one file. */
public enum ReturnStatus {
  /** Read, and a valid response to the questionnaire (warnings allowed). */
  READ_VALID("read-valid"),
  /** Read, but the response has errors (or the JSON the wrong shape). */
  READ_INVALID("read-invalid"),
  /** A return for another questionnaire, or another version of it. */
  OTHER_QUESTIONNAIRE("other-questionnaire"),
  /** The same content as another file, or an earlier return of the same respondent and organisation. */
  DUPLICATE("duplicate"),
  /** Protected by a password that was not given, or does not open it. */
  PROTECTED("protected"),
  /** Not a return that can be read: the problem says why. */
  UNREADABLE("unreadable");

  private final String id;

  ReturnStatus(String id) {
    this.id = id;
  }

  /** The status as written in the outputs: "read-valid", "duplicate" … */
  public String id() {
    return id;
  }

  /** The status with this id. */
  public static ReturnStatus of(String id) {
    for (ReturnStatus s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no status " + id);
  }
}
