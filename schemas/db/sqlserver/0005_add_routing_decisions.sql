-- SQL Server: every routing decision with who or what made it, when and why (dispatch, a joined open case,
-- not picked up, reassignment, an SDV confirmation or rejection); the SDV hit a case was made with; what
-- became of each match at dispatch (not picked up with the standard's result, or joined to an open case).

CREATE TABLE routing_decisions (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    match_id uniqueidentifier NOT NULL REFERENCES matches (id),
    case_id uniqueidentifier NULL REFERENCES cases (id),
    kind nvarchar(32) NOT NULL,
    route nvarchar(16) NOT NULL,
    team nvarchar(100) NULL,
    assigned_to nvarchar(200) NULL,
    decided_by nvarchar(200) NOT NULL,
    reason nvarchar(400) NOT NULL,
    result nvarchar(64) NULL,
    decided_at datetime2 NOT NULL
);

CREATE INDEX ix_routing_decisions_case ON routing_decisions (case_id, decided_at);

CREATE INDEX ix_routing_decisions_match ON routing_decisions (match_id, decided_at);

GO

CREATE TABLE sdv_hits (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    case_id uniqueidentifier NOT NULL REFERENCES cases (id),
    case_reference nvarchar(100) NOT NULL,
    caseworker nvarchar(200) NULL,
    likelihood nvarchar(16) NOT NULL,
    reason nvarchar(400) NOT NULL,
    status nvarchar(16) NOT NULL,
    decided_by nvarchar(200) NULL,
    decided_at datetime2 NULL,
    created_at datetime2 NOT NULL,
    UNIQUE (case_id)
);

GO

ALTER TABLE matches ADD not_picked_up nvarchar(64) NULL;

ALTER TABLE matches ADD joined_case_id uniqueidentifier NULL;

GO

CREATE INDEX ix_matches_address ON matches (address_key, period);

CREATE INDEX ix_sdv_clients_birth_date ON sdv_clients (birth_date);

GO
