-- Portal accounts: local sign-in with a hashed password, a lockout counter and a TOTP second factor.
-- partner_id and team are the user's scope: a partner user sees only its organisation, a wijkteam worker only its team.
CREATE TABLE users (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    name nvarchar(200) NOT NULL,
    role nvarchar(40) NOT NULL,
    partner_id uniqueidentifier NULL REFERENCES partners (id),
    team nvarchar(200) NULL,
    password_hash nvarchar(400) NOT NULL,
    failed_attempts int NOT NULL DEFAULT 0,
    locked_until datetime2 NULL,
    totp_secret nvarchar(100) NULL,
    totp_confirmed bit NOT NULL DEFAULT 0,
    last_totp_step bigint NOT NULL DEFAULT 0,
    created_at datetime2 NOT NULL,
    last_sign_in_at datetime2 NULL
);

CREATE UNIQUE INDEX ux_users_name ON users (name);
