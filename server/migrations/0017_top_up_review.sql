-- Finance's part of a top-up on a slow rail: outside the sandbox no such
-- money arrives by itself; finance credits it when the bank shows it, or
-- declines it with a reason the shopper reads (status 'declined').
ALTER TABLE top_ups ADD COLUMN declined_reason TEXT;

-- The sandbox's simulated bank brings a transfer in on its expected date,
-- unless the developer asked it to hold the transfer: then it is late, as
-- a real one can be, until finance credits or declines it.
ALTER TABLE top_ups ADD COLUMN held_by_bank INTEGER NOT NULL DEFAULT 0;
