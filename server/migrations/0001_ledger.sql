-- The double-entry ledger. Amounts are integer minor units of `currency`.
-- Postings are never edited: a correction is a new journal.
CREATE TABLE ledger_accounts (
    id              INTEGER PRIMARY KEY,
    account_key     TEXT    NOT NULL UNIQUE,  -- AccountKey's stable text form
    currency        TEXT    NOT NULL,
    may_go_negative INTEGER NOT NULL,         -- 0 for money owed to someone
    debits_minor    INTEGER NOT NULL DEFAULT 0,
    credits_minor   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE ledger_journals (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL,                -- why money moved (JournalCode)
    reference   TEXT NOT NULL,                -- the top-up, order or transfer it belongs to
    created_at  TEXT NOT NULL
);

CREATE TABLE ledger_legs (
    id                INTEGER PRIMARY KEY,
    journal_id        INTEGER NOT NULL REFERENCES ledger_journals(id),
    debit_account_id  INTEGER NOT NULL REFERENCES ledger_accounts(id),
    credit_account_id INTEGER NOT NULL REFERENCES ledger_accounts(id),
    amount_minor      INTEGER NOT NULL CHECK (amount_minor > 0),
    currency          TEXT    NOT NULL
);
CREATE INDEX ledger_legs_by_journal ON ledger_legs(journal_id);

-- The first answer to every money-moving request, replayed on a retry.
CREATE TABLE idempotent_responses (
    scope         TEXT    NOT NULL,           -- the user (or "sandbox")
    key           TEXT    NOT NULL,
    request_hash  TEXT    NOT NULL,
    status        INTEGER NOT NULL,
    body          TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    PRIMARY KEY (scope, key)
);

-- The sandbox clock's offset from real time.
CREATE TABLE sandbox_clock (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    offset_seconds  INTEGER NOT NULL
);
INSERT INTO sandbox_clock (id, offset_seconds) VALUES (1, 0);
