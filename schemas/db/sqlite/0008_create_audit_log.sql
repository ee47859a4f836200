-- SQLite: the append-only, hash-chained audit log of every view and change of household data.

CREATE TABLE audit_log (
    seq INTEGER NOT NULL PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id TEXT NULL,
    detail TEXT NULL,
    remote_address TEXT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE INDEX ix_audit_log_subject ON audit_log (subject_type, subject_id);

CREATE INDEX ix_audit_log_actor ON audit_log (actor, at);
