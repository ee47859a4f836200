-- PostgreSQL: the municipality's BAG address register (optional), how each match's address resolved
-- against it, person keys for "possibly moved" links, and those links.

CREATE TABLE bag_addresses (
    id varchar(16) NOT NULL PRIMARY KEY,
    postcode varchar(6) NOT NULL,
    house_number integer NOT NULL,
    house_letter varchar(1) NULL,
    addition varchar(4) NULL,
    street varchar(200) NULL,
    town varchar(100) NULL,
    address_key varchar(40) NOT NULL,
    imported_at timestamptz NOT NULL
);

CREATE INDEX ix_bag_addresses_key ON bag_addresses (address_key);

CREATE INDEX ix_bag_addresses_postcode ON bag_addresses (postcode);

ALTER TABLE matches ADD COLUMN bag_id varchar(16) NULL;

ALTER TABLE matches ADD COLUMN address_status varchar(16) NOT NULL DEFAULT 'unchecked';

ALTER TABLE signals ADD COLUMN person_key varchar(260) NULL;

CREATE INDEX ix_signals_person ON signals (person_key);

CREATE TABLE match_links (
    id uuid NOT NULL PRIMARY KEY,
    match_id uuid NOT NULL REFERENCES matches (id),
    other_match_id uuid NOT NULL REFERENCES matches (id),
    kind varchar(32) NOT NULL,
    reason varchar(400) NOT NULL,
    created_at timestamptz NOT NULL,
    UNIQUE (match_id, other_match_id, kind)
);
