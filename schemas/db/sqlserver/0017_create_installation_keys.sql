-- The installation's own identity and its portal key ring (ASP.NET Core Data Protection): cookies and
-- antiforgery tokens are made with keys that live in this database, encrypted with the installation's field
-- keys, under an application discriminator no other installation shares. The one row of `installation` is
-- made here, once, with a random id.
CREATE TABLE installation (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    created_at datetime2 NOT NULL
);

INSERT INTO installation (id, created_at) VALUES (NEWID(), SYSUTCDATETIME());

CREATE TABLE data_protection_keys (
    name nvarchar(100) NOT NULL PRIMARY KEY,
    xml nvarchar(max) NOT NULL,
    created_at datetime2 NOT NULL
);
