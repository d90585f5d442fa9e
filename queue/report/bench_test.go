package report_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"motcua/queue/queuetest"
	"motcua/queue/report"
	"motcua/store"
)

// BenchmarkMonthReport builds the report of a month of 50,000 tickets and
// 5,000 dossiers (target: under 1 s). The rows are written straight into
// the tables, as the station would have written them, with their
// ticket_events, dossier_events and outbox rows, so the report reads a
// database of the true size.
func BenchmarkMonthReport(b *testing.B) {
	ctx := context.Background()
	st, clock := queuetest.NewStation(b, queuetest.In(shmDir(b)), queuetest.OpenCounters())
	db := st.DB()
	if err := fillMonth(ctx, db, 50000, 5000); err != nil {
		b.Fatal(err)
	}
	p := report.MonthPeriod(2026, time.November)
	clock.Set(time.Date(2026, 12, 1, 8, 0, 0, 0, store.Local))
	b.ResetTimer()
	var r report.Report
	for b.Loop() {
		var err error
		if r, err = report.Build(ctx, db, p, clock); err != nil {
			b.Fatal(err)
		}
	}
	if r.Tickets.Issued != 50000 || r.Dossiers.Received != 5000 {
		b.Fatalf("report counted %d tickets and %d dossiers", r.Tickets.Issued, r.Dossiers.Received)
	}
}

