-- Cards are kept only as the payment service's token, the mask and the
-- expiry. The number itself is never stored.
CREATE TABLE cards (
    id          TEXT PRIMARY KEY,
    user_id     TEXT    NOT NULL REFERENCES users(id),
    token       TEXT    NOT NULL UNIQUE,
    brand       TEXT    NOT NULL,
    first4      TEXT    NOT NULL,
    last4       TEXT    NOT NULL,
    exp_month   INTEGER NOT NULL,
    exp_year    INTEGER NOT NULL,
    behaviour   TEXT    NOT NULL,   -- sandbox processor: succeeds | declined | insufficient_funds | one_time_code
    saved       INTEGER NOT NULL,   -- 1: bound to the account (counts toward 5); 0: for one payment
    created_at  TEXT    NOT NULL,
    removed_at  TEXT
);
CREATE INDEX cards_by_user ON cards(user_id);

-- One-time codes sent by SMS to confirm a card payment.
CREATE TABLE card_challenges (
    id          INTEGER PRIMARY KEY,
    user_id     TEXT NOT NULL,
    order_id    TEXT NOT NULL,
    card_id     TEXT NOT NULL,
    code        TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);

CREATE TABLE sellers (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    country  TEXT NOT NULL
);

CREATE TABLE products (
    id                 TEXT PRIMARY KEY,
    seller_id          TEXT    NOT NULL REFERENCES sellers(id),
    title              TEXT    NOT NULL,
    unit_weight_grams  INTEGER NOT NULL,
    price_minor        INTEGER NOT NULL,   -- USD cents
    options            TEXT    NOT NULL    -- JSON: {"size": ["S", "M"], "colour": ["red"]}
);

CREATE TABLE coupons (
    code             TEXT PRIMARY KEY,
    percent_off      INTEGER NOT NULL,
    max_off_minor    INTEGER NOT NULL,
    min_order_minor  INTEGER NOT NULL,
    valid_until      TEXT    NOT NULL
);

CREATE TABLE coupon_uses (
    code      TEXT NOT NULL,
    user_id   TEXT NOT NULL,
    order_id  TEXT NOT NULL,
    PRIMARY KEY (code, user_id)
);

-- An order from one seller. `machine` is pocket-core's Order (state,
-- escrow held / refunded / released) as JSON; the ledger is the authority
-- over the money, and the check compares the two.
CREATE TABLE orders (
    id                TEXT PRIMARY KEY,
    user_id           TEXT    NOT NULL REFERENCES users(id),
    seller_id         TEXT    NOT NULL REFERENCES sellers(id),
    checkout_id       TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    price_minor       INTEGER NOT NULL,
    discount_minor    INTEGER NOT NULL,
    coupon_code       TEXT,
    weight_grams      INTEGER NOT NULL,
    items             TEXT    NOT NULL,   -- JSON
    delivery_address  TEXT    NOT NULL,
    machine           TEXT    NOT NULL,   -- JSON
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
CREATE INDEX orders_by_user ON orders(user_id, created_at);
CREATE INDEX orders_by_status ON orders(status);

-- The receipt of every payment.
CREATE TABLE payments (
    id              TEXT PRIMARY KEY,
    user_id         TEXT    NOT NULL,
    order_id        TEXT    NOT NULL UNIQUE,   -- paying an order twice is impossible
    method          TEXT    NOT NULL,          -- balance | card
    card_id         TEXT,
    paid_minor      INTEGER NOT NULL,
    paid_currency   TEXT    NOT NULL,
    usd_minor       INTEGER NOT NULL,
    fx_rate         TEXT,
    created_at      TEXT    NOT NULL
);

CREATE TABLE transfers (
    id            TEXT PRIMARY KEY,
    from_user_id  TEXT    NOT NULL,
    to_user_id    TEXT    NOT NULL,
    amount_minor  INTEGER NOT NULL,
    currency      TEXT    NOT NULL,
    note          TEXT    NOT NULL,
    created_at    TEXT    NOT NULL
);
