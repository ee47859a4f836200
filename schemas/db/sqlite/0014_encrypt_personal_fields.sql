-- SQLite: names and birth dates are stored encrypted by the application (AES-GCM, text "enc1:{key id}:..."), so
-- SQL can no longer compare birth dates: the SDV client check compares a keyed hash of the birth date instead.
-- SQLite's TEXT columns hold the ciphertext as they are. Values written before this stay readable until
-- `signalhub keys rotate` encrypts them.

DROP INDEX ix_sdv_clients_birth_date;

ALTER TABLE sdv_clients ADD COLUMN birth_key TEXT NULL;

CREATE INDEX ix_sdv_clients_birth_key ON sdv_clients (birth_key);
