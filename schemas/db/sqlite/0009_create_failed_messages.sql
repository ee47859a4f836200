-- Messages whose consumer kept failing (MassTransit moved them to the _error queue), for an operator to retry or discard.
CREATE TABLE failed_messages (
    message_id TEXT NOT NULL PRIMARY KEY,
    message_type TEXT NOT NULL,
    consumer TEXT NOT NULL,
    reason TEXT NOT NULL,
    body TEXT NOT NULL,
    failed_at TEXT NOT NULL,
    resolution TEXT NULL,
    resolved_at TEXT NULL
);

CREATE INDEX ix_failed_messages_open ON failed_messages (resolution, failed_at);
