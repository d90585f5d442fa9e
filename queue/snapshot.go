package queue

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"motcua/store"
)

// Snapshot is everything the screens show, read in one transaction so that
// the board, the kiosk and the counters agree with each other.
type Snapshot struct {
	At       time.Time
	Revision int64
	Config   Config
	Counters []Counter                // live state, with the ticket being served
	Waiting  []Ticket                 // today's waiting tickets, in line order
	Calls    []Call                   // today's calls and recalls, newest first
	Means    map[string]time.Duration // recent mean service time per service
}

// Call is one announcement of a ticket to a counter.
type Call struct {
	EventID int64
	Display string
	Service string
	Counter int
	At      time.Time
	Recall  bool
}

// recentCalls is how many calls a snapshot keeps; the board shows five.
const recentCalls = 10

// meanWindow is how many recent finished tickets a mean service time uses.
const meanWindow = 20

// Snapshot reads the station as it is now.
func (s *Station) Snapshot(ctx context.Context) (Snapshot, error) {
	now := s.clock.Now().In(store.Local)
	sn := Snapshot{At: now, Means: map[string]time.Duration{}}
	err := s.db.Read(ctx, func(tx *store.Tx) error {
		if err := tx.QueryRowContext(ctx, `SELECT n FROM revision WHERE id = 1`).Scan(&sn.Revision); err != nil {
			return fmt.Errorf("read revision: %w", err)
		}
		var err error
		if sn.Config, err = readConfig(ctx, tx); err != nil {
			return err
		}
		if sn.Counters, err = liveCounters(ctx, tx, sn.Config); err != nil {
			return err
		}
		if sn.Waiting, err = waitingOfDay(ctx, tx, store.Day(now)); err != nil {
			return err
		}
		if sn.Calls, err = callsOfDay(ctx, tx, now); err != nil {
			return err
		}
		for _, sv := range sn.Config.Services {
			var avg sql.NullFloat64
			err := tx.QueryRowContext(ctx, `SELECT avg(d) FROM (SELECT finished_at - called_at AS d FROM tickets
				WHERE status = 'done' AND service = ? AND called_at IS NOT NULL ORDER BY finished_at DESC LIMIT ?)`,
				sv.Code, meanWindow).Scan(&avg)
			if err != nil {
				return fmt.Errorf("mean service time of %s: %w", sv.Code, err)
			}
			sn.Means[sv.Code] = sv.DefaultService
			if avg.Valid {
				sn.Means[sv.Code] = time.Duration(avg.Float64) * time.Millisecond
			}
		}
		return nil
	})
	if err != nil {
		return Snapshot{}, fmt.Errorf("read station: %w", err)
	}
	return sn, nil
}

func liveCounters(ctx context.Context, tx *store.Tx, cfg Config) ([]Counter, error) {
	rows, err := tx.QueryContext(ctx, `SELECT number, clerk, state, pause_reason, state_since, current_ticket FROM counters ORDER BY number`)
	if err != nil {
		return nil, fmt.Errorf("read counters: %w", err)
	}
	var out []Counter
	var currents []string
	for rows.Next() {
		var c Counter
		var state string
		var since sql.NullInt64
		var cur sql.NullString
		if err := rows.Scan(&c.Number, &c.Clerk, &state, &c.PauseReason, &since, &cur); err != nil {
			rows.Close()
			return nil, err
		}
		c.State, c.StateSince = CounterState(state), fromMS(since)
		if cc, ok := cfg.Counter(c.Number); ok {
			c.Services = cc.Services
		}
		out = append(out, c)
		currents = append(currents, cur.String)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i, id := range currents {
		if id == "" {
			continue
		}
		t, err := ticketByID(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		out[i].Current = &t
	}
	return out, nil
}

func waitingOfDay(ctx context.Context, tx *store.Tx, day string) ([]Ticket, error) {
	out, err := queryTickets(ctx, tx, `WHERE status = 'waiting' AND day = ? ORDER BY queued_at, rowid`, day)
	if err != nil {
		return nil, fmt.Errorf("read waiting tickets: %w", err)
	}
	return out, nil
}

func callsOfDay(ctx context.Context, tx *store.Tx, now time.Time) ([]Call, error) {
	y, m, d := now.Date()
	start := time.Date(y, m, d, 0, 0, 0, 0, store.Local)
	rows, err := tx.QueryContext(ctx, `SELECT e.id, t.display, t.service, e.counter, e.at, e.kind
		FROM ticket_events e JOIN tickets t ON t.id = e.ticket
		WHERE e.kind IN ('called', 'called_out_of_order', 'recalled') AND e.at >= ?
		ORDER BY e.id DESC LIMIT ?`, ms(start), recentCalls)
	if err != nil {
		return nil, fmt.Errorf("read calls: %w", err)
	}
	defer rows.Close()
	var out []Call
	for rows.Next() {
		var c Call
		var at int64
		var counter sql.NullInt64
		var kind string
		if err := rows.Scan(&c.EventID, &c.Display, &c.Service, &counter, &at, &kind); err != nil {
			return nil, err
		}
		c.Counter, c.At, c.Recall = int(counter.Int64), fromMS(sql.NullInt64{Int64: at, Valid: true}), kind == "recalled"
		out = append(out, c)
	}
	return out, rows.Err()
}

// Counter returns the live state of a counter.
func (sn Snapshot) Counter(n int) (Counter, bool) {
	for _, c := range sn.Counters {
		if c.Number == n {
			return c, true
		}
	}
	return Counter{}, false
}

// Counts are the waiting tickets of a service, priority ones apart.
type Counts struct {
	Regular  int
	Priority int
}

// Total is every waiting ticket.
func (c Counts) Total() int { return c.Regular + c.Priority }

// WaitingCounts counts today's waiting tickets per service.
func (sn Snapshot) WaitingCounts() map[string]Counts {
	out := map[string]Counts{}
	for _, t := range sn.Waiting {
		c := out[t.Service]
		if t.IsPriority() {
			c.Priority++
		} else {
			c.Regular++
		}
		out[t.Service] = c
	}
	return out
}

// WaitingFor lists the waiting tickets a counter may call, in line order.
func (sn Snapshot) WaitingFor(c Counter) []Ticket {
	var out []Ticket
	for _, t := range sn.Waiting {
		if t.TargetCounter == c.Number || (t.TargetCounter == 0 && c.Serves(t.Service)) {
			out = append(out, t)
		}
	}
	return out
}
