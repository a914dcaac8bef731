-- Who got a broadcast is kept only while it matters: a day after a broadcast finished or
-- was cancelled, its counts per language, channel and status are kept here (JSON rows of
-- [locale, channel, status, count]) and its recipients' rows are deleted.
ALTER TABLE broadcasts ADD COLUMN report TEXT;
