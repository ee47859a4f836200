-- PostgreSQL: the tussenvoegsel, phone number and e-mail address of a signal are stored encrypted by the application
-- too (AES-GCM, text "enc1:{key id}:..."), so they become wide text columns. Values written before this stay
-- readable until `signalhub keys rotate` encrypts them.

ALTER TABLE signals ALTER COLUMN prefix TYPE varchar(1000);

ALTER TABLE signals ALTER COLUMN phone TYPE varchar(1000);

ALTER TABLE signals ALTER COLUMN email TYPE varchar(1000);
