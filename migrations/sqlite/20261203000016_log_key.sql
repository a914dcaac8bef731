-- The key log lines' tags are made with (a short keyed hash stands for a person, a room or
-- a team member in the log). Drawn once, never sent anywhere: without this database the
-- tags in a log name no one.
CREATE TABLE log_key (
    key TEXT NOT NULL
);
INSERT INTO log_key (key) VALUES (lower(hex(randomblob(32))));
