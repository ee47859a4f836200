-- SQLite: the delivery calendar. One row per partner, period and kind ('reminder' before the deadline,
-- 'late' after it); the unique key makes the scheduled jobs idempotent across runs and schedulers.
-- Timeliness itself is not stored: it is derived from deliveries.received_at and the period's deadline.

CREATE TABLE partner_reminders (
    id TEXT NOT NULL PRIMARY KEY,
    partner_id TEXT NOT NULL REFERENCES partners (id),
    period TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_by_email INTEGER NOT NULL,
    email_error TEXT NULL,
    UNIQUE (partner_id, period, kind)
);

CREATE INDEX ix_partner_reminders_period ON partner_reminders (period, kind);
