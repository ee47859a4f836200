-- SQLite: the W3C traceparent of the work that wrote an outbox row, so the consumers of the message
-- join that trace although the message is published later by a background loop.

ALTER TABLE outbox ADD COLUMN trace_parent TEXT NULL;
