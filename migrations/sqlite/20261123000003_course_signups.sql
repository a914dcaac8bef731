-- Course sign-ups with a waitlist, and the outbox of notifications for users.

CREATE TABLE course_signups (
    id         INTEGER PRIMARY KEY,             -- order of arrival: the waitlist order
    course_id  TEXT    NOT NULL,
    channel    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX course_signups_one_active ON course_signups (course_id, channel, user_id) WHERE status != 'cancelled';
CREATE INDEX course_signups_by_course ON course_signups (course_id, status, id);
CREATE INDEX course_signups_by_user ON course_signups (channel, user_id);

-- The last line of defence against overbooking: a confirmed seat beyond the capacity is
-- refused whatever the code above does.
CREATE TRIGGER course_signups_capacity_insert BEFORE INSERT ON course_signups WHEN NEW.status = 'confirmed'
BEGIN
    SELECT RAISE(ABORT, 'course is full')
    WHERE (SELECT COUNT(*) FROM course_signups WHERE course_id = NEW.course_id AND status = 'confirmed')
        >= (SELECT capacity FROM courses WHERE id = NEW.course_id);
END;
CREATE TRIGGER course_signups_capacity_update BEFORE UPDATE OF status ON course_signups
    WHEN NEW.status = 'confirmed' AND OLD.status != 'confirmed'
BEGIN
    SELECT RAISE(ABORT, 'course is full')
    WHERE (SELECT COUNT(*) FROM course_signups WHERE course_id = NEW.course_id AND status = 'confirmed')
        >= (SELECT capacity FROM courses WHERE id = NEW.course_id);
END;

-- Messages for users that do not answer an event of theirs: a seat freed up, a reminder.
-- The text is rendered in the recipient's language when it is delivered.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    channel    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    message    TEXT    NOT NULL,                -- Fluent message id
    args       TEXT    NOT NULL,                -- JSON object of its variables
    created_at INTEGER NOT NULL,
    sent_at    INTEGER
);
CREATE INDEX outbox_pending ON outbox (channel, user_id) WHERE sent_at IS NULL;
