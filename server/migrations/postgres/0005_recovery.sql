-- PostgreSQL twin of ../0005_recovery.sql: 64-bit integers, identity columns for generated ids.
-- Links that reset a forgotten login password or recover a forgotten
-- payment password, kept as the hash of their token. One live link per
-- account and purpose: a new one voids the old.
CREATE TABLE recovery_links (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    purpose     TEXT NOT NULL,   -- login_password | payment_password
    sent_at     TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT,
    voided_at   TEXT
);
CREATE INDEX recovery_links_by_user ON recovery_links(user_id, purpose);

-- Wrong security answers are counted and locked like the payment password.
ALTER TABLE users ADD COLUMN answers_guard TEXT NOT NULL DEFAULT '{"consecutive_failures":0,"locked_until":null}';
