-- SQLite: outreach (Vroeg Eropaf). Every contact attempt with the workers who made it (a joint visit is one
-- attempt with two names), the history of every change to a case, warm hand-overs, aftercare follow-ups, and
-- on the case itself its final result and the deadline marks the daily job keeps.

ALTER TABLE cases ADD COLUMN result TEXT NULL;

ALTER TABLE cases ADD COLUMN schemes TEXT NULL;

ALTER TABLE cases ADD COLUMN help_kinds TEXT NULL;

ALTER TABLE cases ADD COLUMN closed_at TEXT NULL;

ALTER TABLE cases ADD COLUMN closed_by TEXT NULL;

ALTER TABLE cases ADD COLUMN at_risk INTEGER NOT NULL DEFAULT 0;

ALTER TABLE cases ADD COLUMN overdue INTEGER NOT NULL DEFAULT 0;

ALTER TABLE cases ADD COLUMN deadline_risks TEXT NULL;

ALTER TABLE cases ADD COLUMN deadline_marked_at TEXT NULL;

CREATE INDEX ix_cases_open ON cases (status, due_date);

CREATE TABLE case_attempts (
    id TEXT NOT NULL PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    day_part TEXT NOT NULL,
    day_part_given INTEGER NOT NULL,
    reached INTEGER NOT NULL,
    note TEXT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);

CREATE INDEX ix_case_attempts_case ON case_attempts (case_id, at);

CREATE TABLE case_attempt_workers (
    attempt_id TEXT NOT NULL REFERENCES case_attempts (id),
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (attempt_id, seq)
);

CREATE TABLE case_events (
    id TEXT NOT NULL PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    event TEXT NOT NULL,
    from_status TEXT NULL,
    to_status TEXT NULL,
    detail TEXT NULL
);

CREATE INDEX ix_case_events_case ON case_events (case_id, at);

CREATE TABLE case_handovers (
    id TEXT NOT NULL PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    sender TEXT NOT NULL,
    sender_team TEXT NULL,
    receiver TEXT NOT NULL,
    receiver_team TEXT NULL,
    note TEXT NULL,
    offered_at TEXT NOT NULL,
    accepted_at TEXT NULL
);

CREATE INDEX ix_case_handovers_case ON case_handovers (case_id, offered_at);

CREATE INDEX ix_case_handovers_receiver ON case_handovers (receiver, accepted_at);

CREATE TABLE case_followups (
    id TEXT NOT NULL PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    months INTEGER NOT NULL,
    due_on TEXT NOT NULL,
    planned_at TEXT NOT NULL,
    done_at TEXT NULL,
    done_by TEXT NULL,
    note TEXT NULL,
    UNIQUE (case_id, months)
);

CREATE INDEX ix_case_followups_due ON case_followups (due_on, done_at);
