package hub

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"motcua/queue/report"
	"motcua/store"
)

// stationLog builds one station's records in seq order, with the payloads
// the queue writes (queue/ticket_rows.go, counter_state.go,
// rating_summary.go).
type stationLog struct {
	id   string
	recs []Record
}

func (l *stationLog) add(kind, entity string, at time.Time, payload any) {
	body, _ := json.Marshal(payload)
	seq := int64(len(l.recs) + 1)
	l.recs = append(l.recs, Record{Seq: seq, ID: fmt.Sprintf("%s-%d", l.id, seq), At: at.UnixMilli(), Kind: kind, Entity: entity, Payload: body})
}

func (l *stationLog) ticket(kind, id, status string, counter int, issued, called, finished, at time.Time) {
	ms := func(t time.Time) int64 {
		if t.IsZero() {
			return 0
		}
		return t.UnixMilli()
	}
	l.add("ticket."+kind, id, at, map[string]any{"event": kind, "at": at.UnixMilli(), "counter": counter, "ticket": map[string]any{
		"id": id, "day": issued.Format(time.DateOnly), "display": id, "service": "hotich", "status": status,
		"issued_at": ms(issued), "counter": counter, "called_at": ms(called), "finished_at": ms(finished), "transfers": 0}})
}

func (l *stationLog) deliver(t *testing.T, h *Hub) {
	t.Helper()
	raw, _ := json.Marshal(l.recs)
	m := Manifest{Station: l.id, Batch: 1, SHA256: sha256.Sum256(raw), FirstSeq: 1, LastSeq: int64(len(l.recs)),
		Count: int64(len(l.recs)), StationClock: time.UnixMilli(l.recs[len(l.recs)-1].At), Version: "test"}
	if _, err := h.Ingest(context.Background(), m, raw, l.recs); err != nil {
		t.Fatal(err)
	}
}

// The hub's report reads what only records can say: a ticket expired by
// the next week's first activity counts on its own day, the clerk comes
// from the counter's opening, a day's ratings count on their day though
// sent later, and one commune's report leaves the others out.
func TestHubReportFromRecords(t *testing.T) {
	eachDB(t, func(t *testing.T, h *Hub, clock *store.ManualClock) {
		ctx := context.Background()
		fri := time.Date(2026, 11, 27, 8, 0, 0, 0, store.Local) // the last working day of the period
		mon := time.Date(2026, 11, 30, 7, 30, 0, 0, store.Local)
		a := &stationLog{id: "xa-a"}
		a.add("counter.opened", "counter/1", fri, map[string]any{"event": "opened", "counter": 1, "detail": "Lê Thị Mai"})
		a.ticket("issued", "A1", "waiting", 0, fri, time.Time{}, time.Time{}, fri)
		a.ticket("called", "A1", "serving", 1, fri, fri.Add(5*time.Minute), time.Time{}, fri.Add(5*time.Minute))
		a.ticket("finished", "A1", "done", 1, fri, fri.Add(5*time.Minute), fri.Add(12*time.Minute), fri.Add(12*time.Minute))
		a.ticket("issued", "A2", "waiting", 0, fri.Add(8*time.Hour), time.Time{}, time.Time{}, fri.Add(8*time.Hour))
		// Monday 30 November, after the period (23–29 November): A2
		// expires and Friday's ratings leave with the first activity.
		a.ticket("expired", "A2", "expired", 0, fri.Add(8*time.Hour), time.Time{}, mon, mon)
		a.add("rating.day_summary", "ratings/2026-11-27/1/hotich", mon, map[string]any{"day": "2026-11-27", "counter": 1,
			"service": "hotich", "levels": map[string]int{"very_satisfied": 2, "unsatisfied": 1}, "total": 3})
		a.add("rating.day_summary", "ratings/2026-11-30/1/hotich", mon.Add(24*time.Hour), map[string]any{"day": "2026-11-30", "counter": 1,
			"service": "hotich", "levels": map[string]int{"satisfied": 5}, "total": 5})
		enrolled(t, h, "xa-a")
		a.deliver(t, h)
		b := &stationLog{id: "xa-b"}
		b.ticket("issued", "B1", "waiting", 0, fri, time.Time{}, time.Time{}, fri)
		enrolled(t, h, "xa-b")
		b.deliver(t, h)

		p, _ := report.RangePeriod(time.Date(2026, 11, 23, 0, 0, 0, 0, store.Local), time.Date(2026, 11, 29, 0, 0, 0, 0, store.Local))
		r, err := h.Report(ctx, p, "xa-a", report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		tk := r.Tickets
		if tk.Issued != 2 || tk.Served != 1 || tk.Expired != 1 || tk.Waiting.N != 1 || tk.Waiting.Mean != 5*time.Minute ||
			tk.Service.Mean != 7*time.Minute {
			t.Errorf("tickets %+v", tk)
		}
		if len(tk.Clerks) != 1 || tk.Clerks[0].Clerk != "Lê Thị Mai" || tk.Clerks[0].Station != "" {
			t.Errorf("clerks %+v", tk.Clerks)
		}
		if s := r.Satisfaction; s.All.Total != 3 || s.All.Levels != [3]int{2, 0, 1} || len(s.Counters) != 1 || s.Counters[0].Counter != 1 {
			t.Errorf("satisfaction %+v, want Friday's 3 ratings only", s)
		}
		if r.Commune != "Xã xa-a (xa-a)" || r.AllCommunes {
			t.Errorf("report of %q (all %v)", r.Commune, r.AllCommunes)
		}
		all, err := h.Report(ctx, p, "", report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if all.Tickets.Issued != 3 || !all.AllCommunes || len(all.Tickets.Counters) != 1 || all.Tickets.Counters[0].Station != "xa-a" {
			t.Errorf("all communes: %+v", all.Tickets)
		}
	})
}
