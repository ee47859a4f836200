-- Messages whose consumer kept failing (MassTransit moved them to the _error queue), for an operator to retry or discard.
CREATE TABLE failed_messages (
    message_id uuid NOT NULL PRIMARY KEY,
    message_type varchar(200) NOT NULL,
    consumer varchar(200) NOT NULL,
    reason text NOT NULL,
    body text NOT NULL,
    failed_at timestamptz NOT NULL,
    resolution varchar(20) NULL,
    resolved_at timestamptz NULL
);

CREATE INDEX ix_failed_messages_open ON failed_messages (resolution, failed_at);
