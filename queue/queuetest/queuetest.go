// Package queuetest gives tests a demo station on a temporary database
// with a manual clock, as httptest gives them a server.
package queuetest

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"motcua/assets"
	"motcua/intake"
	"motcua/queue"
	"motcua/store"
)

// Monday0800 is a Monday morning in the commune's time zone, where the
// clock of a new test station stands.
var Monday0800 = time.Date(2026, 11, 23, 8, 0, 0, 0, store.Local)

// Option changes the station NewStation makes.
type Option func(*setup)

type setup struct {
	at       time.Time
	counters []int // nil: all
	dir      string
}

// At starts the station's clock at t instead of Monday0800.
func At(t time.Time) Option { return func(s *setup) { s.at = t } }

// OpenCounters opens only the counters given (none when called empty)
// instead of all of them.
func OpenCounters(n ...int) Option {
	return func(s *setup) { s.counters = append([]int{}, n...) }
}

// In keeps the database file in dir instead of t.TempDir().
func In(dir string) Option { return func(s *setup) { s.dir = dir } }

// NewStation opens the demo commune on a fresh file in t.TempDir() with a
// ManualClock at Monday0800, every counter open, unless options say
// otherwise. The database closes when the test ends.
func NewStation(t testing.TB, opts ...Option) (*queue.Station, *store.ManualClock) {
	t.Helper()
	s := setup{at: Monday0800}
	for _, o := range opts {
		o(&s)
	}
	if s.dir == "" {
		s.dir = t.TempDir()
	}
	return open(t, s)
}

func open(t testing.TB, s setup) (*queue.Station, *store.ManualClock) {
	t.Helper()
	dir := s.dir
	ctx := context.Background()
	clock := store.NewManualClock(s.at)
	db, err := store.Open(ctx, filepath.Join(dir, "station.db"), store.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	st := queue.NewStation(db)
	commune, err := assets.DemoCommune()
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Seed(ctx, commune); err != nil {
		t.Fatal(err)
	}
	cfg, err := st.Config(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counters := s.counters
	if counters == nil {
		for _, c := range cfg.Counters {
			counters = append(counters, c.Number)
		}
	}
	for _, n := range counters {
		if err := st.OpenCounter(ctx, n, ""); err != nil {
			t.Fatal(err)
		}
	}
	return st, clock
}

// Must(f())(t) returns f's value, failing the test on f's error.
func Must[T any](v T, err error) func(testing.TB) T {
	return func(t testing.TB) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// NewDesk seeds the station's database with the demo procedure catalog
// and the shipped holiday calendar, as the binary does on first run, and
// returns the dossier desk on it.
func NewDesk(t testing.TB, st *queue.Station) *intake.Desk {
	t.Helper()
	ctx := context.Background()
	if _, err := intake.SeedCatalog(ctx, st.DB()); err != nil {
		t.Fatal(err)
	}
	if _, err := intake.SeedHolidays(ctx, st.DB()); err != nil {
		t.Fatal(err)
	}
	return intake.NewDesk(st.DB())
}

// StoreSetting writes a setting as it is given, unchecked: a value an
// older motcua or a hand edit left in the database, which the screens and
// commands must still cope with.
func StoreSetting(t testing.TB, st *queue.Station, key, value string) {
	t.Helper()
	err := st.DB().Write(context.Background(), func(tx *store.Tx) error {
		_, err := tx.ExecContext(context.Background(),
			`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
