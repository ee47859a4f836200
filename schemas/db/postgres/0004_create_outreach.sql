-- PostgreSQL: outreach (Vroeg Eropaf). Every contact attempt with the workers who made it (a joint visit is one
-- attempt with two names), the history of every change to a case, warm hand-overs, aftercare follow-ups, and
-- on the case itself its final result and the deadline marks the daily job keeps.

ALTER TABLE cases ADD COLUMN result varchar(64) NULL;

ALTER TABLE cases ADD COLUMN schemes varchar(200) NULL;

ALTER TABLE cases ADD COLUMN help_kinds varchar(100) NULL;

ALTER TABLE cases ADD COLUMN closed_at timestamptz NULL;

ALTER TABLE cases ADD COLUMN closed_by varchar(200) NULL;

ALTER TABLE cases ADD COLUMN at_risk boolean NOT NULL DEFAULT false;

ALTER TABLE cases ADD COLUMN overdue boolean NOT NULL DEFAULT false;

ALTER TABLE cases ADD COLUMN deadline_risks varchar(100) NULL;

ALTER TABLE cases ADD COLUMN deadline_marked_at timestamptz NULL;

CREATE INDEX ix_cases_open ON cases (status, due_date);

CREATE TABLE case_attempts (
    id uuid NOT NULL PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases (id),
    kind varchar(32) NOT NULL,
    at timestamptz NOT NULL,
    day_part varchar(16) NOT NULL,
    day_part_given boolean NOT NULL,
    reached boolean NOT NULL,
    note varchar(1000) NULL,
    recorded_by varchar(200) NOT NULL,
    recorded_at timestamptz NOT NULL
);

CREATE INDEX ix_case_attempts_case ON case_attempts (case_id, at);

CREATE TABLE case_attempt_workers (
    attempt_id uuid NOT NULL REFERENCES case_attempts (id),
    seq integer NOT NULL,
    name varchar(200) NOT NULL,
    PRIMARY KEY (attempt_id, seq)
);

CREATE TABLE case_events (
    id uuid NOT NULL PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases (id),
    at timestamptz NOT NULL,
    actor varchar(200) NOT NULL,
    event varchar(32) NOT NULL,
    from_status varchar(32) NULL,
    to_status varchar(32) NULL,
    detail varchar(1000) NULL
);

CREATE INDEX ix_case_events_case ON case_events (case_id, at);

CREATE TABLE case_handovers (
    id uuid NOT NULL PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases (id),
    sender varchar(200) NOT NULL,
    sender_team varchar(100) NULL,
    receiver varchar(200) NOT NULL,
    receiver_team varchar(100) NULL,
    note varchar(1000) NULL,
    offered_at timestamptz NOT NULL,
    accepted_at timestamptz NULL
);

CREATE INDEX ix_case_handovers_case ON case_handovers (case_id, offered_at);

CREATE INDEX ix_case_handovers_receiver ON case_handovers (receiver, accepted_at);

CREATE TABLE case_followups (
    id uuid NOT NULL PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases (id),
    months integer NOT NULL,
    due_on date NOT NULL,
    planned_at timestamptz NOT NULL,
    done_at timestamptz NULL,
    done_by varchar(200) NULL,
    note varchar(1000) NULL,
    UNIQUE (case_id, months)
);

CREATE INDEX ix_case_followups_due ON case_followups (due_on, done_at);
