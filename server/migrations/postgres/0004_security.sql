-- PostgreSQL twin of ../0004_security.sql: 64-bit integers, identity columns for generated ids.
-- One live one-time code per (user, purpose, reference), kept as a keyed
-- hash (the key lives outside the database). A new request replaces the
-- old code; too many wrong tries void it.
DROP TABLE card_challenges;
CREATE TABLE one_time_codes (
    user_id      TEXT    NOT NULL,
    purpose      TEXT    NOT NULL,   -- card_payment | card_top_up
    reference    TEXT    NOT NULL,   -- the order paid, or the card and amount topped up
    card_id      TEXT    NOT NULL,
    code_hash    TEXT    NOT NULL,
    wrong_tries  BIGINT  NOT NULL,
    sent_at      TEXT    NOT NULL,
    expires_at   TEXT    NOT NULL,
    verified_at  TEXT,               -- the right code was entered; the payment may now use it
    PRIMARY KEY (user_id, purpose, reference)
);

-- Email confirmation tokens are kept as their hash, like session tokens.
-- Links sent before this migration stop working; a new one can be asked for.
DROP TABLE email_confirmations;
CREATE TABLE email_confirmations (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);

-- Sessions end after a while unused and after a fixed lifetime.
ALTER TABLE sessions ADD COLUMN last_used_at TEXT NOT NULL DEFAULT '';
UPDATE sessions SET last_used_at = created_at;
CREATE INDEX sessions_by_user ON sessions(user_id);

-- Wrong logins per subject: an account (by the hash of its email, known or
-- not) or a client address.
CREATE TABLE login_throttle (
    subject          TEXT    PRIMARY KEY,
    failures         BIGINT  NOT NULL,
    last_failure_at  TEXT    NOT NULL,
    blocked_until    TEXT
);
CREATE INDEX login_throttle_by_age ON login_throttle(last_failure_at);
