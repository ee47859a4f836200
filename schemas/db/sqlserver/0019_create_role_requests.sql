-- Role grants that wait for a second coordinator (separation of duties): granting or revoking coordinator, functioneel
-- beheer or privacy officer. user_id is null for an account still to be made; outcome is null while the request waits.
CREATE TABLE role_requests (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    kind nvarchar(20) NOT NULL,
    user_id uniqueidentifier NULL,
    user_name nvarchar(200) NOT NULL,
    from_role nvarchar(40) NULL,
    to_role nvarchar(40) NULL,
    partner_id uniqueidentifier NULL REFERENCES partners (id),
    team nvarchar(200) NULL,
    requested_by nvarchar(200) NOT NULL,
    requested_at datetime2 NOT NULL,
    decided_by nvarchar(200) NULL,
    decided_at datetime2 NULL,
    outcome nvarchar(20) NULL
);

CREATE INDEX ix_role_requests_outcome ON role_requests (outcome, requested_at);
