-- PostgreSQL twin of ../0006_support.sql: 64-bit integers, identity columns for generated ids.
-- Identity verification asked for by the shopper, reviewed by a person (in
-- the sandbox, by the developer). Only the document number's last 4
-- characters are kept here; the document goes to the reviewer.
CREATE TABLE identity_checks (
    id                TEXT PRIMARY KEY,
    user_id           TEXT NOT NULL REFERENCES users(id),
    document_type     TEXT NOT NULL,   -- passport | national_id | driving_licence
    document_last4    TEXT NOT NULL,
    issuing_country   TEXT NOT NULL,
    name_on_document  TEXT NOT NULL,
    state             TEXT NOT NULL,   -- pending | approved | declined
    submitted_at      TEXT NOT NULL,
    reviewed_at       TEXT,
    decline_reason    TEXT
);
CREATE INDEX identity_checks_by_user ON identity_checks(user_id, submitted_at);
