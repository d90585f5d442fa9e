package report_test

import (
	"context"
	"testing"
	"time"

	"motcua/queue/queuetest"
	"motcua/queue/report"
	"motcua/store"
)

// progressLog records the calls of a Progress and checks them: done never
// goes down nor past total, total never changes, and the last call is
// done == total.
type progressLog struct {
	calls [][2]int
}

func (l *progressLog) fn(done, total int) { l.calls = append(l.calls, [2]int{done, total}) }

// check checks the calls; wantTotal < 0 takes the first call's total.
func (l *progressLog) check(t *testing.T, wantTotal int) {
	t.Helper()
	if len(l.calls) == 0 {
		t.Fatal("progress was never told")
	}
	if wantTotal < 0 {
		wantTotal = l.calls[0][1]
	}
	for i, c := range l.calls {
		if c[1] != wantTotal {
			t.Fatalf("call %d: total %d, want %d", i, c[1], wantTotal)
		}
		if c[0] > c[1] || (i > 0 && c[0] < l.calls[i-1][0]) {
			t.Fatalf("call %d: done %d after %v of %d", i, c[0], l.calls[max(i-1, 0)], c[1])
		}
	}
	if last := l.calls[len(l.calls)-1]; last[0] != last[1] {
		t.Fatalf("the last call is %v, not the end", last)
	}
	if len(l.calls) > 102 {
		t.Errorf("%d calls for %d steps: progress is told too often", len(l.calls), wantTotal)
	}
}

func TestBuildTellsProgress(t *testing.T) {
	ctx := context.Background()
	st, clock := queuetest.NewStation(t, queuetest.In(shmDir(t)), queuetest.OpenCounters())
	if err := fillMonth(ctx, st.DB(), 3000, 400); err != nil {
		t.Fatal(err)
	}
	clock.Set(time.Date(2026, 12, 1, 8, 0, 0, 0, store.Local))
	var log progressLog
	r, err := report.BuildWith(ctx, st.DB(), report.MonthPeriod(2026, time.November), clock, report.Options{Progress: log.fn})
	if err != nil {
		t.Fatal(err)
	}
	// one step per ticket and per dossier read: every one of the month's
	// (none is open from before)
	log.check(t, r.Tickets.Issued+r.Dossiers.Received)
	if len(log.calls) < 50 {
		t.Errorf("only %d calls for %d steps: the bar would jump", len(log.calls), r.Tickets.Issued)
	}
}

func TestEmptyBuildEndsProgress(t *testing.T) {
	st, clock := queuetest.NewStation(t)
	var log progressLog
	if _, err := report.BuildWith(context.Background(), st.DB(), report.DayPeriod(clock.Now()), clock, report.Options{Progress: log.fn}); err != nil {
		t.Fatal(err)
	}
	log.check(t, 0)
}

func TestMeter(t *testing.T) {
	for _, total := range []int{0, 1, 7, 100, 12345} {
		var log progressLog
		m := report.NewMeter(log.fn, total)
		for range total + 5 { // more steps than planned never pass total
			m.Add(1)
		}
		m.Done()
		log.check(t, total)
	}
	report.NewMeter(nil, 10).Add(3) // nobody told: no panic
}
