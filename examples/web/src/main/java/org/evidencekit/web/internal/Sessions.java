package org.evidencekit.web.internal;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions kept in memory: a random token in a cookie names one; each has its own CSRF token, and
 * ends after {@code idleMillis} without a request, or when the respondent leaves ("Exit this
 * page"). A respondent's answers are never kept here, only the id of their draft in the database.
 */
public final class Sessions {
  private final long idleMillis;
  private final ConcurrentHashMap<String, Session> byToken = new ConcurrentHashMap<>();

  /** One session. Fields are set by one request at a time in practice; they are volatile. */
  public static final class Session {
    final String token;
    final String csrf;
    final boolean admin;
    volatile long lastSeen;
    volatile String draftId;
    volatile String submittedReference;
    volatile String savedCode;
    volatile boolean preLogin;

    Session(String token, boolean admin, long now) {
      this.token = token;
      this.csrf = Codes.token();
      this.admin = admin;
      this.lastSeen = now;
    }

    public String csrf() {
      return csrf;
    }

    public Optional<String> draftId() {
      return Optional.ofNullable(draftId);
    }
  }

  public Sessions(long idleMillis) {
    this.idleMillis = idleMillis;
  }

  /** The most sessions kept at once; past it, new visitors are turned away until some expire. */
  static final int MAX_SESSIONS = 100_000;

  public Session create(boolean admin, long now) {
    if (byToken.size() >= MAX_SESSIONS) {
      tidy(now);
      if (byToken.size() >= MAX_SESSIONS) {
        throw new TooManySessions();
      }
    }
    Session s = new Session(Codes.token(), admin, now);
    byToken.put(s.token, s);
    return s;
  }

  /** The live session with this token, touched; empty if there is none or it has expired. */
  public Optional<Session> find(String token, boolean admin, long now) {
    if (token == null) {
      return Optional.empty();
    }
    Session s = byToken.get(token);
    if (s == null || s.admin != admin) {
      return Optional.empty();
    }
    if (now - s.lastSeen > idleMillis) {
      byToken.remove(token);
      return Optional.empty();
    }
    s.lastSeen = now;
    return Optional.of(s);
  }

  public void end(Session s) {
    byToken.remove(s.token);
  }

  /** Removes expired sessions; returns the draft ids they held (for drafts never saved). */
  public void tidy(long now) {
    byToken.values().removeIf(s -> now - s.lastSeen > idleMillis);
  }

  /** Every session is in use: the service is too busy for a new visitor. */
  public static final class TooManySessions extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManySessions() {
      super("too many sessions", null, false, false);
    }
  }

  public long idleMillis() {
    return idleMillis;
  }
}
