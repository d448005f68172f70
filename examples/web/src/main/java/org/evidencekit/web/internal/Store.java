package org.evidencekit.web.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencekit.model.EvidenceKitException;
import org.flywaydb.core.Flyway;

/**
 * The database: drafts, submissions, attachments and the admin password's hash, in H2 (a file,
 * by default) or PostgreSQL, its schema made and migrated by Flyway. Every change is one
 * transaction; a submission is committed before {@link #submit} returns. Thread-safe (a
 * connection pool).
 */
public final class Store implements AutoCloseable {
  private final HikariDataSource pool;
  private final boolean postgres;

  /** A draft as stored. */
  public record DraftRow(String id, String responseJson, boolean hasCode, long updatedAt, long expiresAt, String lastPage) {}

  /** A submission as stored. */
  public record SubmissionRow(
      String reference, String questionnaireId, String questionnaireVersion, String responseJson,
      String responseSha256, boolean valid, int errorCount, long submittedAt) {}

  /** An attachment's details (its content is read on its own). */
  public record AttachmentRow(String id, String name, String mediaType, long size, String sha256) {}

  /** The admin password's hash. */
  public record Credential(String algorithm, int iterations, String salt, String hash) {}

  public Store(String jdbcUrl, int poolSize) {
    this(jdbcUrl, java.util.Optional.empty(), poolSize);
  }

  /** A store on this database, with this password for it (kept off the URL and command lines). */
  public Store(String jdbcUrl, java.util.Optional<org.evidencekit.model.Password> password, int poolSize) {
    this.postgres = jdbcUrl.startsWith("jdbc:postgresql:");
    if (!postgres && !jdbcUrl.startsWith("jdbc:h2:")) {
      throw new EvidenceKitException("the database must be an H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql://...) JDBC URL");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    password.ifPresent(p -> config.setPassword(p.reveal()));
    config.setMaximumPoolSize(poolSize);
    config.setAutoCommit(false);
    config.setPoolName("evidencekit-web");
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    try {
      this.pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new EvidenceKitException("the database cannot be opened (" + Redact.jdbcUrl(jdbcUrl) + "): "
          + Redact.firstLine(e));
    }
    try {
      Flyway.configure()
          .dataSource(pool)
          .loggers("slf4j")
          .cleanDisabled(true)
          // Outside any package name, so that the migrations can be read on the module path too.
          .locations("classpath:META-INF/evidencekit-web/db")
          .placeholders(Map.of(
              "text", postgres ? "TEXT" : "CHARACTER LARGE OBJECT",
              "blob", postgres ? "BYTEA" : "BINARY LARGE OBJECT"))
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw new EvidenceKitException("the database schema cannot be made or migrated: " + Redact.firstLine(e));
    }
  }

  public boolean isPostgres() {
    return postgres;
  }

  // ---------------------------------------------------------------- drafts

  public void createDraft(String id, String questionnaireId, String version, String json, long now, long expiresAt) {
    update("INSERT INTO draft (id, questionnaire_id, questionnaire_version, response_json, created_at, updated_at, expires_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, questionnaireId, version, json, now, now, expiresAt);
  }

  public Optional<DraftRow> draft(String id, long now) {
    return query("SELECT id, response_json, code_hash, updated_at, expires_at, last_page FROM draft WHERE id = ? AND expires_at > ?",
        rs -> new DraftRow(rs.getString(1), rs.getString(2), rs.getString(3) != null, rs.getLong(4), rs.getLong(5), rs.getString(6)),
        id, now).stream().findFirst();
  }

  /** Saves a draft's answers; false if the draft is gone. */
  public boolean saveDraft(String id, String json, String lastPage, long now, long expiresAt) {
    return update("UPDATE draft SET response_json = ?, last_page = ?, updated_at = ?, expires_at = ? WHERE id = ?",
        json, lastPage, now, expiresAt, id) == 1;
  }

  public boolean setCode(String id, String codeHash) {
    return update("UPDATE draft SET code_hash = ? WHERE id = ?", codeHash, id) == 1;
  }

  public Optional<String> draftIdByCode(String codeHash, long now) {
    return query("SELECT id FROM draft WHERE code_hash = ? AND expires_at > ?", rs -> rs.getString(1), codeHash, now)
        .stream().findFirst();
  }

  public void deleteDraft(String id) {
    update("DELETE FROM draft WHERE id = ?", id);
  }

  /**
   * Deletes expired drafts, and drafts without a save-and-return code last saved before {@code
   * unsavedBefore} (their session has ended, so no one can reach them). Returns how many.
   */
  public int purge(long now, long unsavedBefore) {
    return update("DELETE FROM draft WHERE expires_at <= ? OR (code_hash IS NULL AND updated_at < ?)", now, unsavedBefore);
  }

  // ---------------------------------------------------------------- submissions

  /**
   * Stores a submission, moves the draft's attachments to it and deletes the draft, in one
   * transaction, committed before this returns.
   */
  public void submit(String draftId, SubmissionRow s) {
    transaction(c -> {
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO submission (reference, questionnaire_id, questionnaire_version, response_json, response_sha256,"
              + " valid, error_count, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        bind(insert, s.reference(), s.questionnaireId(), s.questionnaireVersion(), s.responseJson(),
            s.responseSha256(), s.valid(), s.errorCount(), s.submittedAt());
        insert.executeUpdate();
      }
      try (PreparedStatement move = c.prepareStatement(
          "UPDATE attachment SET submission_reference = ?, draft_id = NULL WHERE draft_id = ?")) {
        bind(move, s.reference(), draftId);
        move.executeUpdate();
      }
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM draft WHERE id = ?")) {
        bind(delete, draftId);
        if (delete.executeUpdate() != 1) {
          throw new SQLException("the draft was sent already");
        }
      }
      return null;
    });
  }

