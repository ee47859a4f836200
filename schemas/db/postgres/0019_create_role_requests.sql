-- Role grants that wait for a second coordinator (separation of duties): granting or revoking coordinator, functioneel
-- beheer or privacy officer. user_id is null for an account still to be made; outcome is null while the request waits.
CREATE TABLE role_requests (
    id uuid NOT NULL PRIMARY KEY,
    kind varchar(20) NOT NULL,
    user_id uuid NULL,
    user_name varchar(200) NOT NULL,
    from_role varchar(40) NULL,
    to_role varchar(40) NULL,
    partner_id uuid NULL REFERENCES partners (id),
    team varchar(200) NULL,
    requested_by varchar(200) NOT NULL,
    requested_at timestamptz NOT NULL,
    decided_by varchar(200) NULL,
    decided_at timestamptz NULL,
    outcome varchar(20) NULL
);

CREATE INDEX ix_role_requests_outcome ON role_requests (outcome, requested_at);
