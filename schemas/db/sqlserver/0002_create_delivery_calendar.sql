-- SQL Server: the delivery calendar. One row per partner, period and kind ('reminder' before the deadline,
-- 'late' after it); the unique key makes the scheduled jobs idempotent across runs and schedulers.
-- Timeliness itself is not stored: it is derived from deliveries.received_at and the period's deadline.

CREATE TABLE partner_reminders (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    partner_id uniqueidentifier NOT NULL REFERENCES partners (id),
    period nvarchar(7) NOT NULL,
    kind nvarchar(16) NOT NULL,
    created_at datetime2 NOT NULL,
    sent_by_email bit NOT NULL,
    email_error nvarchar(400) NULL,
    UNIQUE (partner_id, period, kind)
);

CREATE INDEX ix_partner_reminders_period ON partner_reminders (period, kind);

GO