// fillMonth writes tickets and dossiers spread over the working days of
// November 2026 in one transaction.
func fillMonth(ctx context.Context, db *store.DB, tickets, dossiers int) error {
	rng := rand.New(rand.NewPCG(1, 2))
	var days []time.Time
	for d := time.Date(2026, 11, 2, 0, 0, 0, 0, store.Local); d.Month() == time.November; d = d.AddDate(0, 0, 1) {
		if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			days = append(days, d)
		}
	}
	services := []string{"hotich", "chungthuc", "datdai", "xahoi", "kinhdoanh"}
	prefixes := []string{"A", "B", "C", "D", "E"}
	groups := []string{"", "", "", "", "elderly", "pregnant", "disabled"}
	levels := []string{"very_satisfied", "satisfied", "satisfied", "unsatisfied"}
	return db.Write(ctx, func(tx *store.Tx) error {
		ms := func(t time.Time) int64 { return t.UnixMilli() }
		exec := func(q string, args ...any) error {
			_, err := tx.ExecContext(ctx, q, args...)
			return err
		}
		for i, day := range days {
			for c := 1; c <= 3; c++ {
				at := ms(day.Add(7*time.Hour + 30*time.Minute))
				body := fmt.Sprintf(`{"event":"opened","at":%d,"counter":%d,"detail":"Cán bộ %d"}`, at, c, (c+i)%5)
				if err := exec(`INSERT INTO outbox (id, at, kind, entity, payload) VALUES (?, ?, 'counter.opened', ?, ?)`,
					store.NewID(), at, fmt.Sprintf("counter/%d", c), body); err != nil {
					return err
				}
			}
		}
		for i := range tickets {
			day := days[i%len(days)]
			s := i % len(services)
			id := store.NewID()
			issued := day.Add(7*time.Hour + 30*time.Minute + time.Duration(rng.IntN(9*3600))*time.Second)
			called := issued.Add(time.Duration(rng.IntN(3600)) * time.Second)
			finished := called.Add(time.Duration(60+rng.IntN(900)) * time.Second)
			status := []string{"done", "done", "done", "done", "done", "done", "done", "done", "no_show", "expired"}[rng.IntN(10)]
			counter := 1 + rng.IntN(3)
			transfers := 0
			if rng.IntN(20) == 0 { // called twice: the report looks up its first call
				transfers = 1
			}
			group := groups[rng.IntN(len(groups))]
			if err := exec(`INSERT INTO tickets (id, day, number, display, service, priority, status, issued_at, queued_at,
				counter, called_at, finished_at, outcome, transfers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)`,
				id, store.Day(day), i, fmt.Sprintf("%s%06d", prefixes[s], i), services[s], group,
				status, ms(issued), ms(issued), counter, ms(called), ms(finished), transfers); err != nil {
				return err
			}
			// the outbox carries the ticket as it is after each event; here
			// its last state on all three, as the hub reads only the last
			payload := fmt.Sprintf(`{"event":"x","counter":%d,"ticket":{"id":"%s","day":"%s","display":"%s%06d","service":"%s",`+
				`"priority":"%s","status":"%s","issued_at":%d,"queued_at":%d,"counter":%d,"called_at":%d,"recalls":0,"transfers":%d,"finished_at":%d}}`,
				counter, id, store.Day(day), prefixes[s], i, services[s], group, status, ms(issued), ms(issued), counter, ms(called), transfers, ms(finished))
			for _, ev := range []struct {
				kind string
				at   time.Time
			}{{"issued", issued}, {"called", called}, {"finished", finished}} {
				if err := exec(`INSERT INTO ticket_events (ticket, at, kind, counter) VALUES (?, ?, ?, ?)`, id, ms(ev.at), ev.kind, counter); err != nil {
					return err
				}
				if err := exec(`INSERT INTO outbox (id, at, kind, entity, payload) VALUES (?, ?, ?, ?, ?)`,
					store.NewID(), ms(ev.at), "ticket."+ev.kind, id, payload); err != nil {
					return err
				}
			}
			if status == "done" && rng.IntN(2) == 0 {
				if err := exec(`INSERT INTO ratings (id, day, hour, service, counter, level) VALUES (?, ?, ?, ?, ?, ?)`,
					store.NewID(), store.Day(day), finished.Hour(), services[s], counter, levels[rng.IntN(len(levels))]); err != nil {
					return err
				}
			}
		}
		for i := range dossiers {
			day := days[i%len(days)]
			id := store.NewID()
			received := day.Add(8*time.Hour + time.Duration(rng.IntN(7*3600))*time.Second)
			due := received.Add(time.Duration(rng.IntN(10)) * 24 * time.Hour)
			resolved := received.Add(time.Duration(rng.IntN(12*24*3600)) * time.Second)
			status := "resolved"
			if rng.IntN(5) == 0 {
				status = "processing"
			}
			if err := exec(`INSERT INTO dossiers (id, code, lookup, content_hash, agency, day, seq, book, book_seq, status,
				procedure_id, procedure_name, service, days, unit, citizen_name, name_fold, documents, sets, fee_vnd,
				return_method, received_at, due_at, first_due_at, supplements, resolved_at, updated_at)
				VALUES (?, ?, ?, '', 'H99', ?, ?, 2026, ?, ?, '1.004873', 'Xác nhận', 'hotich', 3, 'working_days',
				'Nguyễn Văn An', 'nguyen van an', '[]', 1, 0, 'counter', ?, ?, ?, ?, ?, ?)`,
				id, fmt.Sprintf("H99-%06d", i), fmt.Sprintf("L%07d", i), store.Day(day), i, i, status,
				ms(received), ms(due), ms(due), i%3, ms(resolved), ms(resolved)); err != nil {
				return err
			}
			open := status == "received" || status == "processing"
			for k, kind := range []string{"received", "supplement_requested", "supplemented", "resolved", "returned"} {
				payload := fmt.Sprintf(`{"event":"%s","detail":{"nth":%d},"dossier":{"id":"%s","code":"H99-%06d","status":"%s",`+
					`"received_at":%d,"due_at":%d,"resolved_at":%d,"apologies":0,"open":%v,"citizen":{"name":"Nguyễn Văn An"}}}`,
					kind, i%3, id, i, status, ms(received), ms(due), ms(resolved), open)
				if err := exec(`INSERT INTO dossier_events (dossier, at, kind, to_status, detail) VALUES (?, ?, ?, ?, ?)`,
					id, ms(received)+int64(k)*3600000, kind, status, fmt.Sprintf(`{"nth":%d}`, i%3)); err != nil {
					return err
				}
				if err := exec(`INSERT INTO outbox (id, at, kind, entity, payload) VALUES (?, ?, ?, ?, ?)`,
					store.NewID(), ms(received)+int64(k)*3600000, "dossier."+kind, id, payload); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