  public List<SubmissionRow> submissions() {
    return query("SELECT reference, questionnaire_id, questionnaire_version, response_json, response_sha256, valid,"
        + " error_count, submitted_at FROM submission ORDER BY submitted_at, reference", Store::submissionRow);
  }

  public Optional<SubmissionRow> submission(String reference) {
    return query("SELECT reference, questionnaire_id, questionnaire_version, response_json, response_sha256, valid,"
        + " error_count, submitted_at FROM submission WHERE reference = ?", Store::submissionRow, reference)
        .stream().findFirst();
  }

  public int submissionCount() {
    return query("SELECT COUNT(*) FROM submission", rs -> rs.getInt(1)).get(0);
  }

  private static SubmissionRow submissionRow(ResultSet rs) throws SQLException {
    return new SubmissionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getBoolean(6), rs.getInt(7), rs.getLong(8));
  }

  // ---------------------------------------------------------------- attachments

  public void addAttachment(String draftId, AttachmentRow a, byte[] content, long now) {
    update("INSERT INTO attachment (id, draft_id, name, media_type, size_bytes, sha256, content, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", a.id(), draftId, a.name(), a.mediaType(), a.size(), a.sha256(), content, now);
  }

  public List<AttachmentRow> draftAttachments(String draftId) {
    return query("SELECT id, name, media_type, size_bytes, sha256 FROM attachment WHERE draft_id = ? ORDER BY created_at, id",
        Store::attachmentRow, draftId);
  }

  public List<AttachmentRow> submissionAttachments(String reference) {
    return query("SELECT id, name, media_type, size_bytes, sha256 FROM attachment WHERE submission_reference = ?"
        + " ORDER BY created_at, id", Store::attachmentRow, reference);
  }

  public long draftAttachmentBytes(String draftId) {
    return query("SELECT COALESCE(SUM(size_bytes), 0) FROM attachment WHERE draft_id = ?", rs -> rs.getLong(1), draftId).get(0);
  }

  public boolean deleteDraftAttachment(String draftId, String id) {
    return update("DELETE FROM attachment WHERE draft_id = ? AND id = ?", draftId, id) == 1;
  }

  /** The content of a submitted attachment. */
  public Optional<byte[]> submissionAttachmentContent(String reference, String id) {
    return query("SELECT content FROM attachment WHERE submission_reference = ? AND id = ?", rs -> rs.getBytes(1), reference, id)
        .stream().findFirst();
  }

  private static AttachmentRow attachmentRow(ResultSet rs) throws SQLException {
    return new AttachmentRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5));
  }

  // ---------------------------------------------------------------- admin

  public Optional<Credential> credential() {
    return query("SELECT algorithm, iterations, salt, hash FROM admin_credential WHERE id = 1",
        rs -> new Credential(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4))).stream().findFirst();
  }

  public void setCredential(Credential c, long now) {
    transaction(conn -> {
      try (PreparedStatement delete = conn.prepareStatement("DELETE FROM admin_credential WHERE id = 1")) {
        delete.executeUpdate();
      }
      try (PreparedStatement insert = conn.prepareStatement(
          "INSERT INTO admin_credential (id, algorithm, iterations, salt, hash, set_at) VALUES (1, ?, ?, ?, ?, ?)")) {
        bind(insert, c.algorithm(), c.iterations(), c.salt(), c.hash(), now);
        insert.executeUpdate();
      }
      return null;
    });
  }

  // ---------------------------------------------------------------- plumbing

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T transaction(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("a database operation failed: " + Redact.firstLine(e), e);
    }
  }

  private int update(String sql, Object... args) {
    return transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bind(ps, args);
        return ps.executeUpdate();
      }
    });
  }

  private <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    return transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          List<T> out = new ArrayList<>();
          while (rs.next()) {
            out.add(mapper.map(rs));
          }
          return out;
        }
      }
    });
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof byte[]) {
        ps.setBytes(i + 1, (byte[]) a);
      } else {
        ps.setObject(i + 1, a);
      }
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  /** A database operation failed; its message holds no respondent data. */
  public static final class StoreException extends EvidenceKitException {
    private static final long serialVersionUID = 1L;

    StoreException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
