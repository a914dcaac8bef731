-- The team: Supportgroup peers, city staff and admins, their languages and accounts, and a
-- log of every change to roles.
CREATE TABLE team_members (
    name       TEXT    NOT NULL PRIMARY KEY,
    role       TEXT    NOT NULL CHECK (role IN ('peer', 'staff', 'admin')),
    languages  TEXT    NOT NULL,  -- JSON array of locale tags, the best first
    granted_at INTEGER NOT NULL,
    granted_by TEXT    NOT NULL
) WITHOUT ROWID;

-- Each account belongs to one member; it goes when the member's role is revoked.
CREATE TABLE team_accounts (
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    member  TEXT NOT NULL REFERENCES team_members (name) ON DELETE CASCADE,
    PRIMARY KEY (channel, user_id)
) WITHOUT ROWID;

CREATE INDEX team_accounts_by_member ON team_accounts (member);

CREATE TABLE role_changes (
    id     INTEGER PRIMARY KEY,
    at     INTEGER NOT NULL,
    by     TEXT    NOT NULL,  -- 'cli' or the admin's account
    member TEXT    NOT NULL,
    change TEXT    NOT NULL   -- e.g. 'grant peer ar,de telegram:1', 'revoke'
);
