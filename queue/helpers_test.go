package queue_test

import (
	"testing"

	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/store"
)

// monday0800 is where a new test station's clock stands.
var monday0800 = queuetest.Monday0800

// newStation opens a fresh demo station (see queuetest.NewStation).
func newStation(t testing.TB) (*queue.Station, *store.ManualClock) {
	t.Helper()
	return queuetest.NewStation(t)
}

// newStationIn is newStation with the database file in dir.
func newStationIn(t testing.TB, dir string) (*queue.Station, *store.ManualClock) {
	t.Helper()
	return queuetest.NewStation(t, queuetest.In(dir))
}

// must(f())(t) returns f's value, failing the test on f's error.
func must[T any](v T, err error) func(testing.TB) T { return queuetest.Must(v, err) }
