-- A reply to a user's own event is an outbox row that lives for milliseconds: written with
-- the conversation's state, deleted once its channel reports it sent. Indexed by recipient,
-- each reply would change an index page at a random place twice (insert, delete), as many
-- pages as users in a batch. Indexed by row id within their channel, replies are added at
-- the index's end and removed near its start; notifications keep the recipient index.
DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox (channel, user_id, id) WHERE sent_at IS NULL AND failed_at IS NULL AND rendered IS NULL;
CREATE INDEX outbox_unsent_replies ON outbox (channel, id) WHERE sent_at IS NULL AND failed_at IS NULL AND rendered IS NOT NULL;
