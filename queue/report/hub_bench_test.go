package report_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"motcua/queue/queuetest"
	"motcua/queue/report"
	"motcua/store"
)

// BenchmarkHubMonthReport builds at the hub the report of one commune's
// month of 50,000 tickets and 5,000 dossiers (BenchmarkMonthReport's
// month), from the records its outbox sent, on SQLite.
func BenchmarkHubMonthReport(b *testing.B) {
	ctx := context.Background()
	st, clock := queuetest.NewStation(b, queuetest.In(shmDir(b)), queuetest.OpenCounters())
	if err := fillMonth(ctx, st.DB(), 50000, 5000); err != nil {
		b.Fatal(err)
	}
	end := time.Date(2026, 12, 1, 8, 0, 0, 0, store.Local)
	clock.Set(end)
	h := openHub(b, "sqlite", end)
	syncInto(b, h, "xa-tan-hoa", st)
	p := report.MonthPeriod(2026, time.November)
	b.ResetTimer()
	var r report.Report
	for b.Loop() {
		var err error
		if r, err = h.Report(ctx, p, "xa-tan-hoa", report.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	if r.Tickets.Issued != 50000 || r.Dossiers.Received != 5000 {
		b.Fatalf("report counted %d tickets and %d dossiers", r.Tickets.Issued, r.Dossiers.Received)
	}
	own, err := report.Build(ctx, st.DB(), p, clock)
	if err != nil {
		b.Fatal(err)
	}
	for what, pair := range map[string][2]any{
		"waiting": {r.Tickets.Waiting, own.Tickets.Waiting}, "service": {r.Tickets.Service, own.Tickets.Service},
		"dossiers": {r.Dossiers, own.Dossiers}, "clerks": {r.Tickets.Clerks, own.Tickets.Clerks},
	} {
		if g, w := fmt.Sprintf("%+v", pair[0]), fmt.Sprintf("%+v", pair[1]); g != w {
			b.Errorf("%s at the hub %s, at the station %s", what, g, w)
		}
	}
}
