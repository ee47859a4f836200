-- PostgreSQL: a partner's upload that replaces the month's earlier delivery says so. The delivery keeps which
-- delivery it replaced and how many signals its file was expected to withdraw (the partner API's receipt:
-- replaces, withdraws). A portal upload that would replace waits as a pending upload, file and all, until the
-- partner confirms it (or cancels; unconfirmed ones are purged after a day).

ALTER TABLE deliveries ADD COLUMN replaces_delivery_id uuid NULL;

ALTER TABLE deliveries ADD COLUMN withdraws_expected integer NULL;

CREATE TABLE pending_uploads (
    id uuid NOT NULL PRIMARY KEY,
    partner_id uuid NOT NULL REFERENCES partners (id),
    period varchar(7) NOT NULL,
    sha256 varchar(64) NOT NULL,
    file_name varchar(260) NULL,
    byte_count bigint NOT NULL,
    uploaded_by varchar(200) NOT NULL,
    created_at timestamptz NOT NULL,
    replaces_delivery_id uuid NOT NULL,
    withdraws_expected integer NOT NULL
);

CREATE INDEX ix_pending_uploads_created ON pending_uploads (created_at);

CREATE TABLE pending_upload_files (
    upload_id uuid NOT NULL REFERENCES pending_uploads (id),
    seq integer NOT NULL,
    content bytea NOT NULL,
    PRIMARY KEY (upload_id, seq)
);
