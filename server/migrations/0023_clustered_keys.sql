-- The kept answers and the payments stored in their primary key's order
-- (SQLite's WITHOUT ROWID; PostgreSQL has no rowid, and reads this as a
-- plain table): one B-tree each instead of a table and its key's index,
-- so each payment's commit writes a page fewer for each, and looking a
-- key up reads one tree.
CREATE TABLE idempotent_responses_by_key (
    scope         TEXT    NOT NULL,           -- the user (or "sandbox")
    key           TEXT    NOT NULL,
    request_hash  TEXT    NOT NULL,
    status        INTEGER NOT NULL,
    body          TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    PRIMARY KEY (scope, key)
) WITHOUT ROWID;
INSERT INTO idempotent_responses_by_key (scope, key, request_hash, status, body, created_at)
SELECT scope, key, request_hash, status, body, created_at FROM idempotent_responses;
DROP TABLE idempotent_responses;
ALTER TABLE idempotent_responses_by_key RENAME TO idempotent_responses;

CREATE TABLE payments_by_id (
    id              TEXT    NOT NULL PRIMARY KEY,
    user_id         TEXT    NOT NULL,
    order_id        TEXT    NOT NULL UNIQUE,   -- paying an order twice is impossible
    method          TEXT    NOT NULL,          -- balance | card
    card_id         TEXT,
    paid_minor      INTEGER NOT NULL,
    paid_currency   TEXT    NOT NULL,
    usd_minor       INTEGER NOT NULL,
    fx_rate         TEXT,
    created_at      TEXT    NOT NULL
) WITHOUT ROWID;
INSERT INTO payments_by_id (id, user_id, order_id, method, card_id, paid_minor, paid_currency, usd_minor, fx_rate,
                            created_at)
SELECT id, user_id, order_id, method, card_id, paid_minor, paid_currency, usd_minor, fx_rate, created_at FROM payments;
DROP TABLE payments;
ALTER TABLE payments_by_id RENAME TO payments;
