-- SQL Server: names and birth dates are stored encrypted by the application (AES-GCM, text "enc1:{key id}:..."),
-- so they become wide text columns, and SQL can no longer compare birth dates: the SDV client check compares a
-- keyed hash of the birth date instead. Values written before this stay readable until `signalhub keys rotate`
-- encrypts them.

DROP INDEX ix_sdv_clients_birth_date ON sdv_clients;

ALTER TABLE signals ALTER COLUMN surname nvarchar(1000) NOT NULL;

ALTER TABLE signals ALTER COLUMN initials nvarchar(1000) NULL;

ALTER TABLE signals ALTER COLUMN first_names nvarchar(1000) NULL;

ALTER TABLE signals ALTER COLUMN birth_date nvarchar(200) NULL;

ALTER TABLE sdv_clients ALTER COLUMN surname nvarchar(1000) NOT NULL;

ALTER TABLE sdv_clients ALTER COLUMN birth_date nvarchar(200) NULL;

ALTER TABLE sdv_clients ADD birth_key nvarchar(64) NULL;

GO

CREATE INDEX ix_sdv_clients_birth_key ON sdv_clients (birth_key);
