-- The catalog staff manage: courses, dialogue sessions and Supportgroup peers. Columns
-- hold what journeys filter on; `entry` is the whole validated entry as JSON.

CREATE TABLE courses (
    id         TEXT    PRIMARY KEY,
    kind       TEXT    NOT NULL,
    district   TEXT    NOT NULL,
    capacity   INTEGER NOT NULL CHECK (capacity >= 0),
    status     TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    entry      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX courses_by_kind ON courses (kind, district);

CREATE TABLE dialogue_sessions (
    id         TEXT    PRIMARY KEY,
    starts     TEXT    NOT NULL,                -- local time, ISO 8601
    district   TEXT    NOT NULL,
    capacity   INTEGER NOT NULL CHECK (capacity >= 0),
    status     TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    entry      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX dialogue_sessions_by_start ON dialogue_sessions (starts);

-- A peer's contact is inside `entry` and is shown to nobody before they accept a request.
CREATE TABLE peers (
    id         TEXT    PRIMARY KEY,
    available  INTEGER NOT NULL,
    status     TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    entry      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

-- One-off facts about this database, e.g. that the sample catalog was loaded.
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
