-- The station: settings, services, counters, priority groups, tickets, the
-- transactional outbox and the revision counter that screens watch.
-- Times are Unix milliseconds (station clock); days are local YYYY-MM-DD.
-- Every index is a page written by every ticket's transaction: only those
-- a query needs are here (UNIQUE (day, display) also serves "by day").

CREATE TABLE revision (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO revision (id, n) VALUES (1, 0);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE services (
    code          TEXT PRIMARY KEY,
    prefix        TEXT NOT NULL UNIQUE,
    name_vi       TEXT NOT NULL,
    name_en       TEXT NOT NULL,
    position      INTEGER NOT NULL,
    -- mean service time assumed until real ones are measured
    default_service_seconds INTEGER NOT NULL DEFAULT 300
);

CREATE TABLE priority_groups (
    code     TEXT PRIMARY KEY,
    name_vi  TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE tickets (
    id             TEXT PRIMARY KEY,
    day            TEXT NOT NULL,
    number         INTEGER NOT NULL,
    display        TEXT NOT NULL,
    service        TEXT NOT NULL REFERENCES services (code),
    priority       TEXT NOT NULL DEFAULT '',          -- '' = no priority group
    status         TEXT NOT NULL CHECK (status IN ('waiting', 'serving', 'done', 'no_show', 'expired')),
    issued_at      INTEGER NOT NULL,
    queued_at      INTEGER NOT NULL,                  -- place in line; a transfer keeps it
    target_counter INTEGER,                           -- set when transferred to one counter
    counter        INTEGER,                           -- counter serving or last served
    called_at      INTEGER,
    recalls        INTEGER NOT NULL DEFAULT 0,
    transfers      INTEGER NOT NULL DEFAULT 0,
    finished_at    INTEGER,
    outcome        TEXT NOT NULL DEFAULT '',
    -- display is unique in a day; (service, number) is not, because a
    -- transfer moves a ticket to another service's line with its number
    UNIQUE (day, display)
);
CREATE INDEX tickets_waiting ON tickets (status, day, queued_at); -- the line of a day, in order
CREATE INDEX tickets_service_finished ON tickets (service, finished_at) WHERE status = 'done';

CREATE TABLE ticket_numbers (
    day     TEXT NOT NULL,
    service TEXT NOT NULL,
    last    INTEGER NOT NULL,
    PRIMARY KEY (day, service)
);

-- Every transition of every ticket, with its time: the history reports use.
CREATE TABLE ticket_events (
    id      INTEGER PRIMARY KEY,
    ticket  TEXT NOT NULL REFERENCES tickets (id),
    at      INTEGER NOT NULL,
    kind    TEXT NOT NULL,
    counter INTEGER,
    detail  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket);

CREATE TABLE counters (
    number         INTEGER PRIMARY KEY,
    clerk          TEXT NOT NULL DEFAULT '',
    state          TEXT NOT NULL DEFAULT 'closed' CHECK (state IN ('closed', 'open', 'paused')),
    pause_reason   TEXT NOT NULL DEFAULT '',
    state_since    INTEGER,
    current_ticket TEXT REFERENCES tickets (id),
    -- consecutive priority calls here that passed a waiting regular ticket
    priority_run   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE counter_services (
    counter INTEGER NOT NULL REFERENCES counters (number) ON DELETE CASCADE,
    service TEXT NOT NULL REFERENCES services (code) ON DELETE CASCADE,
    PRIMARY KEY (counter, service)
);

-- The transactional outbox: written in the same transaction as the change
-- it records; read in seq order by the sync to the district hub.
CREATE TABLE outbox (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    id      TEXT NOT NULL,                -- random UUID: unique without an index
    at      INTEGER NOT NULL,
    kind    TEXT NOT NULL,
    entity  TEXT NOT NULL,
    payload TEXT NOT NULL
);
