-- Phones that get a push for every notification, and the pushes queued for
-- them (a push gateway sends them; the sandbox shows them). A token belongs
-- to one shopper at a time: the phone's latest sign-in.
CREATE TABLE push_tokens (
    token          TEXT PRIMARY KEY,
    platform       TEXT NOT NULL,   -- fcm | apns
    user_id        TEXT NOT NULL REFERENCES users(id),
    registered_at  TEXT NOT NULL
);
CREATE INDEX push_tokens_by_user ON push_tokens(user_id);

CREATE TABLE push_queue (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    TEXT NOT NULL,
    platform   TEXT NOT NULL,
    token      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    reference  TEXT NOT NULL,
    body       TEXT NOT NULL,
    queued_at  TEXT NOT NULL,
    sent_at    TEXT
);
CREATE INDEX push_queue_by_user ON push_queue(user_id, id);
