package report

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"

	"motcua/store"
)

// Count is a number of tickets under a service or a priority group. Code
// "" in ByPriority is the tickets of no priority group.
type Count struct {
	Code   string
	NameVI string
	NameEN string
	N      int
}

// Workload is what one counter, or one clerk, did: tickets served (done),
// no-shows, and the service times of the tickets served.
type Workload struct {
	Counter int    // 0 in Tickets.Clerks
	Clerk   string // "" in Tickets.Counters; "" in Clerks when unknown
	Served  int
	NoShows int
	Service Durations
}

// Tickets are the queue figures of a period, over the tickets issued on
// its days.
//
//   - A ticket counts under the service it was last queued for (a transfer
//     moves it), and the priority group it was issued with.
//   - Waiting is from issue to the first call (a transferred ticket's
//     second wait is not counted again); it covers every ticket called.
//   - Service is from the last call to the finish, for tickets served
//     (status done): the time at the counter that finished it.
//   - Counters and Clerks count each called ticket at the counter of its
//     last call, and under the clerk who had that counter open then: the
//     clerk named by the latest counter.opened outbox event of that
//     counter at or before the call (the counters table only holds the
//     clerk of now). A counter never opened through an event falls back to
//     the counters table.
type Tickets struct {
	Issued      int
	Served      int // done
	NoShows     int
	Expired     int // still waiting when their day ended
	Transferred int // tickets transferred at least once
	ByService   []Count
	ByPriority  []Count
	Waiting     Durations
	Service     Durations
	Counters    []Workload
	Clerks      []Workload
}

type ticketRow struct {
	service, priority, status string
	issued                    int64
	called, finished, first   sql.NullInt64
	counter, transfers        int
}

func ticketFigures(ctx context.Context, tx *store.Tx, p Period) (Tickets, error) {
	var f Tickets
	rows, err := tx.QueryContext(ctx, `SELECT t.service, t.priority, t.status, t.issued_at, t.called_at, t.finished_at,
		COALESCE(t.counter, 0), t.transfers,
		CASE WHEN t.transfers = 0 THEN t.called_at ELSE
			(SELECT min(e.at) FROM ticket_events e WHERE e.ticket = t.id AND e.kind IN ('called', 'called_out_of_order')) END
		FROM tickets t WHERE t.day BETWEEN ? AND ?`, p.FirstDay(), p.LastDay())
	if err != nil {
		return f, fmt.Errorf("read tickets: %w", err)
	}
	// Only a transferred ticket was called more than once: the others'
	// first call is their called_at, which spares a month's report 50,000
	// look-ups in ticket_events (see BenchmarkMonthReport).
	var list []ticketRow
	for rows.Next() {
		var r ticketRow
		if err := rows.Scan(&r.service, &r.priority, &r.status, &r.issued, &r.called, &r.finished,
			&r.counter, &r.transfers, &r.first); err != nil {
			rows.Close()
			return f, fmt.Errorf("read tickets: %w", err)
		}
		list = append(list, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return f, fmt.Errorf("read tickets: %w", err)
	}
	_, end := p.bounds()
	clerks, err := clerkTimeline(ctx, tx, end)
	if err != nil {
		return f, err
	}
	if f.ByService, err = names(ctx, tx, "services"); err != nil {
		return f, err
	}
	if f.ByPriority, err = names(ctx, tx, "priority_groups"); err != nil {
		return f, err
	}
	f.ByPriority = append([]Count{{}}, f.ByPriority...)

	var waits, serves []int64
	counterMS, clerkMS := map[int][]int64{}, map[string][]int64{}
	counters, byClerk := map[int]*Workload{}, map[string]*Workload{}
	for _, r := range list {
		f.Issued++
		f.ByService = bump(f.ByService, r.service)
		f.ByPriority = bump(f.ByPriority, r.priority)
		if r.transfers > 0 {
			f.Transferred++
		}
		if r.first.Valid {
			waits = append(waits, r.first.Int64-r.issued)
		}
		switch r.status {
		case "expired":
			f.Expired++
		case "no_show":
			f.NoShows++
		case "done":
			f.Served++
		}
		if r.counter == 0 || !r.called.Valid {
			continue
		}
		clerk := clerks.at(r.counter, r.called.Int64)
		w, ok := counters[r.counter]
		if !ok {
			w = &Workload{Counter: r.counter}
			counters[r.counter] = w
		}
		c, ok := byClerk[clerk]
		if !ok {
			c = &Workload{Clerk: clerk}
			byClerk[clerk] = c
		}
		switch r.status {
		case "no_show":
			w.NoShows++
			c.NoShows++
		case "done":
			w.Served++
			c.Served++
			d := r.finished.Int64 - r.called.Int64
			serves = append(serves, d)
			counterMS[r.counter] = append(counterMS[r.counter], d)
			clerkMS[clerk] = append(clerkMS[clerk], d)
		}
	}
	f.Waiting, f.Service = summarise(waits), summarise(serves)
	for n, w := range counters {
		w.Service = summarise(counterMS[n])
		f.Counters = append(f.Counters, *w)
	}
	sort.Slice(f.Counters, func(i, j int) bool { return f.Counters[i].Counter < f.Counters[j].Counter })
	for name, w := range byClerk {
		w.Service = summarise(clerkMS[name])
		f.Clerks = append(f.Clerks, *w)
	}
	sort.Slice(f.Clerks, func(i, j int) bool { return f.Clerks[i].Clerk < f.Clerks[j].Clerk })
	return f, nil
}

// bump adds one to the count of code, appending it if it is not listed
// (a service removed from the catalog since).
func bump(cs []Count, code string) []Count {
	for i := range cs {
		if cs[i].Code == code {
			cs[i].N++
			return cs
		}
	}
	return append(cs, Count{Code: code, NameVI: code, NameEN: code, N: 1})
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

// clerkSpell is one clerk's opening of a counter.
type clerkSpell struct {
	at    int64
	clerk string
}

// clerks holds, per counter, its openings in time order, and the
// counters table's clerk for calls before any recorded opening.
type clerks struct {
	spells  map[int][]clerkSpell
	current map[int]string
}

// at is the clerk who had counter n open at time t.
func (c clerks) at(n int, t int64) string {
	s := c.spells[n]
	i := sort.Search(len(s), func(i int) bool { return s[i].at > t })
	if i == 0 {
		return c.current[n]
	}
	return s[i-1].clerk
}

func clerkTimeline(ctx context.Context, tx *store.Tx, end int64) (clerks, error) {
	c := clerks{spells: map[int][]clerkSpell{}, current: map[int]string{}}
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
		var ev struct {
			Counter int    `json:"counter"`
			Detail  string `json:"detail"`
		}
		if err := json.Unmarshal([]byte(body), &ev); err != nil {
			rows.Close()
			return c, fmt.Errorf("counter opening at %d: %w", at, err)
		}
		c.spells[ev.Counter] = append(c.spells[ev.Counter], clerkSpell{at: at, clerk: ev.Detail})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return c, fmt.Errorf("read counter openings: %w", err)
	}
	for _, s := range c.spells {
		sort.SliceStable(s, func(i, j int) bool { return s[i].at < s[j].at })
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
		c.current[n] = name
	}
	return c, rows.Err()
}
