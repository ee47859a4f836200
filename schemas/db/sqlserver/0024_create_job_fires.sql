-- SQL Server: one row per scheduled fire of a job, written in the transaction that decides the job's work.
-- The key makes a second fire of the same job for the same scheduled time (a scheduler that recovered
-- another's trigger) find the first and change nothing.

CREATE TABLE job_fires (
    job_name nvarchar(100) NOT NULL,
    scheduled_for datetime2 NOT NULL,
    instance nvarchar(200) NOT NULL,
    fired_at datetime2 NOT NULL,
    PRIMARY KEY (job_name, scheduled_for)
);
