-- SQLite: the municipality's BAG address register (optional), how each match's address resolved against
-- it, person keys for "possibly moved" links, and those links.

CREATE TABLE bag_addresses (
    id TEXT NOT NULL PRIMARY KEY,
    postcode TEXT NOT NULL,
    house_number INTEGER NOT NULL,
    house_letter TEXT NULL,
    addition TEXT NULL,
    street TEXT NULL,
    town TEXT NULL,
    address_key TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE INDEX ix_bag_addresses_key ON bag_addresses (address_key);

CREATE INDEX ix_bag_addresses_postcode ON bag_addresses (postcode);

ALTER TABLE matches ADD COLUMN bag_id TEXT NULL;

ALTER TABLE matches ADD COLUMN address_status TEXT NOT NULL DEFAULT 'unchecked';

ALTER TABLE signals ADD COLUMN person_key TEXT NULL;

CREATE INDEX ix_signals_person ON signals (person_key);

CREATE TABLE match_links (
    id TEXT NOT NULL PRIMARY KEY,
    match_id TEXT NOT NULL REFERENCES matches (id),
    other_match_id TEXT NOT NULL REFERENCES matches (id),
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (match_id, other_match_id, kind)
);
