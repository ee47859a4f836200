-- SQL Server: the core records of the pipeline: partners and keys, deliveries and their chunks,
-- signals, matches, routing inputs and cases, plus the inbox and outbox that make consumers idempotent.

CREATE TABLE partners (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    name nvarchar(200) NOT NULL,
    type nvarchar(40) NOT NULL,
    cost_types nvarchar(200) NOT NULL,
    contact_name nvarchar(200) NULL,
    contact_email nvarchar(320) NULL,
    created_at datetime2 NOT NULL,
    UNIQUE (name)
);

GO

CREATE TABLE api_keys (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    partner_id uniqueidentifier NOT NULL REFERENCES partners (id),
    prefix nvarchar(16) NOT NULL,
    key_hash nvarchar(64) NOT NULL,
    created_at datetime2 NOT NULL,
    revoked_at datetime2 NULL,
    last_used_at datetime2 NULL,
    UNIQUE (key_hash)
);

CREATE INDEX ix_api_keys_partner ON api_keys (partner_id);

GO

CREATE TABLE deliveries (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    partner_id uniqueidentifier NOT NULL REFERENCES partners (id),
    period nvarchar(7) NOT NULL,
    sha256 nvarchar(64) NOT NULL,
    source nvarchar(16) NOT NULL,
    file_name nvarchar(260) NULL,
    status nvarchar(16) NOT NULL,
    received_at datetime2 NOT NULL,
    completed_at datetime2 NULL,
    byte_count bigint NOT NULL,
    encoding nvarchar(32) NULL,
    delimiter nvarchar(8) NULL,
    header nvarchar(max) NULL,
    warnings nvarchar(max) NULL,
    rows_read int NOT NULL,
    rows_accepted int NOT NULL,
    rows_rejected int NOT NULL,
    chunk_count int NOT NULL,
    chunks_done int NOT NULL,
    error_code nvarchar(64) NULL,
    error_message nvarchar(1000) NULL,
    UNIQUE (partner_id, period, sha256)
);

CREATE INDEX ix_deliveries_period ON deliveries (period, partner_id);

GO

CREATE TABLE delivery_files (
    delivery_id uniqueidentifier NOT NULL REFERENCES deliveries (id),
    seq int NOT NULL,
    content varbinary(max) NOT NULL,
    PRIMARY KEY (delivery_id, seq)
);

GO

CREATE TABLE delivery_chunks (
    delivery_id uniqueidentifier NOT NULL REFERENCES deliveries (id),
    seq int NOT NULL,
    record_count int NOT NULL,
    content nvarchar(max) NOT NULL,
    PRIMARY KEY (delivery_id, seq)
);

GO

CREATE TABLE delivery_errors (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    delivery_id uniqueidentifier NOT NULL REFERENCES deliveries (id),
    line int NOT NULL,
    column_name nvarchar(64) NULL,
    code nvarchar(64) NOT NULL,
    reason nvarchar(1000) NOT NULL
);

CREATE INDEX ix_delivery_errors_delivery ON delivery_errors (delivery_id, line);

GO

CREATE TABLE inbox (
    consumer nvarchar(100) NOT NULL,
    message_key nvarchar(200) NOT NULL,
    processed_at datetime2 NOT NULL,
    PRIMARY KEY (consumer, message_key)
);

GO

CREATE TABLE outbox (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    message_type nvarchar(200) NOT NULL,
    body nvarchar(max) NOT NULL,
    created_at datetime2 NOT NULL,
    published_at datetime2 NULL
);

CREATE INDEX ix_outbox_unpublished ON outbox (published_at, created_at);

GO

