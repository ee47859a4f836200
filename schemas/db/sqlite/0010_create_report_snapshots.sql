-- SQLite: the monitor's figures of a month or quarter, frozen as anonymous counts (JSON) before the retention
-- purge removes the personal records they were counted from; a report reads the snapshot once it exists.

CREATE TABLE report_snapshots (
    period TEXT NOT NULL PRIMARY KEY,
    figures TEXT NOT NULL,
    frozen_at TEXT NOT NULL
);
