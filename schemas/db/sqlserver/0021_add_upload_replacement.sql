-- SQL Server: a partner's upload that replaces the month's earlier delivery says so. The delivery keeps which
-- delivery it replaced and how many signals its file was expected to withdraw (the partner API's receipt:
-- replaces, withdraws). A portal upload that would replace waits as a pending upload, file and all, until the
-- partner confirms it (or cancels; unconfirmed ones are purged after a day).

ALTER TABLE deliveries ADD replaces_delivery_id uniqueidentifier NULL;

ALTER TABLE deliveries ADD withdraws_expected int NULL;

CREATE TABLE pending_uploads (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    partner_id uniqueidentifier NOT NULL REFERENCES partners (id),
    period nvarchar(7) NOT NULL,
    sha256 nvarchar(64) NOT NULL,
    file_name nvarchar(260) NULL,
    byte_count bigint NOT NULL,
    uploaded_by nvarchar(200) NOT NULL,
    created_at datetime2 NOT NULL,
    replaces_delivery_id uniqueidentifier NOT NULL,
    withdraws_expected int NOT NULL
);

CREATE INDEX ix_pending_uploads_created ON pending_uploads (created_at);

CREATE TABLE pending_upload_files (
    upload_id uniqueidentifier NOT NULL REFERENCES pending_uploads (id),
    seq int NOT NULL,
    content varbinary(max) NOT NULL,
    PRIMARY KEY (upload_id, seq)
);
