-- The marketplaces Pocket serves, and their API keys. A key is stored as
-- the hash of its secret (shown once, when it is made), with the scopes it
-- grants; a revoked key stays, so its uses can still be read.
CREATE TABLE partners (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE partner_keys (
    id          TEXT PRIMARY KEY,
    partner_id  TEXT NOT NULL REFERENCES partners(id),
    key_hash    TEXT NOT NULL UNIQUE,
    scopes      TEXT NOT NULL,          -- space-separated: catalogue shipping refunds
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);

-- Every request a key made, whatever its answer.
CREATE TABLE partner_key_uses (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    key_id   TEXT NOT NULL REFERENCES partner_keys(id),
    method   TEXT NOT NULL,
    path     TEXT NOT NULL,
    used_at  TEXT NOT NULL
);
CREATE INDEX partner_key_uses_by_key ON partner_key_uses(key_id, id);

-- Each seller belongs to one partner. The sellers seeded before partners
-- existed are the demo marketplace's.
INSERT INTO partners (id, name, created_at) VALUES ('ptn_demo_marketplace', 'Demo marketplace', '2026-01-01T00:00:00+00:00');
ALTER TABLE sellers ADD COLUMN partner_id TEXT REFERENCES partners(id);
UPDATE sellers SET partner_id = 'ptn_demo_marketplace';
