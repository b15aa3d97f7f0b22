-- Pocket's own people: support, compliance, finance, admin. A password
-- (Argon2id) and a TOTP second factor (its secret sealed under the service
-- key), sessions held in a cookie, and an append-only log of what each did.
CREATE TABLE staff (
    id                  TEXT PRIMARY KEY,
    email               TEXT NOT NULL UNIQUE,
    role                TEXT NOT NULL,        -- support, compliance, finance, admin
    password_hash       TEXT NOT NULL,
    totp_secret_sealed  TEXT NOT NULL,
    last_totp_step      INTEGER NOT NULL DEFAULT 0,   -- a code is used once
    created_at          TEXT NOT NULL
);

CREATE TABLE staff_sessions (
    token_hash    TEXT PRIMARY KEY,
    staff_id      TEXT NOT NULL REFERENCES staff(id),
    csrf_token    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    last_used_at  TEXT NOT NULL
);

-- Who did what, when, to which shopper, order or case, before and after:
-- written in the transaction of the action, never updated or deleted.
CREATE TABLE staff_audit (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id   TEXT NOT NULL REFERENCES staff(id),
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    before     TEXT,
    after      TEXT,
    at         TEXT NOT NULL
);
CREATE INDEX staff_audit_by_subject ON staff_audit(subject, seq);
