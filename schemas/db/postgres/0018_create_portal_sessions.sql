-- Server-side portal sessions: every sign-in is a row, the cookie carries its id, and a request is refused
-- once its row is ended (sign-out, an administrator) or past its absolute expiry. A user's security stamp
-- changes when sign-in facts change (lockout, TOTP reset, role or scope, ending all sessions); a cookie made
-- under an older stamp is refused. lockouts counts the account's locks in a row, for the backoff.
CREATE TABLE portal_sessions (
    id uuid NOT NULL PRIMARY KEY,
    user_id uuid NOT NULL,
    created_at timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    ended_at timestamptz NULL,
    ended_why varchar(40) NULL,
    address_key varchar(64) NULL
);

CREATE INDEX ix_portal_sessions_user ON portal_sessions (user_id, ended_at);

ALTER TABLE users ADD COLUMN security_stamp varchar(64) NOT NULL DEFAULT '';

ALTER TABLE users ADD COLUMN lockouts integer NOT NULL DEFAULT 0;
