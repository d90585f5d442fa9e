package report_test

import (
	"testing"
	"time"

	"motcua/queue/report"
	"motcua/store"
)

func TestPeriods(t *testing.T) {
	p, err := report.ParseMonth("2026-02")
	if err != nil || p.FirstDay() != "2026-02-01" || p.LastDay() != "2026-02-28" {
		t.Fatalf("month: %v %s–%s", err, p.FirstDay(), p.LastDay())
	}
	// 23:30 UTC is already the next day in Vietnam
	d := report.DayPeriod(time.Date(2026, 11, 19, 23, 30, 0, 0, time.UTC))
	if d.FirstDay() != "2026-11-20" || d.LastDay() != "2026-11-20" {
		t.Fatalf("day: %s–%s", d.FirstDay(), d.LastDay())
	}
	if _, err := report.ParseDay("2026-13-01"); err == nil {
		t.Fatal("a 13th month was accepted")
	}
	from := time.Date(2026, 11, 10, 15, 0, 0, 0, store.Local)
	if _, err := report.RangePeriod(from, from.AddDate(0, 0, -1)); err == nil {
		t.Fatal("a range ending before it starts was accepted")
	}
	r, err := report.RangePeriod(from, from.AddDate(0, 0, 3))
	if err != nil || r.FirstDay() != "2026-11-10" || r.LastDay() != "2026-11-13" {
		t.Fatalf("range: %v %s–%s", err, r.FirstDay(), r.LastDay())
	}
}
