package queue

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"motcua/store"
)

const ticketColumns = `id, day, number, display, service, priority, status, issued_at, queued_at,
	target_counter, counter, called_at, recalls, transfers, finished_at, outcome`

type rowScanner interface{ Scan(dest ...any) error }

func scanTicket(r rowScanner) (Ticket, error) {
	var t Ticket
	var issued, queued int64
	var target, counter, called, finished sql.NullInt64
	var status, outcome string
	err := r.Scan(&t.ID, &t.Day, &t.Number, &t.Display, &t.Service, &t.Priority, &status,
		&issued, &queued, &target, &counter, &called, &t.Recalls, &t.Transfers, &finished, &outcome)
	if err != nil {
		return t, err
	}
	t.Status, t.Outcome = Status(status), Outcome(outcome)
	t.IssuedAt = fromMS(sql.NullInt64{Int64: issued, Valid: true})
	t.QueuedAt = fromMS(sql.NullInt64{Int64: queued, Valid: true})
	t.TargetCounter, t.Counter = int(target.Int64), int(counter.Int64)
	t.CalledAt, t.FinishedAt = fromMS(called), fromMS(finished)
	return t, nil
}

func ticketByID(ctx context.Context, tx *store.Tx, id string) (Ticket, error) {
	t, err := scanTicket(tx.QueryRowContext(ctx, `SELECT `+ticketColumns+` FROM tickets WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return t, ErrTicketNotFound
	}
	if err != nil {
		return t, fmt.Errorf("read ticket %s: %w", id, err)
	}
	return t, nil
}

// queryTickets runs a SELECT of ticketColumns and scans every row.
func queryTickets(ctx context.Context, tx *store.Tx, where string, args ...any) ([]Ticket, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+ticketColumns+` FROM tickets `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Ticket
	for rows.Next() {
		t, err := scanTicket(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// Ticket reads one ticket by its permanent ID.
func (s *Station) Ticket(ctx context.Context, id string) (Ticket, error) {
	var t Ticket
	err := s.db.Read(ctx, func(tx *store.Tx) error {
		var err error
		t, err = ticketByID(ctx, tx, id)
		return err
	})
	return t, err
}

// TicketsOfDay lists every ticket issued on a local day, in issue order.
func (s *Station) TicketsOfDay(ctx context.Context, day string) ([]Ticket, error) {
	var out []Ticket
	err := s.db.Read(ctx, func(tx *store.Tx) error {
		var err error
		out, err = queryTickets(ctx, tx, `WHERE day = ? ORDER BY issued_at, rowid`, day)
		return err
	})
	return out, err
}

// eventPayload is what the outbox carries for a ticket change: the
// ticket as it is after the change, and what happened.
type eventPayload struct {
	Event   string     `json:"event"`
	At      int64      `json:"at"`
	Counter int        `json:"counter,omitempty"`
	Detail  string     `json:"detail,omitempty"`
	Ticket  ticketJSON `json:"ticket"`
}

type ticketJSON struct {
	ID            string `json:"id"`
	Day           string `json:"day"`
	Display       string `json:"display"`
	Service       string `json:"service"`
	Priority      string `json:"priority,omitempty"`
	Status        Status `json:"status"`
	IssuedAt      int64  `json:"issued_at"`
	QueuedAt      int64  `json:"queued_at"`
	TargetCounter int    `json:"target_counter,omitempty"`
	Counter       int    `json:"counter,omitempty"`
	CalledAt      int64  `json:"called_at,omitempty"`
	Recalls       int    `json:"recalls"`
	Transfers     int    `json:"transfers"`
	FinishedAt    int64  `json:"finished_at,omitempty"`
	Outcome       string `json:"outcome,omitempty"`
}

// optMS is ms for a time that may be unset (zero stays 0).
func optMS(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return ms(t)
}

// record writes a ticket transition into ticket_events and the outbox, in
// the caller's transaction.
func record(ctx context.Context, tx *store.Tx, t Ticket, at int64, kind string, counter int, detail string) error {
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO ticket_events (ticket, at, kind, counter, detail) VALUES (?, ?, ?, ?, ?)`,
		t.ID, at, kind, nullInt(counter), detail); err != nil {
		return fmt.Errorf("record %s of %s: %w", kind, t.Display, err)
	}
	p := eventPayload{Event: kind, At: at, Counter: counter, Detail: detail, Ticket: ticketJSON{
		ID: t.ID, Day: t.Day, Display: t.Display, Service: t.Service, Priority: t.Priority,
		Status: t.Status, IssuedAt: ms(t.IssuedAt), QueuedAt: ms(t.QueuedAt),
		TargetCounter: t.TargetCounter, Counter: t.Counter, Recalls: t.Recalls, Transfers: t.Transfers,
		CalledAt: optMS(t.CalledAt), FinishedAt: optMS(t.FinishedAt), Outcome: string(t.Outcome),
	}}
	return store.AppendEvent(ctx, tx, at, "ticket."+kind, t.ID, p)
}

func nullInt(v int) any {
	if v == 0 {
		return nil
	}
	return v
}
