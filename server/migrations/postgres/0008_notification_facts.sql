-- PostgreSQL twin of ../0008_notification_facts.sql: 64-bit integers, identity columns for generated ids.
-- A notification's figures and names as data, so the phone words it in the
-- shopper's language; `message` stays the service's English.
ALTER TABLE notifications ADD COLUMN facts TEXT NOT NULL DEFAULT '{}';
