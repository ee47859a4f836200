-- PostgreSQL: every routing decision with who or what made it, when and why (dispatch, a joined open case,
-- not picked up, reassignment, an SDV confirmation or rejection); the SDV hit a case was made with; what
-- became of each match at dispatch (not picked up with the standard's result, or joined to an open case).

CREATE TABLE routing_decisions (
    id uuid NOT NULL PRIMARY KEY,
    match_id uuid NOT NULL REFERENCES matches (id),
    case_id uuid NULL REFERENCES cases (id),
    kind varchar(32) NOT NULL,
    route varchar(16) NOT NULL,
    team varchar(100) NULL,
    assigned_to varchar(200) NULL,
    decided_by varchar(200) NOT NULL,
    reason varchar(400) NOT NULL,
    result varchar(64) NULL,
    decided_at timestamptz NOT NULL
);

CREATE INDEX ix_routing_decisions_case ON routing_decisions (case_id, decided_at);

CREATE INDEX ix_routing_decisions_match ON routing_decisions (match_id, decided_at);

CREATE TABLE sdv_hits (
    id uuid NOT NULL PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases (id),
    case_reference varchar(100) NOT NULL,
    caseworker varchar(200) NULL,
    likelihood varchar(16) NOT NULL,
    reason varchar(400) NOT NULL,
    status varchar(16) NOT NULL,
    decided_by varchar(200) NULL,
    decided_at timestamptz NULL,
    created_at timestamptz NOT NULL,
    UNIQUE (case_id)
);

ALTER TABLE matches ADD COLUMN not_picked_up varchar(64) NULL;

ALTER TABLE matches ADD COLUMN joined_case_id uuid NULL;

CREATE INDEX ix_matches_address ON matches (address_key, period);

CREATE INDEX ix_sdv_clients_birth_date ON sdv_clients (birth_date);
