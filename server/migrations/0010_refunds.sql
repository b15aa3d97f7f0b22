-- Each refund as the shopper's receipt shows it: how much, where it went
-- (the balance, the card, or back through the top-up it names).
CREATE TABLE refunds (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id      TEXT    NOT NULL REFERENCES orders(id),
    user_id       TEXT    NOT NULL,
    amount_minor  INTEGER NOT NULL,
    currency      TEXT    NOT NULL,
    refunded_to   TEXT    NOT NULL,   -- pocket_balance | card | top_up_source
    top_up_id     TEXT,
    rail          TEXT,
    provider      TEXT,
    refunded_at   TEXT    NOT NULL
);
CREATE INDEX refunds_by_order ON refunds(order_id);
