-- Who wrote each helper message, every reading of a transcript by the team, and when a
-- closed handover's transcript was deleted after the retention period.
ALTER TABLE handover_messages ADD COLUMN helper TEXT;
ALTER TABLE handover_requests ADD COLUMN purged_at INTEGER;
CREATE INDEX handover_requests_closed ON handover_requests (closed_at) WHERE status = 'closed' AND purged_at IS NULL;

CREATE TABLE transcript_access (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    member   TEXT    NOT NULL,  -- the team member's name, or 'cli'
    account  TEXT    NOT NULL,  -- where they read it: 'telegram:…', 'matrix:…', 'cli'
    handover INTEGER NOT NULL,
    reason   TEXT    NOT NULL CHECK (reason IN ('claim', 'transcript'))
);
CREATE INDEX transcript_access_by_handover ON transcript_access (handover, at);
