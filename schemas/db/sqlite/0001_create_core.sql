-- SQLite: the core records of the pipeline: partners and keys, deliveries and their chunks,
-- signals, matches, routing inputs and cases, plus the inbox and outbox that make consumers idempotent.

CREATE TABLE partners (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    cost_types TEXT NOT NULL,
    contact_name TEXT NULL,
    contact_email TEXT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (name)
);

CREATE TABLE api_keys (
    id TEXT NOT NULL PRIMARY KEY,
    partner_id TEXT NOT NULL REFERENCES partners (id),
    prefix TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT NULL,
    last_used_at TEXT NULL,
    UNIQUE (key_hash)
);

CREATE INDEX ix_api_keys_partner ON api_keys (partner_id);

CREATE TABLE deliveries (
    id TEXT NOT NULL PRIMARY KEY,
    partner_id TEXT NOT NULL REFERENCES partners (id),
    period TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    source TEXT NOT NULL,
    file_name TEXT NULL,
    status TEXT NOT NULL,
    received_at TEXT NOT NULL,
    completed_at TEXT NULL,
    byte_count INTEGER NOT NULL,
    encoding TEXT NULL,
    delimiter TEXT NULL,
    header TEXT NULL,
    warnings TEXT NULL,
    rows_read INTEGER NOT NULL,
    rows_accepted INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    chunk_count INTEGER NOT NULL,
    chunks_done INTEGER NOT NULL,
    error_code TEXT NULL,
    error_message TEXT NULL,
    UNIQUE (partner_id, period, sha256)
);

CREATE INDEX ix_deliveries_period ON deliveries (period, partner_id);

CREATE TABLE delivery_files (
    delivery_id TEXT NOT NULL REFERENCES deliveries (id),
    seq INTEGER NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (delivery_id, seq)
);

CREATE TABLE delivery_chunks (
    delivery_id TEXT NOT NULL REFERENCES deliveries (id),
    seq INTEGER NOT NULL,
    record_count INTEGER NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (delivery_id, seq)
);

CREATE TABLE delivery_errors (
    id TEXT NOT NULL PRIMARY KEY,
    delivery_id TEXT NOT NULL REFERENCES deliveries (id),
    line INTEGER NOT NULL,
    column_name TEXT NULL,
    code TEXT NOT NULL,
    reason TEXT NOT NULL
);

CREATE INDEX ix_delivery_errors_delivery ON delivery_errors (delivery_id, line);

CREATE TABLE inbox (
    consumer TEXT NOT NULL,
    message_key TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    PRIMARY KEY (consumer, message_key)
);

CREATE TABLE outbox (
    id TEXT NOT NULL PRIMARY KEY,
    message_type TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    published_at TEXT NULL
);

CREATE INDEX ix_outbox_unpublished ON outbox (published_at, created_at);

CREATE TABLE signals (
    id TEXT NOT NULL PRIMARY KEY,
    delivery_id TEXT NOT NULL REFERENCES deliveries (id),
    partner_id TEXT NOT NULL REFERENCES partners (id),
    period TEXT NOT NULL,
    line INTEGER NOT NULL,
    reference TEXT NOT NULL,
    kind TEXT NOT NULL,
    cost_type TEXT NOT NULL,
    surname TEXT NOT NULL,
    prefix TEXT NULL,
    initials TEXT NULL,
    first_names TEXT NULL,
    birth_date TEXT NULL,
    street TEXT NULL,
    house_number INTEGER NOT NULL,
    house_letter TEXT NULL,
    addition TEXT NULL,
    postcode TEXT NOT NULL,
    address_key TEXT NOT NULL,
    city TEXT NULL,
    phone TEXT NULL,
    email TEXT NULL,
    amount NUMERIC NULL,
    arrears_since TEXT NULL,
    unpaid_terms INTEGER NULL,
    collection_stage TEXT NULL,
    collection_stage_date TEXT NULL,
    crisis INTEGER NOT NULL,
    warm_handover INTEGER NOT NULL,
    remark TEXT NULL,
    status TEXT NOT NULL,
    status_reason TEXT NULL,
    status_at TEXT NULL,
    superseded_by TEXT NULL,
    match_id TEXT NULL,
    chunk_seq INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (delivery_id, reference)
);

CREATE INDEX ix_signals_address ON signals (period, address_key);

CREATE INDEX ix_signals_partner_ref ON signals (partner_id, period, reference);

CREATE INDEX ix_signals_chunk ON signals (delivery_id, chunk_seq);

CREATE INDEX ix_signals_match ON signals (match_id);

CREATE TABLE matches (
    id TEXT NOT NULL PRIMARY KEY,
    period TEXT NOT NULL,
    address_key TEXT NOT NULL,
    postcode TEXT NOT NULL,
    house_number INTEGER NOT NULL,
    house_letter TEXT NULL,
    addition TEXT NULL,
    street TEXT NULL,
    city TEXT NULL,
    status TEXT NOT NULL,
    priority_class TEXT NOT NULL,
    priority_score INTEGER NOT NULL,
    reasons TEXT NOT NULL,
    signal_count INTEGER NOT NULL,
    partner_count INTEGER NOT NULL,
    cost_types TEXT NOT NULL,
    multiple_arrears INTEGER NOT NULL,
    actionable INTEGER NOT NULL,
    recidivist_of TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (period, address_key)
);

CREATE INDEX ix_matches_queue ON matches (period, status, priority_score);

CREATE TABLE match_events (
    id TEXT NOT NULL PRIMARY KEY,
    match_id TEXT NOT NULL REFERENCES matches (id),
    at TEXT NOT NULL,
    event TEXT NOT NULL,
    signal_id TEXT NULL,
    reason TEXT NOT NULL
);

CREATE INDEX ix_match_events_match ON match_events (match_id, at);

CREATE TABLE areas (
    id TEXT NOT NULL PRIMARY KEY,
    postcode_from TEXT NOT NULL,
    postcode_to TEXT NOT NULL,
    team TEXT NOT NULL
);

CREATE INDEX ix_areas_range ON areas (postcode_from, postcode_to);

CREATE TABLE sdv_clients (
    id TEXT NOT NULL PRIMARY KEY,
    case_reference TEXT NOT NULL,
    surname TEXT NOT NULL,
    birth_date TEXT NULL,
    address_key TEXT NOT NULL,
    caseworker TEXT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (case_reference)
);

CREATE INDEX ix_sdv_clients_address ON sdv_clients (address_key);

CREATE TABLE cases (
    id TEXT NOT NULL PRIMARY KEY,
    match_id TEXT NOT NULL REFERENCES matches (id),
    period TEXT NOT NULL,
    route TEXT NOT NULL,
    team TEXT NULL,
    assigned_to TEXT NULL,
    status TEXT NOT NULL,
    route_reason TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    due_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (match_id)
);

CREATE INDEX ix_cases_queue ON cases (period, route, status);
