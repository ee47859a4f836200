-- PostgreSQL: the core records of the pipeline: partners and keys, deliveries and their chunks,
-- signals, matches, routing inputs and cases, plus the inbox and outbox that make consumers idempotent.

CREATE TABLE partners (
    id uuid NOT NULL PRIMARY KEY,
    name varchar(200) NOT NULL,
    type varchar(40) NOT NULL,
    cost_types varchar(200) NOT NULL,
    contact_name varchar(200) NULL,
    contact_email varchar(320) NULL,
    created_at timestamptz NOT NULL,
    UNIQUE (name)
);

CREATE TABLE api_keys (
    id uuid NOT NULL PRIMARY KEY,
    partner_id uuid NOT NULL REFERENCES partners (id),
    prefix varchar(16) NOT NULL,
    key_hash varchar(64) NOT NULL,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz NULL,
    last_used_at timestamptz NULL,
    UNIQUE (key_hash)
);

CREATE INDEX ix_api_keys_partner ON api_keys (partner_id);

CREATE TABLE deliveries (
    id uuid NOT NULL PRIMARY KEY,
    partner_id uuid NOT NULL REFERENCES partners (id),
    period varchar(7) NOT NULL,
    sha256 varchar(64) NOT NULL,
    source varchar(16) NOT NULL,
    file_name varchar(260) NULL,
    status varchar(16) NOT NULL,
    received_at timestamptz NOT NULL,
    completed_at timestamptz NULL,
    byte_count bigint NOT NULL,
    encoding varchar(32) NULL,
    delimiter varchar(8) NULL,
    header text NULL,
    warnings text NULL,
    rows_read integer NOT NULL,
    rows_accepted integer NOT NULL,
    rows_rejected integer NOT NULL,
    chunk_count integer NOT NULL,
    chunks_done integer NOT NULL,
    error_code varchar(64) NULL,
    error_message varchar(1000) NULL,
    UNIQUE (partner_id, period, sha256)
);

CREATE INDEX ix_deliveries_period ON deliveries (period, partner_id);

CREATE TABLE delivery_files (
    delivery_id uuid NOT NULL REFERENCES deliveries (id),
    seq integer NOT NULL,
    content bytea NOT NULL,
    PRIMARY KEY (delivery_id, seq)
);

CREATE TABLE delivery_chunks (
    delivery_id uuid NOT NULL REFERENCES deliveries (id),
    seq integer NOT NULL,
    record_count integer NOT NULL,
    content text NOT NULL,
    PRIMARY KEY (delivery_id, seq)
);

CREATE TABLE delivery_errors (
    id uuid NOT NULL PRIMARY KEY,
    delivery_id uuid NOT NULL REFERENCES deliveries (id),
    line integer NOT NULL,
    column_name varchar(64) NULL,
    code varchar(64) NOT NULL,
    reason varchar(1000) NOT NULL
);

CREATE INDEX ix_delivery_errors_delivery ON delivery_errors (delivery_id, line);

CREATE TABLE inbox (
    consumer varchar(100) NOT NULL,
    message_key varchar(200) NOT NULL,
    processed_at timestamptz NOT NULL,
    PRIMARY KEY (consumer, message_key)
);

CREATE TABLE outbox (
    id uuid NOT NULL PRIMARY KEY,
    message_type varchar(200) NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL,
    published_at timestamptz NULL
);

CREATE INDEX ix_outbox_unpublished ON outbox (published_at, created_at);

