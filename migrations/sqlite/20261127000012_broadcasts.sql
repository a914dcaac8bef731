-- Staff broadcasts. A broadcast is drafted with its recipients fixed (the count staff see
-- before confirming is the count that is sent), then confirmed, sent recipient by
-- recipient by each channel's delivery, and finished or cancelled.
CREATE TABLE broadcasts (
    id            INTEGER PRIMARY KEY,
    created_at    INTEGER NOT NULL,
    -- 'command line' or the team member's name.
    created_by    TEXT    NOT NULL,
    -- Where progress and the report go: the staff member's or the staff room's account.
    reply_channel TEXT,
    reply_user    TEXT,
    -- JSON: {"message": "id"} or {"texts": {"de": "...", ...}}; the segment's filters.
    source        TEXT    NOT NULL,
    segment       TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('draft', 'sending', 'cancelled', 'done')),
    confirmed_at  INTEGER,
    finished_at   INTEGER,
    -- When progress was last reported to reply_channel/reply_user.
    reported_at   INTEGER
);

-- One row per recipient: the persisted outbox of a broadcast. A row goes from 'pending' to
-- 'sending' just before its message goes out and to its outcome right after; a row found
-- 'sending' after a restart may have arrived and becomes 'interrupted', never sent again.
CREATE TABLE broadcast_deliveries (
    broadcast  INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    channel    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    -- The recipient's language when the broadcast was drafted.
    locale     TEXT    NOT NULL,
    status     TEXT    NOT NULL DEFAULT 'pending'
               CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'blocked', 'cancelled', 'interrupted')),
    updated_at INTEGER,
    error      TEXT,
    PRIMARY KEY (broadcast, channel, user_id)
) WITHOUT ROWID;
CREATE INDEX broadcast_deliveries_waiting ON broadcast_deliveries (channel, status, broadcast) WHERE status IN ('pending', 'sending');
