-- Store-and-forward to the district hub (docs/SYNC.md). Times are Unix
-- milliseconds (station clock).

-- Who this station is to the hub; one row, filled at enrollment.
CREATE TABLE sync_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    station       TEXT NOT NULL DEFAULT '', -- station ID the hub knows it by
    station_key   TEXT NOT NULL DEFAULT '', -- ed25519 private key, motcua-station-key:…
    hub_recipient TEXT NOT NULL DEFAULT ''  -- the hub's age X25519 recipient, age1…
);
INSERT INTO sync_state (id) VALUES (1);

-- Every batch ever sealed. A number is bound to its range and bytes the
-- first time it is sealed and never re-sealed: age encrypts with a fresh
-- key each time, so a resend after a crash sends these stored bytes and the
-- hub sees the same number with the same hash. Ranges follow each other:
-- first_seq of batch n+1 is after last_seq of batch n.
CREATE TABLE sync_batches (
    number    INTEGER PRIMARY KEY,
    first_seq INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL,
    records   INTEGER NOT NULL,
    sha256    TEXT NOT NULL,    -- of the encrypted payload, as in the manifest
    sealed_at INTEGER NOT NULL,
    bytes     BLOB NOT NULL,    -- the whole batch as sent
    acked_at  INTEGER           -- NULL until the hub confirmed it holds it
);
