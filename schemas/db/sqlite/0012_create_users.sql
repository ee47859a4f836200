-- Portal accounts: local sign-in with a hashed password, a lockout counter and a TOTP second factor.
-- partner_id and team are the user's scope: a partner user sees only its organisation, a wijkteam worker only its team.
CREATE TABLE users (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    partner_id TEXT NULL REFERENCES partners (id),
    team TEXT NULL,
    password_hash TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT NULL,
    totp_secret TEXT NULL,
    totp_confirmed INTEGER NOT NULL DEFAULT 0,
    last_totp_step INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    last_sign_in_at TEXT NULL
);

CREATE UNIQUE INDEX ux_users_name ON users (name);