CREATE TABLE signals (
    id uuid NOT NULL PRIMARY KEY,
    delivery_id uuid NOT NULL REFERENCES deliveries (id),
    partner_id uuid NOT NULL REFERENCES partners (id),
    period varchar(7) NOT NULL,
    line integer NOT NULL,
    reference varchar(100) NOT NULL,
    kind varchar(16) NOT NULL,
    cost_type varchar(32) NOT NULL,
    surname varchar(200) NOT NULL,
    prefix varchar(40) NULL,
    initials varchar(40) NULL,
    first_names varchar(200) NULL,
    birth_date date NULL,
    street varchar(200) NULL,
    house_number integer NOT NULL,
    house_letter varchar(1) NULL,
    addition varchar(4) NULL,
    postcode varchar(6) NOT NULL,
    address_key varchar(40) NOT NULL,
    city varchar(100) NULL,
    phone varchar(40) NULL,
    email varchar(320) NULL,
    amount numeric(12,2) NULL,
    arrears_since date NULL,
    unpaid_terms integer NULL,
    collection_stage varchar(32) NULL,
    collection_stage_date date NULL,
    crisis boolean NOT NULL,
    warm_handover boolean NOT NULL,
    remark varchar(1000) NULL,
    status varchar(16) NOT NULL,
    status_reason varchar(200) NULL,
    status_at timestamptz NULL,
    superseded_by uuid NULL,
    match_id uuid NULL,
    chunk_seq integer NOT NULL,
    created_at timestamptz NOT NULL,
    UNIQUE (delivery_id, reference)
);

CREATE INDEX ix_signals_address ON signals (period, address_key);

CREATE INDEX ix_signals_partner_ref ON signals (partner_id, period, reference);

CREATE INDEX ix_signals_chunk ON signals (delivery_id, chunk_seq);

CREATE INDEX ix_signals_match ON signals (match_id);

CREATE TABLE matches (
    id uuid NOT NULL PRIMARY KEY,
    period varchar(7) NOT NULL,
    address_key varchar(40) NOT NULL,
    postcode varchar(6) NOT NULL,
    house_number integer NOT NULL,
    house_letter varchar(1) NULL,
    addition varchar(4) NULL,
    street varchar(200) NULL,
    city varchar(100) NULL,
    status varchar(32) NOT NULL,
    priority_class varchar(16) NOT NULL,
    priority_score integer NOT NULL,
    reasons text NOT NULL,
    signal_count integer NOT NULL,
    partner_count integer NOT NULL,
    cost_types varchar(200) NOT NULL,
    multiple_arrears boolean NOT NULL,
    actionable boolean NOT NULL,
    recidivist_of uuid NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    UNIQUE (period, address_key)
);

CREATE INDEX ix_matches_queue ON matches (period, status, priority_score);

CREATE TABLE match_events (
    id uuid NOT NULL PRIMARY KEY,
    match_id uuid NOT NULL REFERENCES matches (id),
    at timestamptz NOT NULL,
    event varchar(32) NOT NULL,
    signal_id uuid NULL,
    reason varchar(400) NOT NULL
);

CREATE INDEX ix_match_events_match ON match_events (match_id, at);

CREATE TABLE areas (
    id uuid NOT NULL PRIMARY KEY,
    postcode_from varchar(6) NOT NULL,
    postcode_to varchar(6) NOT NULL,
    team varchar(100) NOT NULL
);

CREATE INDEX ix_areas_range ON areas (postcode_from, postcode_to);

CREATE TABLE sdv_clients (
    id uuid NOT NULL PRIMARY KEY,
    case_reference varchar(100) NOT NULL,
    surname varchar(200) NOT NULL,
    birth_date date NULL,
    address_key varchar(40) NOT NULL,
    caseworker varchar(200) NULL,
    imported_at timestamptz NOT NULL,
    UNIQUE (case_reference)
);

CREATE INDEX ix_sdv_clients_address ON sdv_clients (address_key);

CREATE TABLE cases (
    id uuid NOT NULL PRIMARY KEY,
    match_id uuid NOT NULL REFERENCES matches (id),
    period varchar(7) NOT NULL,
    route varchar(16) NOT NULL,
    team varchar(100) NULL,
    assigned_to varchar(200) NULL,
    status varchar(32) NOT NULL,
    route_reason varchar(400) NOT NULL,
    decided_by varchar(200) NOT NULL,
    due_date date NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    UNIQUE (match_id)
);

CREATE INDEX ix_cases_queue ON cases (period, route, status);
