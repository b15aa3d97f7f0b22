-- Emails, SMS and pushes are sent after the transaction that caused them
-- commits: each row waits here, 'queued', until the delivery worker sends it
-- ('sent') or gives up ('failed'), with the provider's last answer. The
-- secret a message carries (a link token, a code) stays sealed under the
-- service key until it is sent, then is erased; the body holds a
-- placeholder in its place.
ALTER TABLE sent_messages ADD COLUMN status TEXT NOT NULL DEFAULT 'sent';
ALTER TABLE sent_messages ADD COLUMN sealed_secret TEXT;
ALTER TABLE sent_messages ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sent_messages ADD COLUMN next_attempt_at TEXT;
ALTER TABLE sent_messages ADD COLUMN claimed_until TEXT;
ALTER TABLE sent_messages ADD COLUMN sent_at TEXT;
ALTER TABLE sent_messages ADD COLUMN provider_answer TEXT;
CREATE INDEX sent_messages_due ON sent_messages(status, next_attempt_at);

ALTER TABLE push_queue ADD COLUMN status TEXT NOT NULL DEFAULT 'sent';
ALTER TABLE push_queue ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE push_queue ADD COLUMN next_attempt_at TEXT;
ALTER TABLE push_queue ADD COLUMN claimed_until TEXT;
ALTER TABLE push_queue ADD COLUMN provider_answer TEXT;
CREATE INDEX push_queue_due ON push_queue(status, next_attempt_at);
