-- SQL Server: the append-only, hash-chained audit log of every view and change of household data.

CREATE TABLE audit_log (
    seq bigint NOT NULL PRIMARY KEY,
    at datetime2 NOT NULL,
    actor nvarchar(200) NOT NULL,
    action nvarchar(200) NOT NULL,
    subject_type nvarchar(40) NOT NULL,
    subject_id nvarchar(100) NULL,
    detail nvarchar(1000) NULL,
    remote_address nvarchar(64) NULL,
    prev_hash nvarchar(64) NOT NULL,
    hash nvarchar(64) NOT NULL
);

CREATE INDEX ix_audit_log_subject ON audit_log (subject_type, subject_id);

CREATE INDEX ix_audit_log_actor ON audit_log (actor, at);

GO
