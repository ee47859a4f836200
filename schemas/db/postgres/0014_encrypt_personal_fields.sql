-- PostgreSQL: names and birth dates are stored encrypted by the application (AES-GCM, text "enc1:{key id}:..."),
-- so they become wide text columns, and SQL can no longer compare birth dates: the SDV client check compares a
-- keyed hash of the birth date instead. Values written before this stay readable until `signalhub keys rotate`
-- encrypts them.

DROP INDEX ix_sdv_clients_birth_date;

ALTER TABLE signals ALTER COLUMN surname TYPE varchar(1000);

ALTER TABLE signals ALTER COLUMN initials TYPE varchar(1000);

ALTER TABLE signals ALTER COLUMN first_names TYPE varchar(1000);

ALTER TABLE signals ALTER COLUMN birth_date TYPE varchar(200) USING to_char(birth_date, 'YYYY-MM-DD');

ALTER TABLE sdv_clients ALTER COLUMN surname TYPE varchar(1000);

ALTER TABLE sdv_clients ALTER COLUMN birth_date TYPE varchar(200) USING to_char(birth_date, 'YYYY-MM-DD');

ALTER TABLE sdv_clients ADD COLUMN birth_key varchar(64) NULL;

CREATE INDEX ix_sdv_clients_birth_key ON sdv_clients (birth_key);
