-- PostgreSQL: the append-only, hash-chained audit log of every view and change of household data.

CREATE TABLE audit_log (
    seq bigint NOT NULL PRIMARY KEY,
    at timestamptz NOT NULL,
    actor varchar(200) NOT NULL,
    action varchar(200) NOT NULL,
    subject_type varchar(40) NOT NULL,
    subject_id varchar(100) NULL,
    detail varchar(1000) NULL,
    remote_address varchar(64) NULL,
    prev_hash varchar(64) NOT NULL,
    hash varchar(64) NOT NULL
);

CREATE INDEX ix_audit_log_subject ON audit_log (subject_type, subject_id);

CREATE INDEX ix_audit_log_actor ON audit_log (actor, at);
