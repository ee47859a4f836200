-- Portal accounts: local sign-in with a hashed password, a lockout counter and a TOTP second factor.
-- partner_id and team are the user's scope: a partner user sees only its organisation, a wijkteam worker only its team.
CREATE TABLE users (
    id uuid NOT NULL PRIMARY KEY,
    name varchar(200) NOT NULL,
    role varchar(40) NOT NULL,
    partner_id uuid NULL REFERENCES partners (id),
    team varchar(200) NULL,
    password_hash varchar(400) NOT NULL,
    failed_attempts integer NOT NULL DEFAULT 0,
    locked_until timestamptz NULL,
    totp_secret varchar(100) NULL,
    totp_confirmed boolean NOT NULL DEFAULT FALSE,
    last_totp_step bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL,
    last_sign_in_at timestamptz NULL
);

CREATE UNIQUE INDEX ux_users_name ON users (name);
