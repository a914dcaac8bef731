-- Inbound events that failed. Each failed attempt is counted; after the last one the event
-- is given up: it stays marked processed (the channel moves on), the user is told, and
-- operators see it with `wegweiser failed`. `reason` never holds message text; `event`
-- keeps the event itself (files left out) so that it can be retried, and goes with the row.
CREATE TABLE event_failures (
    channel         TEXT    NOT NULL,
    event_id        TEXT    NOT NULL,
    user_id         TEXT    NOT NULL,
    attempts        INTEGER NOT NULL,
    reason          TEXT    NOT NULL,
    event           TEXT    NOT NULL,
    first_failed_at INTEGER NOT NULL,
    last_failed_at  INTEGER NOT NULL,
    gave_up_at      INTEGER,
    PRIMARY KEY (channel, event_id)
);
CREATE INDEX event_failures_given_up ON event_failures (gave_up_at) WHERE gave_up_at IS NOT NULL;
CREATE INDEX event_failures_by_user ON event_failures (channel, user_id);

-- Replies to a user's own event are outbox rows too, written with the state and already
-- rendered (`rendered`: the message as JSON), so that a crash between the commit and the
-- send loses none. Every row is tried a bounded number of times: `attempts`, the time of the
-- next one, and an end state (`failed_at` with its reason).
ALTER TABLE outbox ADD COLUMN rendered TEXT;
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN failed_at INTEGER;
ALTER TABLE outbox ADD COLUMN failure TEXT;
DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox (channel, user_id, id) WHERE sent_at IS NULL AND failed_at IS NULL;
