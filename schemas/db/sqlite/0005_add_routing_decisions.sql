-- SQLite: every routing decision with who or what made it, when and why (dispatch, a joined open case,
-- not picked up, reassignment, an SDV confirmation or rejection); the SDV hit a case was made with; what
-- became of each match at dispatch (not picked up with the standard's result, or joined to an open case).

CREATE TABLE routing_decisions (
    id TEXT NOT NULL PRIMARY KEY,
    match_id TEXT NOT NULL REFERENCES matches (id),
    case_id TEXT NULL REFERENCES cases (id),
    kind TEXT NOT NULL,
    route TEXT NOT NULL,
    team TEXT NULL,
    assigned_to TEXT NULL,
    decided_by TEXT NOT NULL,
    reason TEXT NOT NULL,
    result TEXT NULL,
    decided_at TEXT NOT NULL
);

CREATE INDEX ix_routing_decisions_case ON routing_decisions (case_id, decided_at);

CREATE INDEX ix_routing_decisions_match ON routing_decisions (match_id, decided_at);

CREATE TABLE sdv_hits (
    id TEXT NOT NULL PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    case_reference TEXT NOT NULL,
    caseworker TEXT NULL,
    likelihood TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL,
    decided_by TEXT NULL,
    decided_at TEXT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (case_id)
);

ALTER TABLE matches ADD COLUMN not_picked_up TEXT NULL;

ALTER TABLE matches ADD COLUMN joined_case_id TEXT NULL;

CREATE INDEX ix_matches_address ON matches (address_key, period);

CREATE INDEX ix_sdv_clients_birth_date ON sdv_clients (birth_date);
