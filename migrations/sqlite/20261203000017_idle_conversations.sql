-- A conversation silent for [privacy] delete_idle_conversations_months is told once that
-- everything about the user will be deleted; idle_notice_at is when. Any event of the user
-- clears it; idle_notice_days after it, a still silent user's data is deleted.
ALTER TABLE conversations ADD COLUMN idle_notice_at INTEGER;
