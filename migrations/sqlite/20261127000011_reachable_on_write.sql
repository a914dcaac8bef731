-- A user who writes is reachable again: every conversation write clears their mark,
-- in the same transaction and without a statement of its own.
CREATE TRIGGER conversations_written_reachable AFTER INSERT ON conversations
BEGIN
    DELETE FROM unreachable_users WHERE channel = NEW.channel AND user_id = NEW.user_id;
END;

CREATE TRIGGER conversations_rewritten_reachable AFTER UPDATE OF state ON conversations
BEGIN
    DELETE FROM unreachable_users WHERE channel = NEW.channel AND user_id = NEW.user_id;
END;
