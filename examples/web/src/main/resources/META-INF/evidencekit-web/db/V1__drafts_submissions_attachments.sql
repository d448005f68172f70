-- The web form's storage: drafts (saved answers not yet sent), submissions (sent, committed
-- before the respondent is told), their attachments, and the admin password's hash.
-- Portable between H2 and PostgreSQL; ${text} and ${blob} are set per database.
-- Times are milliseconds since the epoch (UTC).

CREATE TABLE draft (
  id VARCHAR(64) PRIMARY KEY,
  questionnaire_id VARCHAR(200) NOT NULL,
  questionnaire_version VARCHAR(100) NOT NULL,
  response_json ${text} NOT NULL,
  -- SHA-256 of the save-and-return code; the code itself is never stored.
  code_hash VARCHAR(64) UNIQUE,
  -- The page last sent from, to return to (a page's id from the definition, never an answer).
  last_page VARCHAR(400),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);

CREATE INDEX draft_expires ON draft (expires_at);

CREATE TABLE submission (
  reference VARCHAR(32) PRIMARY KEY,
  questionnaire_id VARCHAR(200) NOT NULL,
  questionnaire_version VARCHAR(100) NOT NULL,
  response_json ${text} NOT NULL,
  -- SHA-256 of response_json, so that a reader can tell a whole record from a damaged one.
  response_sha256 VARCHAR(64) NOT NULL,
  valid BOOLEAN NOT NULL,
  error_count INT NOT NULL,
  submitted_at BIGINT NOT NULL
);

CREATE INDEX submission_time ON submission (submitted_at);

CREATE TABLE attachment (
  id VARCHAR(64) PRIMARY KEY,
  draft_id VARCHAR(64),
  submission_reference VARCHAR(32),
  name VARCHAR(255) NOT NULL,
  media_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  content ${blob} NOT NULL,
  created_at BIGINT NOT NULL,
  CONSTRAINT attachment_draft FOREIGN KEY (draft_id) REFERENCES draft (id) ON DELETE CASCADE,
  CONSTRAINT attachment_submission FOREIGN KEY (submission_reference) REFERENCES submission (reference)
);

CREATE INDEX attachment_draft_idx ON attachment (draft_id);
CREATE INDEX attachment_submission_idx ON attachment (submission_reference);

CREATE TABLE admin_credential (
  id INT PRIMARY KEY,
  algorithm VARCHAR(64) NOT NULL,
  iterations INT NOT NULL,
  salt VARCHAR(64) NOT NULL,
  hash VARCHAR(128) NOT NULL,
  set_at BIGINT NOT NULL
);
