-- Dialogue-session bookings with their reminder, Supportgroup peer contact requests, and
-- what the outbox needs for them.

CREATE TABLE session_bookings (
    id           INTEGER PRIMARY KEY,
    session_id   TEXT    NOT NULL,
    channel      TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('booked', 'cancelled')),
    booked_local TEXT    NOT NULL,              -- local time of booking, ISO 8601
    reminded_at  INTEGER,                       -- set in the transaction that queues the reminder
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE UNIQUE INDEX session_bookings_one_active ON session_bookings (session_id, channel, user_id) WHERE status = 'booked';
CREATE INDEX session_bookings_by_user ON session_bookings (channel, user_id);
CREATE INDEX session_bookings_unreminded ON session_bookings (session_id) WHERE status = 'booked' AND reminded_at IS NULL;

CREATE TRIGGER session_bookings_capacity BEFORE INSERT ON session_bookings WHEN NEW.status = 'booked'
BEGIN
    SELECT RAISE(ABORT, 'session is full')
    WHERE (SELECT COUNT(*) FROM session_bookings WHERE session_id = NEW.session_id AND status = 'booked')
        >= (SELECT capacity FROM dialogue_sessions WHERE id = NEW.session_id);
END;

-- A user asks a peer for contact. The user's contact is kept here and shown to the peer
-- only once they accept; the peer's contact stays in the catalog until then.
CREATE TABLE peer_requests (
    id         INTEGER PRIMARY KEY,
    peer_id    TEXT    NOT NULL,
    channel    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    topic      TEXT,
    district   TEXT,
    locale     TEXT    NOT NULL,
    contact    TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX peer_requests_one_open ON peer_requests (peer_id, channel, user_id) WHERE status IN ('pending', 'accepted');
CREATE INDEX peer_requests_by_user ON peer_requests (channel, user_id);
CREATE INDEX peer_requests_by_peer ON peer_requests (peer_id, status);

-- The account a peer uses with the bot (channel and user id), where their requests arrive.
ALTER TABLE peers ADD COLUMN account_channel TEXT NOT NULL DEFAULT '';
ALTER TABLE peers ADD COLUMN account_user TEXT NOT NULL DEFAULT '';
CREATE INDEX peers_by_account ON peers (account_channel, account_user);

-- The language to use for a recipient the bot has not talked with yet (a peer), and
-- command buttons shown with the message (JSON array of [label message id, command]).
ALTER TABLE outbox ADD COLUMN locale TEXT;
ALTER TABLE outbox ADD COLUMN buttons TEXT NOT NULL DEFAULT '[]';
