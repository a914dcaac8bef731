-- Users who blocked the bot: nothing is sent to them until they write again.
CREATE TABLE unreachable_users (
    channel TEXT    NOT NULL,
    user_id TEXT    NOT NULL,
    since   INTEGER NOT NULL,
    PRIMARY KEY (channel, user_id)
) WITHOUT ROWID;
