-- The installation's own identity and its portal key ring (ASP.NET Core Data Protection): cookies and
-- antiforgery tokens are made with keys that live in this database, encrypted with the installation's field
-- keys, under an application discriminator no other installation shares. The one row of `installation` is
-- made here, once, with a random id.
CREATE TABLE installation (
    id TEXT NOT NULL PRIMARY KEY,
    created_at TEXT NOT NULL
);

INSERT INTO installation (id, created_at)
VALUES (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-' || lower(hex(randomblob(2))) || '-'
        || lower(hex(randomblob(2))) || '-' || lower(hex(randomblob(6))), strftime('%Y-%m-%d %H:%M:%f', 'now'));

CREATE TABLE data_protection_keys (
    name TEXT NOT NULL PRIMARY KEY,
    xml TEXT NOT NULL,
    created_at TEXT NOT NULL
);
