-- Conversations, inbound deduplication and handover requests.

-- One conversation per (channel, user): where they are in the flows, their language.
CREATE TABLE conversations (
    channel    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    state      TEXT    NOT NULL,               -- JSON of wegweiser_core::ConversationState
    created_at INTEGER NOT NULL,               -- unix seconds
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (channel, user_id)
) WITHOUT ROWID;

-- Platform event ids already handled, so a redelivered event is not processed twice.
CREATE TABLE processed_events (
    channel      TEXT    NOT NULL,
    event_id     TEXT    NOT NULL,
    processed_at INTEGER NOT NULL,
    PRIMARY KEY (channel, event_id)
) WITHOUT ROWID;
CREATE INDEX processed_events_by_age ON processed_events (processed_at);

-- Requests to talk to a person, with the topic and language they were made in.
CREATE TABLE handover_requests (
    id         INTEGER PRIMARY KEY,
    channel    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    topic      TEXT,
    locale     TEXT    NOT NULL,
    note       TEXT,
    status     TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'claimed', 'closed')),
    created_at INTEGER NOT NULL
);
CREATE INDEX handover_requests_by_status ON handover_requests (status, created_at);
