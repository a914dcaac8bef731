-- The messages of a user's private chat with the bot that the network lets the bot delete
-- (Telegram: 48 hours), so that /clear and /delete can delete them there: the platform's
-- message ids only, never their text. Pruned once they can no longer be deleted.
CREATE TABLE chat_messages (
    channel    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    message_id TEXT    NOT NULL,
    at         INTEGER NOT NULL,
    PRIMARY KEY (channel, user_id, message_id)
) WITHOUT ROWID;

-- Messages to delete in the recipient's private chat before the row's message is sent
-- (a JSON array of platform message ids).
ALTER TABLE outbox ADD COLUMN erase TEXT;

-- How many of a user's chat messages grew too old to be deleted: /clear tells them how
-- many they must clear themselves. A number only.
CREATE TABLE chat_messages_older (
    channel TEXT    NOT NULL,
    user_id TEXT    NOT NULL,
    count   INTEGER NOT NULL,
    PRIMARY KEY (channel, user_id)
) WITHOUT ROWID;
