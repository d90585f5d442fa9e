package queue

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"motcua/store"
)

// Issue gives a citizen a ticket for a service, in a priority group or none
// (""). The display number is the service prefix and the next number of the
// local day, taken in the same transaction that writes the ticket, so two
// kiosks issuing at the same instant, or a process killed mid-issue, never
// produce the same number twice.
func (s *Station) Issue(ctx context.Context, service, priority string) (Ticket, error) {
	now := s.clock.Now()
	t := Ticket{
		ID: store.NewID(), Day: store.Day(now), Service: service, Priority: priority,
		Status: Waiting, IssuedAt: now.In(store.Local), QueuedAt: now.In(store.Local),
	}
	err := s.db.Write(ctx, func(tx *store.Tx) error {
		var prefix string
		err := tx.QueryRowContext(ctx, `SELECT prefix FROM services WHERE code = ?`, service).Scan(&prefix)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrUnknownService
		}
		if err != nil {
			return err
		}
		if priority != "" {
			var one int
			err := tx.QueryRowContext(ctx, `SELECT 1 FROM priority_groups WHERE code = ?`, priority).Scan(&one)
			if errors.Is(err, sql.ErrNoRows) {
				return ErrUnknownGroup
			}
			if err != nil {
				return err
			}
		}
		if err := expireBefore(ctx, tx, t.Day, ms(now)); err != nil {
			return err
		}
		if err := publishRatings(ctx, tx, t.Day, ms(now)); err != nil {
			return err
		}
		err = tx.QueryRowContext(ctx, `INSERT INTO ticket_numbers (day, service, last) VALUES (?, ?, 1)
			ON CONFLICT (day, service) DO UPDATE SET last = last + 1 RETURNING last`, t.Day, service).Scan(&t.Number)
		if err != nil {
			return fmt.Errorf("next number: %w", err)
		}
		t.Display = fmt.Sprintf("%s%03d", prefix, t.Number)
		_, err = tx.ExecContext(ctx, `INSERT INTO tickets (id, day, number, display, service, priority, status, issued_at, queued_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			t.ID, t.Day, t.Number, t.Display, t.Service, t.Priority, t.Status, ms(now), ms(now))
		if err != nil {
			return fmt.Errorf("insert ticket: %w", err)
		}
		return record(ctx, tx, t, ms(now), "issued", 0, "")
	})
	if err != nil {
		return Ticket{}, fmt.Errorf("issue ticket for %s: %w", service, err)
	}
	return t, nil
}

// expireBefore closes the tickets of earlier days that were still waiting
// when their day ended (the hall closed), so they leave the line and the
// reports count them apart from no-shows. It runs with the first writes of
// a new day; on other writes it finds nothing.
func expireBefore(ctx context.Context, tx *store.Tx, day string, now int64) error {
	old, err := queryTickets(ctx, tx, `WHERE status = 'waiting' AND day < ?`, day)
	if err != nil {
		return fmt.Errorf("find tickets of earlier days: %w", err)
	}
	for _, t := range old {
		if _, err := tx.ExecContext(ctx, `UPDATE tickets SET status = 'expired', finished_at = ? WHERE id = ?`, now, t.ID); err != nil {
			return fmt.Errorf("expire %s of %s: %w", t.Display, t.Day, err)
		}
		t.Status, t.FinishedAt = Expired, fromMS(sql.NullInt64{Int64: now, Valid: true})
		if err := record(ctx, tx, t, now, "expired", 0, ""); err != nil {
			return err
		}
	}
	return nil
}
