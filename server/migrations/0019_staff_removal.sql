-- A member of staff who leaves is removed, not deleted: the audit log keeps
-- naming them. A removed member cannot sign in and has no session.
ALTER TABLE staff ADD COLUMN removed_at TEXT;
