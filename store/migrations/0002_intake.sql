-- Dossier intake: the holiday calendar, the procedure catalog, dossiers with
-- their daily and yearly numbering, their history, and form drafts.
-- Times are Unix milliseconds (station clock); days are local YYYY-MM-DD.

-- Days that differ from Monday-Friday: 'off' closes a weekday, 'workday'
-- opens a Saturday or Sunday (make-up day). Replaced whole by an import.
CREATE TABLE holidays (
    date   TEXT PRIMARY KEY,
    kind   TEXT NOT NULL CHECK (kind IN ('off', 'workday')),
    name   TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
);

-- The commune's catalog of procedures. id is the national code when there
-- is one, else the catalog's own key. Replaced whole by an import; dossiers
-- keep a copy of what they need, so replacing never changes a dossier.
CREATE TABLE procedures (
    id        TEXT PRIMARY KEY,
    code      TEXT NOT NULL DEFAULT '',
    position  INTEGER NOT NULL,
    name_vi   TEXT NOT NULL,
    name_en   TEXT NOT NULL DEFAULT '',
    field     TEXT NOT NULL DEFAULT '',
    service   TEXT NOT NULL,
    days      INTEGER NOT NULL CHECK (days >= 0),
    unit      TEXT NOT NULL CHECK (unit IN ('working_days', 'calendar_days')),
    fee_vnd   INTEGER,                    -- NULL: set by the province
    fee_note  TEXT NOT NULL DEFAULT '',
    documents TEXT NOT NULL DEFAULT '[]', -- JSON array of names
    note      TEXT NOT NULL DEFAULT '',
    source    TEXT NOT NULL DEFAULT ''
);

-- Last dossier sequence number of an agency's local day.
CREATE TABLE dossier_numbers (
    agency TEXT NOT NULL,
    day    TEXT NOT NULL,
    last   INTEGER NOT NULL,
    PRIMARY KEY (agency, day)
);

-- Last sequence number of each register book (one book per year).
CREATE TABLE register_numbers (
    book INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE dossiers (
    id              TEXT PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    lookup          TEXT NOT NULL UNIQUE,
    idempotency_key TEXT UNIQUE,          -- NULL when the form gave none
    content_hash    TEXT NOT NULL,        -- of the cleaned intake, for key reuse
    agency          TEXT NOT NULL,
    day             TEXT NOT NULL,
    seq             INTEGER NOT NULL,
    book            INTEGER NOT NULL,
    book_seq        INTEGER NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('received', 'processing', 'supplement',
                        'resolved', 'returned', 'mailed', 'refused')),
    procedure_id    TEXT NOT NULL,
    procedure_code  TEXT NOT NULL DEFAULT '',
    procedure_name  TEXT NOT NULL,
    procedure_name_en TEXT NOT NULL DEFAULT '',
    field           TEXT NOT NULL DEFAULT '',
    service         TEXT NOT NULL,
    days            INTEGER NOT NULL,
    unit            TEXT NOT NULL,
    citizen_name    TEXT NOT NULL,
    name_fold       TEXT NOT NULL,        -- lower case, no diacritics: search
    id_number       TEXT NOT NULL DEFAULT '',
    birth_date      TEXT NOT NULL DEFAULT '',
    gender          TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    documents       TEXT NOT NULL,        -- JSON [{name, kind, count}]
    sets            INTEGER NOT NULL,
    fee_vnd         INTEGER NOT NULL,
    return_method   TEXT NOT NULL CHECK (return_method IN ('counter', 'post')),
    postal_address  TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    ticket_id       TEXT NOT NULL DEFAULT '',
    counter         INTEGER NOT NULL DEFAULT 0,
    clerk           TEXT NOT NULL DEFAULT '',
    received_at     INTEGER NOT NULL,
    due_at          INTEGER NOT NULL,
    first_due_at    INTEGER NOT NULL,     -- the appointment of Mẫu 01
    supplements     INTEGER NOT NULL DEFAULT 0,
    apologies       INTEGER NOT NULL DEFAULT 0,
    resolved_at     INTEGER,
    finished_at     INTEGER,              -- returned, mailed or refused
    updated_at      INTEGER NOT NULL,
    UNIQUE (agency, day, seq),
    UNIQUE (book, book_seq)
);
CREATE INDEX dossiers_open_due ON dossiers (status, due_at);
CREATE INDEX dossiers_id_number ON dossiers (id_number);
CREATE INDEX dossiers_received ON dossiers (received_at);

-- Every transition of every dossier, with who did it and where.
CREATE TABLE dossier_events (
    id          INTEGER PRIMARY KEY,
    dossier     TEXT NOT NULL REFERENCES dossiers (id),
    at          INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    from_status TEXT NOT NULL DEFAULT '',
    to_status   TEXT NOT NULL,
    counter     INTEGER NOT NULL DEFAULT 0,
    clerk       TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '{}'  -- JSON: missing papers, due dates, confirmation
);
CREATE INDEX dossier_events_dossier ON dossier_events (dossier, id);
CREATE INDEX dossier_events_kind_at ON dossier_events (kind, at);

-- A half-filled intake form per counter, kept across crashes.
CREATE TABLE drafts (
    counter  INTEGER PRIMARY KEY,
    body     TEXT NOT NULL,
    saved_at INTEGER NOT NULL
);
