-- A message stored here is named for good by this database's instance and its outbox row,
-- so that a channel can send it again after a crash without the network showing it twice
-- (Matrix transaction ids). Two things make that name unique: `instance`, drawn once when
-- the database is created, sets it apart from any other database the same bot account
-- ever used; AUTOINCREMENT keeps SQLite from giving the id of a sent and deleted reply to
-- the next row, which it does for a plain INTEGER PRIMARY KEY.
CREATE TABLE instance (
    id TEXT NOT NULL
);
INSERT INTO instance (id) VALUES (lower(hex(randomblob(8))));

CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    channel         TEXT    NOT NULL,
    user_id         TEXT    NOT NULL,
    message         TEXT    NOT NULL,
    args            TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER,
    locale          TEXT,
    buttons         TEXT    NOT NULL DEFAULT '[]',
    handover        INTEGER,
    media_file      INTEGER,
    room_handover   INTEGER,
    rendered        TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    failed_at       INTEGER,
    failure         TEXT
);
INSERT INTO outbox_new (id, channel, user_id, message, args, created_at, sent_at, locale, buttons, handover, media_file, room_handover,
                        rendered, attempts, next_attempt_at, failed_at, failure)
    SELECT id, channel, user_id, message, args, created_at, sent_at, locale, buttons, handover, media_file, room_handover,
           rendered, attempts, next_attempt_at, failed_at, failure
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
-- A reply to a user's own event is a row that lives for milliseconds: written with the
-- conversation's state, deleted once its channel reports it sent. Indexed by recipient,
-- each reply would change an index page at a random place twice (insert, delete), as many
-- pages as users in a batch; indexed by row id within its channel, replies are added at the
-- index's end and removed near its start. Notifications keep the recipient index.
CREATE INDEX outbox_pending ON outbox (channel, user_id, id) WHERE sent_at IS NULL AND failed_at IS NULL AND rendered IS NULL;
CREATE INDEX outbox_unsent_replies ON outbox (channel, id) WHERE sent_at IS NULL AND failed_at IS NULL AND rendered IS NOT NULL;
