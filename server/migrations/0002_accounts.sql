CREATE TABLE users (
    id                     TEXT PRIMARY KEY,
    email                  TEXT NOT NULL UNIQUE,
    login_password_hash    TEXT NOT NULL,
    given_name             TEXT NOT NULL,
    family_name            TEXT NOT NULL,
    address                TEXT NOT NULL,
    phone                  TEXT NOT NULL,
    national_id            TEXT NOT NULL,
    country                TEXT NOT NULL,        -- ISO 3166 alpha-2
    language               TEXT NOT NULL,
    level                  TEXT NOT NULL,        -- VerificationLevel
    signed_up_at           TEXT NOT NULL,
    payment_password_hash  TEXT,
    security_answers       TEXT,                 -- JSON: questions with hashed answers
    password_guard         TEXT NOT NULL         -- JSON: PaymentPasswordGuard
);

CREATE TABLE email_confirmations (
    token       TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);

-- Session tokens are kept as their BLAKE2 hash: a copy of the database
-- does not let anyone log in.
CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    created_at  TEXT NOT NULL
);

-- What the service "sent": the sandbox shows it instead of sending it.
CREATE TABLE sent_messages (
    id          INTEGER PRIMARY KEY,
    user_id     TEXT NOT NULL,
    channel     TEXT NOT NULL,                    -- email | sms
    recipient   TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    code        TEXT,                             -- a token or one-time code, for the sandbox
    created_at  TEXT NOT NULL
);

-- Money moved per limit method, in USD cents: the limits' history.
CREATE TABLE spends (
    id          INTEGER PRIMARY KEY,
    user_id     TEXT    NOT NULL,
    method      TEXT    NOT NULL,                 -- LimitMethod: balance, card, top_up:<rail>
    at          TEXT    NOT NULL,
    usd_minor   INTEGER NOT NULL
);
CREATE INDEX spends_by_user ON spends(user_id, method, at);

CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY,
    user_id     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    message     TEXT NOT NULL,
    reference   TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX notifications_by_user ON notifications(user_id, id);

CREATE TABLE top_ups (
    id                TEXT PRIMARY KEY,
    user_id           TEXT    NOT NULL REFERENCES users(id),
    rail              TEXT    NOT NULL,
    provider          TEXT,
    amount_minor      INTEGER NOT NULL,
    currency          TEXT    NOT NULL,
    usd_minor         INTEGER NOT NULL,
    status            TEXT    NOT NULL,           -- pending | settled
    created_at        TEXT    NOT NULL,
    expected_by       TEXT,                       -- NULL: instant, or a Boleto awaiting payment
    settled_at        TEXT
);
CREATE INDEX top_ups_pending ON top_ups(status, expected_by);