CREATE TABLE signals (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    delivery_id uniqueidentifier NOT NULL REFERENCES deliveries (id),
    partner_id uniqueidentifier NOT NULL REFERENCES partners (id),
    period nvarchar(7) NOT NULL,
    line int NOT NULL,
    reference nvarchar(100) NOT NULL,
    kind nvarchar(16) NOT NULL,
    cost_type nvarchar(32) NOT NULL,
    surname nvarchar(200) NOT NULL,
    prefix nvarchar(40) NULL,
    initials nvarchar(40) NULL,
    first_names nvarchar(200) NULL,
    birth_date date NULL,
    street nvarchar(200) NULL,
    house_number int NOT NULL,
    house_letter nvarchar(1) NULL,
    addition nvarchar(4) NULL,
    postcode nvarchar(6) NOT NULL,
    address_key nvarchar(40) NOT NULL,
    city nvarchar(100) NULL,
    phone nvarchar(40) NULL,
    email nvarchar(320) NULL,
    amount decimal(12,2) NULL,
    arrears_since date NULL,
    unpaid_terms int NULL,
    collection_stage nvarchar(32) NULL,
    collection_stage_date date NULL,
    crisis bit NOT NULL,
    warm_handover bit NOT NULL,
    remark nvarchar(1000) NULL,
    status nvarchar(16) NOT NULL,
    status_reason nvarchar(200) NULL,
    status_at datetime2 NULL,
    superseded_by uniqueidentifier NULL,
    match_id uniqueidentifier NULL,
    chunk_seq int NOT NULL,
    created_at datetime2 NOT NULL,
    UNIQUE (delivery_id, reference)
);

CREATE INDEX ix_signals_address ON signals (period, address_key);

CREATE INDEX ix_signals_partner_ref ON signals (partner_id, period, reference);

CREATE INDEX ix_signals_chunk ON signals (delivery_id, chunk_seq);

CREATE INDEX ix_signals_match ON signals (match_id);

GO

CREATE TABLE matches (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    period nvarchar(7) NOT NULL,
    address_key nvarchar(40) NOT NULL,
    postcode nvarchar(6) NOT NULL,
    house_number int NOT NULL,
    house_letter nvarchar(1) NULL,
    addition nvarchar(4) NULL,
    street nvarchar(200) NULL,
    city nvarchar(100) NULL,
    status nvarchar(32) NOT NULL,
    priority_class nvarchar(16) NOT NULL,
    priority_score int NOT NULL,
    reasons nvarchar(max) NOT NULL,
    signal_count int NOT NULL,
    partner_count int NOT NULL,
    cost_types nvarchar(200) NOT NULL,
    multiple_arrears bit NOT NULL,
    actionable bit NOT NULL,
    recidivist_of uniqueidentifier NULL,
    created_at datetime2 NOT NULL,
    updated_at datetime2 NOT NULL,
    UNIQUE (period, address_key)
);

CREATE INDEX ix_matches_queue ON matches (period, status, priority_score);

GO

CREATE TABLE match_events (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    match_id uniqueidentifier NOT NULL REFERENCES matches (id),
    at datetime2 NOT NULL,
    event nvarchar(32) NOT NULL,
    signal_id uniqueidentifier NULL,
    reason nvarchar(400) NOT NULL
);

CREATE INDEX ix_match_events_match ON match_events (match_id, at);

GO

CREATE TABLE areas (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    postcode_from nvarchar(6) NOT NULL,
    postcode_to nvarchar(6) NOT NULL,
    team nvarchar(100) NOT NULL
);

CREATE INDEX ix_areas_range ON areas (postcode_from, postcode_to);

GO

CREATE TABLE sdv_clients (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    case_reference nvarchar(100) NOT NULL,
    surname nvarchar(200) NOT NULL,
    birth_date date NULL,
    address_key nvarchar(40) NOT NULL,
    caseworker nvarchar(200) NULL,
    imported_at datetime2 NOT NULL,
    UNIQUE (case_reference)
);

CREATE INDEX ix_sdv_clients_address ON sdv_clients (address_key);

GO

CREATE TABLE cases (
    id uniqueidentifier NOT NULL PRIMARY KEY,
    match_id uniqueidentifier NOT NULL REFERENCES matches (id),
    period nvarchar(7) NOT NULL,
    route nvarchar(16) NOT NULL,
    team nvarchar(100) NULL,
    assigned_to nvarchar(200) NULL,
    status nvarchar(32) NOT NULL,
    route_reason nvarchar(400) NOT NULL,
    decided_by nvarchar(200) NOT NULL,
    due_date date NOT NULL,
    created_at datetime2 NOT NULL,
    updated_at datetime2 NOT NULL,
    UNIQUE (match_id)
);

CREATE INDEX ix_cases_queue ON cases (period, route, status);

GO
