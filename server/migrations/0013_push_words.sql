-- A push's title, worded with its body in the shopper's language as the
-- app's feed words the notification.
ALTER TABLE push_queue ADD COLUMN title TEXT NOT NULL DEFAULT 'Pocket';
