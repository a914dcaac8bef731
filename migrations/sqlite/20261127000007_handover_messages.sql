-- What users write during an open handover, kept for the person who takes it, and when a
-- handover closed.
ALTER TABLE handover_requests ADD COLUMN closed_at INTEGER;

CREATE TABLE handover_messages (
    id       INTEGER PRIMARY KEY,
    handover INTEGER NOT NULL REFERENCES handover_requests (id) ON DELETE CASCADE,
    sender   TEXT    NOT NULL CHECK (sender IN ('user', 'helper')),
    text     TEXT,
    media    TEXT,
    at       INTEGER NOT NULL
);

CREATE INDEX handover_messages_by_handover ON handover_messages (handover, id);
