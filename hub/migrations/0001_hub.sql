-- The district hub's schema, written once for SQLite and PostgreSQL.
-- Times are BIGINT Unix milliseconds; hashes are lower-case hex TEXT;
-- binary columns are spelled BYTEA and become BLOB on SQLite (hub/migrate.go).
-- Statements are separated by a semicolon at the end of a line.

CREATE TABLE stations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    public_key  BYTEA,          -- ed25519, NULL until the station registers it
    secret_hash TEXT,           -- SHA-256 of the one-time enrollment secret, NULL once used
    enrolled_at BIGINT NOT NULL, -- hub clock
    key_at      BIGINT,          -- hub clock when the key was registered
    disabled    BIGINT NOT NULL DEFAULT 0
);

-- One row per station, kept current by Ingest and ReportBacklog, so the
-- district view reads a few hundred rows instead of scanning records.
CREATE TABLE station_status (
    station         TEXT PRIMARY KEY REFERENCES stations (id),
    last_success_at BIGINT,          -- hub clock of the last accepted batch (new or already received)
    last_contact_at BIGINT,          -- hub clock of any authenticated contact
    last_batch      BIGINT NOT NULL DEFAULT 0,
    max_seq         BIGINT NOT NULL DEFAULT 0,
    backlog         BIGINT NOT NULL DEFAULT -1, -- records waiting on the station, -1 unknown
    backlog_at      BIGINT,
    clock_offset_ms BIGINT           -- station clock minus hub clock at the last contact
);

CREATE TABLE batches (
    station         TEXT NOT NULL REFERENCES stations (id),
    number          BIGINT NOT NULL,
    sha256          TEXT NOT NULL,
    first_seq       BIGINT NOT NULL,
    last_seq        BIGINT NOT NULL,
    count           BIGINT NOT NULL,
    station_clock   BIGINT NOT NULL,
    received_at     BIGINT NOT NULL,
    clock_offset_ms BIGINT NOT NULL,
    version         TEXT NOT NULL,
    raw             BYTEA,
    PRIMARY KEY (station, number)
);

CREATE TABLE records (
    station     TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    seq         BIGINT NOT NULL,
    kind        TEXT NOT NULL,
    entity      TEXT NOT NULL,
    at          BIGINT NOT NULL, -- station clock
    payload     TEXT NOT NULL,
    batch       BIGINT NOT NULL,
    received_at BIGINT NOT NULL, -- hub clock
    PRIMARY KEY (station, event_id)
);
CREATE INDEX records_station_seq ON records (station, seq);
CREATE INDEX records_station_received ON records (station, received_at);
CREATE INDEX records_at ON records (at);

-- Every refused batch number (409) and every record ID offered again with
-- other content: evidence for whoever investigates, never applied.
CREATE TABLE conflicts (
    station       TEXT NOT NULL,
    batch         BIGINT NOT NULL,
    event_id      TEXT NOT NULL DEFAULT '', -- empty for a whole-batch conflict
    existing_hash TEXT NOT NULL,
    offered_hash  TEXT NOT NULL,
    at            BIGINT NOT NULL -- hub clock
);
CREATE INDEX conflicts_station ON conflicts (station, at);
