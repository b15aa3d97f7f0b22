-- Compliance can freeze an account: while frozen_at is set no money leaves
-- it (no payment, top-up or transfer); the shopper can still sign in, see
-- her money and write to support. The reason is the one she was told.
ALTER TABLE users ADD COLUMN frozen_at TEXT;
ALTER TABLE users ADD COLUMN frozen_reason TEXT;
