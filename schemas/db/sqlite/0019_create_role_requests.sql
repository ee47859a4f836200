-- Role grants that wait for a second coordinator (separation of duties): granting or revoking coordinator, functioneel
-- beheer or privacy officer. user_id is null for an account still to be made; outcome is null while the request waits.
CREATE TABLE role_requests (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    user_id TEXT NULL,
    user_name TEXT NOT NULL,
    from_role TEXT NULL,
    to_role TEXT NULL,
    partner_id TEXT NULL REFERENCES partners (id),
    team TEXT NULL,
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    decided_by TEXT NULL,
    decided_at TEXT NULL,
    outcome TEXT NULL
);

CREATE INDEX ix_role_requests_outcome ON role_requests (outcome, requested_at);
