-- SQLite: a partner's upload that replaces the month's earlier delivery says so. The delivery keeps which
-- delivery it replaced and how many signals its file was expected to withdraw (the partner API's receipt:
-- replaces, withdraws). A portal upload that would replace waits as a pending upload, file and all, until the
-- partner confirms it (or cancels; unconfirmed ones are purged after a day).

ALTER TABLE deliveries ADD COLUMN replaces_delivery_id TEXT NULL;

ALTER TABLE deliveries ADD COLUMN withdraws_expected INTEGER NULL;

CREATE TABLE pending_uploads (
    id TEXT NOT NULL PRIMARY KEY,
    partner_id TEXT NOT NULL REFERENCES partners (id),
    period TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    file_name TEXT NULL,
    byte_count INTEGER NOT NULL,
    uploaded_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    replaces_delivery_id TEXT NOT NULL,
    withdraws_expected INTEGER NOT NULL
);

CREATE INDEX ix_pending_uploads_created ON pending_uploads (created_at);

CREATE TABLE pending_upload_files (
    upload_id TEXT NOT NULL REFERENCES pending_uploads (id),
    seq INTEGER NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (upload_id, seq)
);
