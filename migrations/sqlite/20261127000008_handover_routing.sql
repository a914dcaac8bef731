-- Handovers routed to the team: the pseudonym the team knows the user by, whom a request
-- was offered to, who holds it and from which account, escalation and the user's feedback.
-- Outbox rows that belong to a handover name it, so a channel can deliver them into the
-- handover's own room.
ALTER TABLE handover_requests ADD COLUMN pseudonym TEXT NOT NULL DEFAULT '';
ALTER TABLE handover_requests ADD COLUMN district TEXT;
ALTER TABLE handover_requests ADD COLUMN staff_only INTEGER NOT NULL DEFAULT 0;
ALTER TABLE handover_requests ADD COLUMN claimed_by TEXT;
ALTER TABLE handover_requests ADD COLUMN claimed_channel TEXT;
ALTER TABLE handover_requests ADD COLUMN claimed_user TEXT;
ALTER TABLE handover_requests ADD COLUMN claimed_at INTEGER;
ALTER TABLE handover_requests ADD COLUMN escalated_at INTEGER;
ALTER TABLE handover_requests ADD COLUMN feedback TEXT CHECK (feedback IN ('yes', 'no'));

-- One handover per user at a time: older duplicates from before handover mode are closed.
UPDATE handover_requests SET status = 'closed', closed_at = created_at
WHERE status != 'closed'
  AND id NOT IN (SELECT MAX(id) FROM handover_requests WHERE status != 'closed' GROUP BY channel, user_id);
CREATE UNIQUE INDEX handover_requests_one_open ON handover_requests (channel, user_id) WHERE status != 'closed';
CREATE INDEX handover_requests_by_claimer ON handover_requests (claimed_by) WHERE status = 'claimed';

CREATE TABLE handover_offers (
    handover   INTEGER NOT NULL REFERENCES handover_requests (id) ON DELETE CASCADE,
    member     TEXT    NOT NULL,
    offered_at INTEGER NOT NULL,
    PRIMARY KEY (handover, member)
) WITHOUT ROWID;

ALTER TABLE outbox ADD COLUMN handover INTEGER;
