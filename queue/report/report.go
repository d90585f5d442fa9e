// Package report computes the figures of the commune's activity report for
// a period (issue 6): tickets and their waiting and service times, per
// counter and per clerk; dossiers received, resolved on time or late,
// overdue, returned, supplemented, refused, apologised for; and citizen
// satisfaction. It only reads the station's tables; the screens, the PDF
// and the CSV (WriteCSV) show what Build returns.
package report

import (
	"context"
	"fmt"
	"time"

	"motcua/assets/i18n"
	"motcua/store"
)

// Period is a run of local days, both ends included. From and To are
// local midnights.
type Period struct {
	From, To time.Time
}

// DayPeriod is the one local day t falls on.
func DayPeriod(t time.Time) Period {
	d := midnight(t)
	return Period{From: d, To: d}
}

// MonthPeriod is a calendar month.
func MonthPeriod(year int, month time.Month) Period {
	from := time.Date(year, month, 1, 0, 0, 0, 0, store.Local)
	return Period{From: from, To: from.AddDate(0, 1, -1)}
}

// RangePeriod is the days from one to another, both included.
func RangePeriod(from, to time.Time) (Period, error) {
	p := Period{From: midnight(from), To: midnight(to)}
	if p.To.Before(p.From) {
		return Period{}, fmt.Errorf("report period: %s is before %s", store.Day(p.To), store.Day(p.From))
	}
	return p, nil
}

// ParseDay reads a period of one day written YYYY-MM-DD.
func ParseDay(s string) (Period, error) {
	t, err := time.ParseInLocation(time.DateOnly, s, store.Local)
	if err != nil {
		return Period{}, fmt.Errorf("report day %q: %w", s, err)
	}
	return DayPeriod(t), nil
}

// ParseMonth reads a period of one month written YYYY-MM.
func ParseMonth(s string) (Period, error) {
	t, err := time.ParseInLocation("2006-01", s, store.Local)
	if err != nil {
		return Period{}, fmt.Errorf("report month %q: %w", s, err)
	}
	return MonthPeriod(t.Year(), t.Month()), nil
}

// FirstDay and LastDay are the period's ends as local days (YYYY-MM-DD).
func (p Period) FirstDay() string { return store.Day(p.From) }

// LastDay is the period's last local day (YYYY-MM-DD).
func (p Period) LastDay() string { return store.Day(p.To) }

// bounds are the period's start and its end (excluded) in Unix ms.
func (p Period) bounds() (int64, int64) {
	return p.From.UnixMilli(), p.To.AddDate(0, 0, 1).UnixMilli()
}

func midnight(t time.Time) time.Time {
	t = t.In(store.Local)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, store.Local)
}

// Report is every figure of a period.
type Report struct {
	Period Period
	// At is when the report was built (the injected clock): "overdue now"
	// is counted at this moment.
	At time.Time
	// Commune names whose report it is when the district hub made it for
	// one commune; AllCommunes when for all of them together. A
	// station's own report has neither.
	Commune      string
	AllCommunes  bool
	Tickets      Tickets
	Dossiers     Dossiers
	Satisfaction Satisfaction
}

// Scope names whose report it is for a heading: "" for a station's own.
func (r Report) Scope(lang i18n.Lang) string {
	if r.AllCommunes {
		return i18n.T(lang, "hubreport.all")
	}
	return r.Commune
}

// Build computes the report of a period from one read transaction, so
// every figure comes from the same moment of the database.
func Build(ctx context.Context, db *store.DB, p Period, clock store.Clock) (Report, error) {
	return BuildWith(ctx, db, p, clock, Options{})
}

// BuildWith is Build telling opts.Progress how far it has come: one step
// per ticket and per dossier read.
func BuildWith(ctx context.Context, db *store.DB, p Period, clock store.Clock, opts Options) (Report, error) {
	at := clock.Now()
	var r Report
	err := db.Read(ctx, func(tx *store.Tx) error {
		f, meter, err := stationFacts(ctx, tx, p, opts.Progress)
		if err != nil {
			return err
		}
		r = Compute(p, at, f)
		meter.Done()
		return nil
	})
	if err != nil {
		return Report{}, fmt.Errorf("build report %s–%s: %w", p.FirstDay(), p.LastDay(), err)
	}
	return r, nil
}
