package queue

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"motcua/store"
	"strings"
)

// counterRow is a counter as a write transaction sees it.
type counterRow struct {
	Counter
	run       int
	currentID string
}

func loadCounter(ctx context.Context, tx *store.Tx, n int) (counterRow, error) {
	var c counterRow
	var since sql.NullInt64
	var current sql.NullString
	var state string
	err := tx.QueryRowContext(ctx,
		`SELECT number, clerk, state, pause_reason, state_since, current_ticket, priority_run FROM counters WHERE number = ?`, n).
		Scan(&c.Number, &c.Clerk, &state, &c.PauseReason, &since, &current, &c.run)
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrUnknownCounter
	}
	if err != nil {
		return c, fmt.Errorf("read counter %d: %w", n, err)
	}
	c.State, c.StateSince, c.currentID = CounterState(state), fromMS(since), current.String
	return c, nil
}

// withServices loads the services the counter serves: only calls need
// them, so the other actions skip the query.
func (c counterRow) withServices(ctx context.Context, tx *store.Tx) (counterRow, error) {
	rows, err := tx.QueryContext(ctx, `SELECT service FROM counter_services WHERE counter = ? ORDER BY service`, c.Number)
	if err != nil {
		return c, fmt.Errorf("read services of counter %d: %w", c.Number, err)
	}
	defer rows.Close()
	for rows.Next() {
		var sv string
		if err := rows.Scan(&sv); err != nil {
			return c, err
		}
		c.Services = append(c.Services, sv)
	}
	return c, rows.Err()
}

// readyToCall checks that a counter may call a new ticket.
func (c counterRow) readyToCall() error {
	switch {
	case c.State == Closed:
		return ErrCounterClosed
	case c.State == Paused:
		return ErrCounterPaused
	case c.currentID != "":
		return ErrCounterBusy
	}
	return nil
}

// eligibleClause selects the waiting tickets of a day that a counter may
// call: those transferred to it, and those of its services not transferred
// to another counter.
func eligibleClause(c counterRow) (string, []any) {
	args := []any{c.Number}
	marks := make([]string, len(c.Services))
	for i, sv := range c.Services {
		marks[i] = "?"
		args = append(args, sv)
	}
	clause := `(target_counter = ?`
	if len(c.Services) > 0 {
		clause += ` OR (target_counter IS NULL AND service IN (` + strings.Join(marks, ",") + `))`
	}
	return clause + `)`, args
}

// current returns the ticket a counter is serving.
func (c counterRow) current(ctx context.Context, tx *store.Tx) (Ticket, error) {
	if c.currentID == "" {
		return Ticket{}, ErrNoCurrent
	}
	return ticketByID(ctx, tx, c.currentID)
}

func setCurrent(ctx context.Context, tx *store.Tx, counter int, ticketID string, run int) error {
	var cur any
	if ticketID != "" {
		cur = ticketID
	}
	_, err := tx.ExecContext(ctx, `UPDATE counters SET current_ticket = ?, priority_run = ? WHERE number = ?`, cur, run, counter)
	if err != nil {
		return fmt.Errorf("update counter %d: %w", counter, err)
	}
	return nil
}
