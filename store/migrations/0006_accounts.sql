-- Station accounts for the SSH hall (queue/accounts) and the audit trail of
-- every clerk and admin action (store/audit.go). Times are Unix
-- milliseconds (station clock).

CREATE TABLE accounts (
    name         TEXT PRIMARY KEY,              -- login name: a-z, 0-9, . _ -
    full_name    TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL CHECK (role IN ('kiosk', 'board', 'clerk', 'admin', 'rating')),
    counter      INTEGER NOT NULL DEFAULT 0,    -- 0 = chosen at login
    password     TEXT NOT NULL DEFAULT '',      -- argon2id PHC string; '' = no password
    disabled     INTEGER NOT NULL DEFAULT 0,
    failures     INTEGER NOT NULL DEFAULT 0,    -- wrong passwords in a row
    locked_until INTEGER NOT NULL DEFAULT 0,    -- no login before this time
    created_at   INTEGER NOT NULL
);

-- Authorized public keys, one authorized_keys line each.
CREATE TABLE account_keys (
    account     TEXT NOT NULL REFERENCES accounts (name) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,                  -- SHA256:… as ssh-keygen -l shows it
    line        TEXT NOT NULL,
    added_at    INTEGER NOT NULL,
    PRIMARY KEY (account, fingerprint)
) WITHOUT ROWID;

-- Who did what, at which counter, when. Written in the same transaction
-- as the change it records, and sent to the hub as audit.recorded.
CREATE TABLE audit (
    seq     INTEGER PRIMARY KEY,
    id      TEXT NOT NULL,                      -- random UUID, as in the outbox event
    at      INTEGER NOT NULL,
    account TEXT NOT NULL DEFAULT '',           -- '' = at the station PC
    counter INTEGER NOT NULL DEFAULT 0,         -- 0 = no counter
    action  TEXT NOT NULL,                      -- ticket.call, account.login, …
    detail  TEXT NOT NULL DEFAULT '',
    remote  TEXT NOT NULL DEFAULT ''
);
-- No index on at: every call and finish writes a row here, and an index
-- page more per transaction costs more than the admin's occasional scan;
-- rows are in the order they were recorded, so the newest come first by
-- seq without sorting.
