package hub

import (
	"testing"
	"time"

	"motcua/queue/report"
	"motcua/store"
)

// FuzzReportRecord feeds the report's collector any payload under every
// kind it reads: a record a station sent wrong must come back as an error
// (or be ignored), never crash the district's report, and whatever it
// accepted must still count.
func FuzzReportRecord(f *testing.F) {
	for _, seed := range []string{
		`{"event":"finished","counter":2,"ticket":{"id":"t1","day":"2026-11-23","service":"hotich","status":"done","issued_at":1,"called_at":2,"finished_at":3,"counter":2}}`,
		`{"event":"received","detail":{"nth":2},"dossier":{"id":"d1","status":"received","received_at":1,"due_at":2}}`,
		`{"day":"2026-11-23","counter":1,"service":"hotich","levels":{"satisfied":2,"bogus":7},"total":9}`,
		`{"event":"opened","at":1,"counter":1,"detail":"Lê Thị Mai"}`,
		`{"ticket":{"day":"2026-11-23","counter":-5,"called_at":-1}}`, `null`, `[]`, `{"day":"2026-11-23","counter":1,"levels":{"very_satisfied":-3,"satisfied":1}}`, ``,
	} {
		for _, kind := range []string{"ticket.finished", "ticket.called", "dossier.supplement_requested", "rating.day_summary", "counter.opened", "audit.recorded"} {
			f.Add(kind, []byte(seed))
		}
	}
	p := report.MonthPeriod(2026, time.November)
	at := time.Date(2026, 11, 30, 12, 0, 0, 0, store.Local)
	f.Fuzz(func(t *testing.T, kind string, body []byte) {
		for _, all := range []bool{false, true} {
			c := newCollector(p, all)
			_ = c.add("xa-1", kind, at.UnixMilli(), body)
			_ = c.add("xa-1", kind, at.UnixMilli()+1, body)
			r := report.Compute(p, at, c.facts())
			s := r.Satisfaction.All
			if s.Levels[0] < 0 || s.Levels[1] < 0 || s.Levels[2] < 0 || s.Total != s.Levels[0]+s.Levels[1]+s.Levels[2] {
				t.Fatalf("ratings %+v from %q %q", s, kind, body)
			}
			if r.Tickets.Issued > 1 || r.Tickets.Served > r.Tickets.Issued {
				t.Fatalf("one ticket's records counted %d issued, %d served", r.Tickets.Issued, r.Tickets.Served)
			}
		}
	})
}
