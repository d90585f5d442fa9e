package report

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"motcua/queue"
	"motcua/store"
)

// dossierWhere picks the dossiers a period's figures can need: received
// or resolved in it, or still open (they may be overdue now).
const dossierWhere = `WHERE (received_at >= ?1 AND received_at < ?2) OR (resolved_at >= ?1 AND resolved_at < ?2)
	OR (status IN ('received', 'processing') AND received_at < ?2)`

// stationFacts reads the facts of period p from a station's tables. The
// meter counts one step per ticket and per dossier read.
func stationFacts(ctx context.Context, tx *store.Tx, p Period, progress Progress) (Facts, *Meter, error) {
	var f Facts
	start, end := p.bounds()
	var nt, nd int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM tickets WHERE day BETWEEN ?3 AND ?4),
		(SELECT count(*) FROM dossiers `+dossierWhere+`)`, start, end, p.FirstDay(), p.LastDay()).Scan(&nt, &nd); err != nil {
		return f, nil, fmt.Errorf("count rows: %w", err)
	}
	meter := NewMeter(progress, nt+nd)
	var err error
	if f.Services, err = names(ctx, tx, "services"); err != nil {
		return f, meter, err
	}
	if f.Priorities, err = names(ctx, tx, "priority_groups"); err != nil {
		return f, meter, err
	}
	if f.Tickets, err = stationTickets(ctx, tx, p, meter); err != nil {
		return f, meter, err
	}
	if f.Dossiers, err = stationDossiers(ctx, tx, p, meter); err != nil {
		return f, meter, err
	}
	if f.Steps, err = stationSteps(ctx, tx, p); err != nil {
		return f, meter, err
	}
	f.Ratings, err = stationRatings(ctx, tx, p)
	return f, meter, err
}

func stationTickets(ctx context.Context, tx *store.Tx, p Period, meter *Meter) ([]TicketFact, error) {
	// Only a transferred ticket was called more than once: the others'
	// first call is their called_at, which spares a month's report 50,000
	// look-ups in ticket_events (see BenchmarkMonthReport).
	rows, err := tx.QueryContext(ctx, `SELECT t.service, t.priority, t.status, t.issued_at, t.called_at, t.finished_at,
		COALESCE(t.counter, 0), t.transfers,
		CASE WHEN t.transfers = 0 THEN t.called_at ELSE
			(SELECT min(e.at) FROM ticket_events e WHERE e.ticket = t.id AND e.kind IN ('called', 'called_out_of_order')) END
		FROM tickets t WHERE t.day BETWEEN ? AND ?`, p.FirstDay(), p.LastDay())
	if err != nil {
		return nil, fmt.Errorf("read tickets: %w", err)
	}
	var list []TicketFact
	for rows.Next() {
		var r TicketFact
		var called, finished, first sql.NullInt64
		if err := rows.Scan(&r.Service, &r.Priority, &r.Status, &r.Issued, &called, &finished,
			&r.Counter, &r.Transfers, &first); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read tickets: %w", err)
		}
		r.Called, r.Finished, r.FirstCall = called.Int64, finished.Int64, first.Int64
		list = append(list, r)
		meter.Add(1)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read tickets: %w", err)
	}
	_, end := p.bounds()
	clerks, err := stationClerks(ctx, tx, end)
	if err != nil {
		return nil, err
	}
	for i, r := range list {
		if r.Counter != 0 && r.Called != 0 {
			list[i].Clerk = clerks.At(r.Counter, r.Called)
		}
	}
	return list, nil
}

func stationDossiers(ctx context.Context, tx *store.Tx, p Period, meter *Meter) ([]DossierFact, error) {
	// resolved_at has no index: a month's report reads the whole table
	// once, which is cheap next to the index a write on every step would
	// pay (5,000 dossiers: see BenchmarkMonthReport).
	start, end := p.bounds()
	rows, err := tx.QueryContext(ctx, `SELECT received_at, due_at, COALESCE(resolved_at, 0), apologies,
		status IN ('received', 'processing') FROM dossiers `+dossierWhere, start, end)
	if err != nil {
		return nil, fmt.Errorf("read dossiers: %w", err)
	}
	defer rows.Close()
	var out []DossierFact
	for rows.Next() {
		var d DossierFact
		if err := rows.Scan(&d.Received, &d.Due, &d.Resolved, &d.Apologies, &d.Open); err != nil {
			return nil, fmt.Errorf("read dossiers: %w", err)
		}
		out = append(out, d)
		meter.Add(1)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read dossiers: %w", err)
	}
	return out, nil
}

func stationSteps(ctx context.Context, tx *store.Tx, p Period) ([]DossierStep, error) {
	start, end := p.bounds()
	rows, err := tx.QueryContext(ctx, `SELECT dossier, kind, at, COALESCE(json_extract(detail, '$.nth'), 0) FROM dossier_events
		WHERE kind IN ('returned', 'mailed', 'refused', 'apologised', 'supplement_requested') AND at >= ? AND at < ?`, start, end)
	if err != nil {
		return nil, fmt.Errorf("read dossier steps: %w", err)
	}
	defer rows.Close()
	var out []DossierStep
	for rows.Next() {
		var s DossierStep
		if err := rows.Scan(&s.Dossier, &s.Kind, &s.At, &s.Nth); err != nil {
			return nil, fmt.Errorf("read dossier steps: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

func stationRatings(ctx context.Context, tx *store.Tx, p Period) ([]Ratings, error) {
	rows, err := tx.QueryContext(ctx, `SELECT counter, level, count(*) FROM ratings
		WHERE day BETWEEN ? AND ? GROUP BY counter, level`, p.FirstDay(), p.LastDay())
	if err != nil {
		return nil, fmt.Errorf("count ratings: %w", err)
	}
	defer rows.Close()
	var out []Ratings
	for rows.Next() {
		var counter, n int
		var level queue.Level
		if err := rows.Scan(&counter, &level, &n); err != nil {
			return nil, fmt.Errorf("count ratings: %w", err)
		}
		i := LevelIndex(level)
		if i < 0 {
			continue // the table's CHECK allows none other
		}
		r := Ratings{Counter: counter, Total: n}
		r.Levels[i] = n
		out = append(out, r)
	}
	return out, rows.Err()
}

// names lists the services or priority groups in their order, at zero.
func names(ctx context.Context, tx *store.Tx, table string) ([]Count, error) {
	rows, err := tx.QueryContext(ctx, `SELECT code, name_vi, name_en FROM `+table+` ORDER BY position, code`)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", table, err)
	}
	defer rows.Close()
	var out []Count
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.Code, &c.NameVI, &c.NameEN); err != nil {
			return nil, fmt.Errorf("read %s: %w", table, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// stationClerks builds the clerk timeline from the counter.opened outbox
// events before end, falling back on the counters table.
func stationClerks(ctx context.Context, tx *store.Tx, end int64) (*ClerkTimeline, error) {
	c := NewClerkTimeline()
	rows, err := tx.QueryContext(ctx, `SELECT at, payload FROM outbox WHERE kind = 'counter.opened' AND at < ? ORDER BY seq`, end)
	if err != nil {
		return c, fmt.Errorf("read counter openings: %w", err)
	}
	for rows.Next() {
		var at int64
		var body string
		if err := rows.Scan(&at, &body); err != nil {
			rows.Close()
			return c, fmt.Errorf("read counter openings: %w", err)
		}
		ev, err := ParseOpening([]byte(body))
		if err != nil {
			rows.Close()
			return c, fmt.Errorf("counter opening at %d: %w", at, err)
		}
		c.Opened(ev.Counter, at, ev.Detail)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return c, fmt.Errorf("read counter openings: %w", err)
	}
	rows, err = tx.QueryContext(ctx, `SELECT number, clerk FROM counters`)
	if err != nil {
		return c, fmt.Errorf("read counters: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var n int
		var name string
		if err := rows.Scan(&n, &name); err != nil {
			return c, fmt.Errorf("read counters: %w", err)
		}
		c.Fallback(n, name)
	}
	return c, rows.Err()
}

// Opening is the part of a counter.opened event payload a report reads:
// the counter and the clerk who opened it (Detail).
type Opening struct {
	Counter int    `json:"counter"`
	Detail  string `json:"detail"`
}

// ParseOpening reads a counter.opened payload.
func ParseOpening(body []byte) (Opening, error) {
	var ev Opening
	err := json.Unmarshal(body, &ev)
	return ev, err
}
