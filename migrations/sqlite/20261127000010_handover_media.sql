-- Photos, voice notes and documents passed on in a handover, kept with it (and deleted with
-- it); outbox rows that carry one, and rows to be sent in a handover's own room (Matrix).
CREATE TABLE media_files (
    id       INTEGER PRIMARY KEY,
    handover INTEGER NOT NULL REFERENCES handover_requests (id) ON DELETE CASCADE,
    kind     TEXT    NOT NULL,
    mime     TEXT    NOT NULL,
    name     TEXT,
    bytes    BLOB    NOT NULL,
    at       INTEGER NOT NULL
);
CREATE INDEX media_files_by_handover ON media_files (handover);

ALTER TABLE handover_messages ADD COLUMN media_file INTEGER REFERENCES media_files (id) ON DELETE SET NULL;
ALTER TABLE outbox ADD COLUMN media_file INTEGER;
ALTER TABLE outbox ADD COLUMN room_handover INTEGER;
