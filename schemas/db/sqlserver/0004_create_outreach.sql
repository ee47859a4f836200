-- SQL Server: outreach (Vroeg Eropaf). Every contact attempt with the workers who made it (a joint visit is one
-- attempt with two names), the history of every change to a case, warm hand-overs, aftercare follow-ups, and
-- on the case itself its final result and the deadline marks the daily job keeps.

ALTER TABLE cases ADD result nvarchar(64) NULL;

ALTER TABLE cases ADD schemes nvarchar(200) NULL;

ALTER TABLE cases ADD help_kinds nvarchar(100) NULL;

ALTER TABLE cases ADD closed_at datetime2 NULL;

ALTER TABLE cases ADD closed_by nvarchar(200) NULL;

ALTER TABLE cases ADD at_risk bit NOT NULL CONSTRAINT df_cases_at_risk DEFAULT 0;

ALTER TABLE cases ADD overdue bit NOT NULL CONSTRAINT df_cases_overdue DEFAULT 0;

ALTER TABLE cases ADD deadline_risks nvarchar(100) NULL;

ALTER TABLE cases ADD deadline_marked_at datetime2 NULL;

GO

CREATE INDEX ix_cases_open ON cases (status, due_date);

CREATE TABLE case_attempts (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    case_id uniqueidentifier NOT NULL REFERENCES cases (id),
    kind nvarchar(32) NOT NULL,
    at datetime2 NOT NULL,
    day_part nvarchar(16) NOT NULL,
    day_part_given bit NOT NULL,
    reached bit NOT NULL,
    note nvarchar(1000) NULL,
    recorded_by nvarchar(200) NOT NULL,
    recorded_at datetime2 NOT NULL
);

CREATE INDEX ix_case_attempts_case ON case_attempts (case_id, at);

CREATE TABLE case_attempt_workers (
    attempt_id uniqueidentifier NOT NULL REFERENCES case_attempts (id),
    seq int NOT NULL,
    name nvarchar(200) NOT NULL,
    PRIMARY KEY (attempt_id, seq)
);

CREATE TABLE case_events (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    case_id uniqueidentifier NOT NULL REFERENCES cases (id),
    at datetime2 NOT NULL,
    actor nvarchar(200) NOT NULL,
    event nvarchar(32) NOT NULL,
    from_status nvarchar(32) NULL,
    to_status nvarchar(32) NULL,
    detail nvarchar(1000) NULL
);

CREATE INDEX ix_case_events_case ON case_events (case_id, at);

GO

CREATE TABLE case_handovers (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    case_id uniqueidentifier NOT NULL REFERENCES cases (id),
    sender nvarchar(200) NOT NULL,
    sender_team nvarchar(100) NULL,
    receiver nvarchar(200) NOT NULL,
    receiver_team nvarchar(100) NULL,
    note nvarchar(1000) NULL,
    offered_at datetime2 NOT NULL,
    accepted_at datetime2 NULL
);

CREATE INDEX ix_case_handovers_case ON case_handovers (case_id, offered_at);

CREATE INDEX ix_case_handovers_receiver ON case_handovers (receiver, accepted_at);

CREATE TABLE case_followups (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    case_id uniqueidentifier NOT NULL REFERENCES cases (id),
    months int NOT NULL,
    due_on date NOT NULL,
    planned_at datetime2 NOT NULL,
    done_at datetime2 NULL,
    done_by nvarchar(200) NULL,
    note nvarchar(1000) NULL,
    UNIQUE (case_id, months)
);

CREATE INDEX ix_case_followups_due ON case_followups (due_on, done_at);

GO
