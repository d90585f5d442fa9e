-- Citizen satisfaction ratings (queue/rating.go). A rating must never be
-- tied to a citizen, so it is kept apart from the ticket it rates:
--
--   ratings        the anonymous facts reports count: day, hour, service,
--                  counter, level, reason; its own random ID, no ticket.
--   rated_tickets  which tickets were rated (one rating per ticket), with
--                  no link to the rating row.
--
-- Both are WITHOUT ROWID tables, stored in the order of their random
-- primary keys, so not even the order rows were written in pairs a
-- rating with a ticket.

CREATE TABLE rating_reasons (
    code     TEXT PRIMARY KEY,   -- its words are rating.reason.<code> in the translation table
    position INTEGER NOT NULL
);
INSERT INTO rating_reasons (code, position) VALUES
    ('long_wait', 1), ('attitude', 2), ('unclear', 3), ('other', 4);

CREATE TABLE ratings (
    id      TEXT PRIMARY KEY,    -- random UUID
    day     TEXT NOT NULL,       -- local YYYY-MM-DD
    hour    INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    service TEXT NOT NULL,
    counter INTEGER NOT NULL,
    level   TEXT NOT NULL CHECK (level IN ('very_satisfied', 'satisfied', 'unsatisfied')),
    reason  TEXT NOT NULL DEFAULT '', -- a rating_reasons code, only when unsatisfied
    -- 1 once counted in a day summary sent to the hub (rating.day_summary):
    -- single ratings never leave the station, so their order in the outbox
    -- cannot pair them with the ticket.finished event just before
    published INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX ratings_day ON ratings (day);
CREATE INDEX ratings_unpublished ON ratings (published, day);

CREATE TABLE rated_tickets (
    ticket_id TEXT PRIMARY KEY REFERENCES tickets (id)
) WITHOUT ROWID;
