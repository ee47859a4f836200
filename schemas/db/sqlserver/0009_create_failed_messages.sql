-- Messages whose consumer kept failing (MassTransit moved them to the _error queue), for an operator to retry or discard.
CREATE TABLE failed_messages (
    message_id uniqueidentifier NOT NULL PRIMARY KEY,
    message_type nvarchar(200) NOT NULL,
    consumer nvarchar(200) NOT NULL,
    reason nvarchar(max) NOT NULL,
    body nvarchar(max) NOT NULL,
    failed_at datetime2 NOT NULL,
    resolution nvarchar(20) NULL,
    resolved_at datetime2 NULL
);

CREATE INDEX ix_failed_messages_open ON failed_messages (resolution, failed_at);
