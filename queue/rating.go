package queue

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"motcua/store"
)

// Level is how satisfied a citizen says they are with the service.
type Level string

// The three levels a citizen chooses from (Rất hài lòng, Hài lòng, Không
// hài lòng), in the order the rating screen offers them.
const (
	VerySatisfied Level = "very_satisfied"
	Satisfied     Level = "satisfied"
	Unsatisfied   Level = "unsatisfied"
)

// Levels lists the levels in the order the rating screen offers them.
var Levels = []Level{VerySatisfied, Satisfied, Unsatisfied}

// PendingWindow is how long after a ticket is finished its citizen may
// still be asked to rate it: they are still at the counter.
const PendingWindow = 2 * time.Minute

// Rating is one citizen's anonymous answer. It deliberately carries no
// ticket ID, name or ID number: only what the reports count. Hour is the
// local hour (0–23) the rating was given in, coarse enough not to point at
// one visit.
type Rating struct {
	ID      string
	Day     string
	Hour    int
	Service string
	Counter int
	Level   Level
	Reason  string // a reason code (RatingReasons), only when Unsatisfied
}

// Errors of rating.
var (
	ErrAlreadyRated  = errors.New("ticket was already rated")
	ErrNotRatable    = errors.New("only a ticket finished today can be rated")
	ErrUnknownLevel  = errors.New("unknown satisfaction level")
	ErrUnknownReason = errors.New("unknown reason, or a reason for a satisfied rating")
)

// Rate records a citizen's rating of a finished ticket of today, once.
//
// Anonymity is kept by the schema (store/migrations/0005_ratings.sql): the
// ratings row holds its own random ID, the day, the hour, the service, the
// counter, the level and the reason, and no ticket; the one-rating-per-
// ticket rule is kept by a separate rated_tickets marker with no link to
// the rating row. Both tables are WITHOUT ROWID so their storage order
// pairs nothing either. A single rating never enters the outbox: the
// ratings of a day go to the hub as counts per counter and service
// (rating.day_summary, see publishRatings) once the day is over.
func (s *Station) Rate(ctx context.Context, ticketID string, level Level, reason string) (Rating, error) {
	var r Rating
	if !slices.Contains(Levels, level) {
		return r, fmt.Errorf("rate: %w: %q", ErrUnknownLevel, level)
	}
	err := s.db.Write(ctx, func(tx *store.Tx) error {
		if reason != "" {
			if level != Unsatisfied {
				return ErrUnknownReason
			}
			var one int
			err := tx.QueryRowContext(ctx, `SELECT 1 FROM rating_reasons WHERE code = ?`, reason).Scan(&one)
			if errors.Is(err, sql.ErrNoRows) {
				return ErrUnknownReason
			}
			if err != nil {
				return err
			}
		}
		t, err := ticketByID(ctx, tx, ticketID)
		if errors.Is(err, ErrTicketNotFound) {
			return ErrNotRatable
		}
		if err != nil {
			return err
		}
		now := s.clock.Now().In(store.Local)
		if t.Status != Done || t.Day != store.Day(now) {
			return ErrNotRatable
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO rated_tickets (ticket_id) VALUES (?) ON CONFLICT DO NOTHING`, t.ID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return ErrAlreadyRated
		}
		r = Rating{ID: store.NewID(), Day: t.Day, Hour: now.Hour(), Service: t.Service, Counter: t.Counter, Level: level, Reason: reason}
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO ratings (id, day, hour, service, counter, level, reason) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			r.ID, r.Day, r.Hour, r.Service, r.Counter, r.Level, r.Reason); err != nil {
			return err
		}
		return publishRatings(ctx, tx, r.Day, ms(now))
	})
	if err != nil {
		return Rating{}, fmt.Errorf("rate ticket: %w", err)
	}
	return r, nil
}

// RatingReasons lists the reason codes an unsatisfied citizen may pick, in
// order. Their words are rating.reason.<code> in the translation table.
func (s *Station) RatingReasons(ctx context.Context) ([]string, error) {
	var out []string
	err := s.db.Read(ctx, func(tx *store.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT code FROM rating_reasons ORDER BY position, code`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c string
			if err := rows.Scan(&c); err != nil {
				return err
			}
			out = append(out, c)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read rating reasons: %w", err)
	}
	return out, nil
}
