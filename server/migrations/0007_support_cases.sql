-- Support cases and their messages. A payment problem keeps the receipt
-- as it was when the case was opened; forgotten security answers keep the
-- identity document's type, country and last 4 characters.
CREATE TABLE support_cases (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    topic       TEXT NOT NULL,   -- late_top_up | payment_problem | forgotten_security_answers | other
    reference   TEXT,            -- the top-up or order
    receipt     TEXT,            -- JSON, a payment problem's receipt
    document    TEXT,            -- JSON, the identity document (last 4 only)
    status      TEXT NOT NULL,   -- open | answered | resolved | declined
    opened_at   TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX support_cases_by_user ON support_cases(user_id, opened_at);

CREATE TABLE support_messages (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id   TEXT NOT NULL REFERENCES support_cases(id),
    author    TEXT NOT NULL,     -- shopper | support
    body      TEXT NOT NULL,
    sent_at   TEXT NOT NULL
);
CREATE INDEX support_messages_by_case ON support_messages(case_id, id);
