-- Each spend carries the running total of its shopper's spending by its
-- method, through itself, in the order (at, id): a window's sum is then
-- the latest total minus the total of the last spend before the window,
-- two index lookups however long the history. A spend is stamped no
-- earlier than the one before it, so that order is the order of writing.
ALTER TABLE spends ADD COLUMN running_usd_minor INTEGER NOT NULL DEFAULT 0;
UPDATE spends SET running_usd_minor = (
    SELECT SUM(earlier.usd_minor) FROM spends AS earlier
    WHERE earlier.user_id = spends.user_id AND earlier.method = spends.method
      AND (earlier.at < spends.at OR (earlier.at = spends.at AND earlier.id <= spends.id))
);
DROP INDEX spends_by_user;
CREATE INDEX spends_in_order ON spends(user_id, method, at, id);
