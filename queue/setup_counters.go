package queue

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"motcua/store"
)

// checkCounter reads a counter as an admin typed it: a number from 1 to
// MaxCounter, an optional clerk name and the codes of the services it
// serves (each once, in the order given).
func checkCounter(c Counter) (Counter, error) {
	if c.Number < 1 || c.Number > MaxCounter {
		return c, setupErr("settings.err.number", fmt.Sprint(c.Number), 1, MaxCounter)
	}
	var err error
	if c.Clerk, err = checkText(c.Clerk, MaxNameLen, false); err != nil {
		return c, err
	}
	seen := map[string]bool{}
	var svcs []string
	for _, code := range c.Services {
		if !seen[code] {
			seen[code] = true
			svcs = append(svcs, code)
		}
	}
	c.Services = svcs
	return c, nil
}

// AddCounter adds a closed counter with its clerk and services.
func (s *Station) AddCounter(ctx context.Context, c Counter) error {
	c, err := checkCounter(c)
	if err != nil {
		return err
	}
	detail := fmt.Sprintf("counter.add %d %s", c.Number, strings.Join(c.Services, ","))
	return s.change(ctx, detail, func(tx *store.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM counters WHERE number = ?`, c.Number).Scan(&n); err != nil {
			return fmt.Errorf("add counter %d: %w", c.Number, err)
		}
		if n > 0 {
			return setupErr("settings.err.counter_taken", c.Number)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO counters (number, clerk) VALUES (?, ?)`, c.Number, c.Clerk); err != nil {
			return fmt.Errorf("add counter %d: %w", c.Number, err)
		}
		return writeCounterServices(ctx, tx, c)
	})
}

// UpdateCounter sets the clerk and the services of counter c.Number. A
// change that would leave citizens waiting for a service that no counter
// serves any more is refused.
func (s *Station) UpdateCounter(ctx context.Context, c Counter) error {
	c, err := checkCounter(c)
	if err != nil {
		return err
	}
	detail := fmt.Sprintf("counter.update %d %s", c.Number, strings.Join(c.Services, ","))
	return s.change(ctx, detail, func(tx *store.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE counters SET clerk = ? WHERE number = ?`, c.Clerk, c.Number)
		if err != nil {
			return fmt.Errorf("update counter %d: %w", c.Number, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("update counter %d: %w", c.Number, ErrUnknownCounter)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM counter_services WHERE counter = ?`, c.Number); err != nil {
			return fmt.Errorf("update counter %d: %w", c.Number, err)
		}
		if err := writeCounterServices(ctx, tx, c); err != nil {
			return err
		}
		return s.checkEveryLineServed(ctx, tx)
	})
}

// RemoveCounter removes a counter. It must be closed, and no citizen may
// wait for it alone (a ticket transferred to it) or for a service only it
// serves.
func (s *Station) RemoveCounter(ctx context.Context, number int) error {
	return s.change(ctx, fmt.Sprintf("counter.remove %d", number), func(tx *store.Tx) error {
		var state string
		var cur sql.NullString
		err := tx.QueryRowContext(ctx, `SELECT state, current_ticket FROM counters WHERE number = ?`, number).Scan(&state, &cur)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("remove counter %d: %w", number, ErrUnknownCounter)
		}
		if err != nil {
			return fmt.Errorf("remove counter %d: %w", number, err)
		}
		if state != string(Closed) || cur.Valid {
			return setupErr("settings.err.counter_open", number)
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM tickets WHERE status = 'waiting' AND day = ? AND target_counter = ?`,
			store.Day(s.clock.Now()), number).Scan(&n); err != nil {
			return fmt.Errorf("remove counter %d: %w", number, err)
		}
		if n > 0 {
			return setupErr("settings.err.counter_has_transfers", number, n)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM counter_services WHERE counter = ?`, number); err != nil {
			return fmt.Errorf("remove counter %d: %w", number, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM counters WHERE number = ?`, number); err != nil {
			return fmt.Errorf("remove counter %d: %w", number, err)
		}
		return s.checkEveryLineServed(ctx, tx)
	})
}

func writeCounterServices(ctx context.Context, tx *store.Tx, c Counter) error {
	for _, code := range c.Services {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM services WHERE code = ?`, code).Scan(&n); err != nil {
			return fmt.Errorf("counter %d service %s: %w", c.Number, code, err)
		}
		if n == 0 {
			return fmt.Errorf("counter %d service %s: %w", c.Number, code, ErrUnknownService)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO counter_services (counter, service) VALUES (?, ?)`, c.Number, code); err != nil {
			return fmt.Errorf("counter %d service %s: %w", c.Number, code, err)
		}
	}
	return nil
}

// checkEveryLineServed refuses a state where citizens wait today for a
// service that no counter serves: nobody could ever call them.
func (s *Station) checkEveryLineServed(ctx context.Context, tx *store.Tx) error {
	var name string
	var n int
	err := tx.QueryRowContext(ctx, `SELECT s.name_vi, count(*) FROM tickets t JOIN services s ON s.code = t.service
		WHERE t.status = 'waiting' AND t.day = ? AND coalesce(t.target_counter, 0) = 0
		AND NOT EXISTS (SELECT 1 FROM counter_services cs WHERE cs.service = t.service)
		GROUP BY s.code ORDER BY s.position LIMIT 1`, store.Day(s.clock.Now())).Scan(&name, &n)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("check served services: %w", err)
	}
	return setupErr("settings.err.service_unserved", name, n)
}
