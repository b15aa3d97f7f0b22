-- Where a partner hears of its sellers' orders: its webhook, and the secret
-- each event is signed with (sealed under the service key: the service
-- must sign with it, so it is kept, never shown again).
ALTER TABLE partners ADD COLUMN webhook_url TEXT;
ALTER TABLE partners ADD COLUMN webhook_secret_sealed TEXT;

-- Each event a partner is told, written in the transaction of what
-- happened and sent after the commit by the outbox worker; kept, so the
-- partner can list it and have it sent again.
CREATE TABLE partner_events (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,   -- the order they happened in
    id               TEXT    NOT NULL UNIQUE,
    partner_id       TEXT    NOT NULL REFERENCES partners(id),
    kind             TEXT    NOT NULL,
    order_id         TEXT    NOT NULL,
    body             TEXT    NOT NULL,   -- the JSON sent, signed as it is
    created_at       TEXT    NOT NULL,
    status           TEXT    NOT NULL,   -- queued, sent, failed, no_webhook
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT    NOT NULL,
    claimed_until    TEXT,
    sent_at          TEXT,
    last_answer      TEXT
);
CREATE INDEX partner_events_due ON partner_events(status, next_attempt_at);
CREATE INDEX partner_events_by_partner ON partner_events(partner_id, seq);
