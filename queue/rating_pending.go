package queue

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"motcua/store"
)

// PendingRating is the ticket a counter finished last, if its citizen may
// still rate it: finished today within PendingWindow and not rated yet.
// Only the latest finished ticket counts; once the counter has finished
// another, the earlier citizen has left. ok is false when there is none.
func (s *Station) PendingRating(ctx context.Context, counter int) (t Ticket, ok bool, err error) {
	now := s.clock.Now()
	err = s.db.Read(ctx, func(tx *store.Tx) error {
		t, err = scanTicket(tx.QueryRowContext(ctx, `SELECT `+ticketColumns+` FROM tickets
			WHERE status = 'done' AND day = ? AND counter = ? ORDER BY finished_at DESC, rowid DESC LIMIT 1`,
			store.Day(now), counter))
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		if now.Sub(t.FinishedAt) > PendingWindow || t.FinishedAt.After(now) {
			return nil
		}
		var rated int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM rated_tickets WHERE ticket_id = ?`, t.ID).Scan(&rated); err != nil {
			return err
		}
		ok = rated == 0
		return nil
	})
	if err != nil {
		return Ticket{}, false, fmt.Errorf("pending rating at counter %d: %w", counter, err)
	}
	if !ok {
		return Ticket{}, false, nil
	}
	return t, true, nil
}

// Ratings lists the ratings given on the local days from to to (inclusive,
// YYYY-MM-DD), for reports.
func (s *Station) Ratings(ctx context.Context, from, to string) ([]Rating, error) {
	var out []Rating
	err := s.db.Read(ctx, func(tx *store.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, day, hour, service, counter, level, reason FROM ratings
			WHERE day BETWEEN ? AND ? ORDER BY day, hour, counter, id`, from, to)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r Rating
			if err := rows.Scan(&r.ID, &r.Day, &r.Hour, &r.Service, &r.Counter, &r.Level, &r.Reason); err != nil {
				return err
			}
			out = append(out, r)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read ratings %s..%s: %w", from, to, err)
	}
	return out, nil
}
