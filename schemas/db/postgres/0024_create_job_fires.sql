-- PostgreSQL: one row per scheduled fire of a job, written in the transaction that decides the job's work.
-- The key makes a second fire of the same job for the same scheduled time (a scheduler that recovered
-- another's trigger) find the first and change nothing.

CREATE TABLE job_fires (
    job_name varchar(100) NOT NULL,
    scheduled_for timestamptz NOT NULL,
    instance varchar(200) NOT NULL,
    fired_at timestamptz NOT NULL,
    PRIMARY KEY (job_name, scheduled_for)
);
