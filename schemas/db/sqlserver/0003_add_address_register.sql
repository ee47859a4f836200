-- SQL Server: the municipality's BAG address register (optional), how each match's address resolved
-- against it, person keys for "possibly moved" links, and those links.

CREATE TABLE bag_addresses (
    id nvarchar(16) NOT NULL PRIMARY KEY,
    postcode nvarchar(6) NOT NULL,
    house_number int NOT NULL,
    house_letter nvarchar(1) NULL,
    addition nvarchar(4) NULL,
    street nvarchar(200) NULL,
    town nvarchar(100) NULL,
    address_key nvarchar(40) NOT NULL,
    imported_at datetime2 NOT NULL
);

CREATE INDEX ix_bag_addresses_key ON bag_addresses (address_key);

CREATE INDEX ix_bag_addresses_postcode ON bag_addresses (postcode);

GO

ALTER TABLE matches ADD bag_id nvarchar(16) NULL;

ALTER TABLE matches ADD address_status nvarchar(16) NOT NULL CONSTRAINT df_matches_address_status DEFAULT 'unchecked';

ALTER TABLE signals ADD person_key nvarchar(260) NULL;

GO

CREATE INDEX ix_signals_person ON signals (person_key);

CREATE TABLE match_links (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    match_id uniqueidentifier NOT NULL REFERENCES matches (id),
    other_match_id uniqueidentifier NOT NULL REFERENCES matches (id),
    kind nvarchar(32) NOT NULL,
    reason nvarchar(400) NOT NULL,
    created_at datetime2 NOT NULL,
    UNIQUE (match_id, other_match_id, kind)
);

GO
