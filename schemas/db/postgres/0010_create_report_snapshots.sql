-- PostgreSQL: the monitor's figures of a month or quarter, frozen as anonymous counts (JSON) before the retention
-- purge removes the personal records they were counted from; a report reads the snapshot once it exists.

CREATE TABLE report_snapshots (
    period varchar(7) NOT NULL PRIMARY KEY,
    figures text NOT NULL,
    frozen_at timestamptz NOT NULL
);
