package queue_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"motcua/assets"
	"motcua/queue"
	"motcua/store"
)

// monday0800 is a Monday morning in the commune's time zone.
var monday0800 = time.Date(2026, 11, 23, 8, 0, 0, 0, store.Local)

// newStation opens a fresh demo station on a temporary file with a manual
// clock, with every counter open.
func newStation(t testing.TB) (*queue.Station, *store.ManualClock) {
	t.Helper()
	return newStationIn(t, t.TempDir())
}

// newStationIn is newStation with the database file in dir.
func newStationIn(t testing.TB, dir string) (*queue.Station, *store.ManualClock) {
	t.Helper()
	ctx := context.Background()
	clock := store.NewManualClock(monday0800)
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
	for _, c := range cfg.Counters {
		if err := st.OpenCounter(ctx, c.Number, ""); err != nil {
			t.Fatal(err)
		}
	}
	return st, clock
}

// must(f())(t) returns f's value, failing the test on f's error.
func must[T any](v T, err error) func(testing.TB) T {
	return func(t testing.TB) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}
