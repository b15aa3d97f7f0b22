-- Cards are the card processor's payment methods: `token` holds its id
-- (Stripe's pm_...), made on the phone, which never sends the number here.
-- How a card confirms a charge is the processor's to say when it is bound.
ALTER TABLE cards ADD COLUMN confirmation TEXT NOT NULL DEFAULT 'none';   -- none | sms_code
UPDATE cards SET confirmation = 'sms_code' WHERE behaviour = 'one_time_code';

-- The sandbox's card processor: the test cards it tokenized, by payment
-- method id, with how it answers for them (never the number).
CREATE TABLE sandbox_payment_methods (
    id          TEXT PRIMARY KEY,
    behaviour   TEXT NOT NULL,    -- succeeds | declined | insufficient_funds | one_time_code
    brand       TEXT NOT NULL,
    last4       TEXT NOT NULL,
    exp_month   INTEGER NOT NULL,
    exp_year    INTEGER NOT NULL,
    created_at  TEXT NOT NULL
);
INSERT INTO sandbox_payment_methods (id, behaviour, brand, last4, exp_month, exp_year, created_at)
    SELECT token, behaviour, brand, last4, exp_month, exp_year, created_at FROM cards;
ALTER TABLE cards DROP COLUMN behaviour;

-- The sandbox processor's charges by idempotency key: one key, one charge.
CREATE TABLE sandbox_charges (
    idempotency_key  TEXT PRIMARY KEY,
    charge_id        TEXT NOT NULL UNIQUE,
    outcome          TEXT NOT NULL,
    amount_minor     INTEGER NOT NULL,
    currency         TEXT NOT NULL,
    created_at       TEXT NOT NULL
);

-- A shopper's customer at the card processor, made when she binds a card.
ALTER TABLE users ADD COLUMN processor_customer TEXT;

-- Every charge asked of the card processor, with the request that asked
-- for it (secrets left out), so an answer that comes later (a webhook, the
-- shopper back from her bank) books it as the request would have.
CREATE TABLE card_charges (
    id                TEXT PRIMARY KEY,          -- the processor's (pi_...)
    user_id           TEXT NOT NULL,
    idempotency_key   TEXT NOT NULL,             -- the request's
    request_hash      TEXT NOT NULL,
    purpose           TEXT NOT NULL,             -- order_payment | top_up
    reference         TEXT NOT NULL,             -- the order, or the card and amount of a top-up
    request           TEXT NOT NULL,
    card_id           TEXT NOT NULL,
    amount_minor      INTEGER NOT NULL,
    currency          TEXT NOT NULL,
    status            TEXT NOT NULL,             -- pending | needs_confirmation | succeeded | failed | booked | refused_after_charge
    confirmation_url  TEXT,
    decline           TEXT,
    disputed_at       TEXT,
    booked_as         TEXT,                      -- the top-up it booked
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (user_id, idempotency_key)
);
CREATE INDEX card_charges_by_reference ON card_charges(reference);

-- Each event the processor sent (a webhook), applied once.
CREATE TABLE processor_events (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    received_at  TEXT NOT NULL
);

-- Money going back to cards: booked in the ledger when decided, asked of
-- the processor by the outbox worker, its outcome kept.
CREATE TABLE card_refunds (
    id               TEXT PRIMARY KEY,           -- Pocket's, the processor's idempotency key
    charge_id        TEXT NOT NULL,
    amount_minor     INTEGER NOT NULL,
    currency         TEXT NOT NULL,
    status           TEXT NOT NULL,              -- queued | pending | sent | failed
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT,
    claimed_until    TEXT,
    processor_refund TEXT,
    provider_answer  TEXT,
    created_at       TEXT NOT NULL,
    sent_at          TEXT
);
CREATE INDEX card_refunds_due ON card_refunds(status, next_attempt_at);
