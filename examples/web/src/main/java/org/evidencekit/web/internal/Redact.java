package org.evidencekit.web.internal;

import java.sql.SQLException;

/** What may be said about a failure or a setting without giving away data or secrets. */
public final class Redact {
  private Redact() {}

  /** A JDBC URL without its user, password or other credentials. */
  public static String jdbcUrl(String url) {
    String u = url.replaceAll("(?i)([?&;](password|user|sslpassword|sslkey)=)[^&;]*", "$1****");
    return u.replaceAll("//[^/@]*@", "//****@");
  }

  /**
   * The kind of a failure, never its message: a database's messages can quote the values of a
   * row (respondent text), so only the SQL state and the exception's class are told.
   */
  public static String firstLine(Throwable e) {
    Throwable t = e;
    while (t != null) {
      if (t instanceof SQLException && ((SQLException) t).getSQLState() != null) {
        return "SQL state " + ((SQLException) t).getSQLState() + " (" + t.getClass().getSimpleName() + ")";
      }
      t = t.getCause();
    }
    return e.getClass().getSimpleName();
  }
}
