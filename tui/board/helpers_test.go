package board

import (
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/store"
)

// newStation opens a fresh demo station (queuetest) with every counter
// open.
func newStation(t testing.TB) (*queue.Station, *store.ManualClock) {
	t.Helper()
	return queuetest.NewStation(t)
}

// must(f())(t) returns f's value, failing the test on f's error.
func must[T any](v T, err error) func(testing.TB) T { return queuetest.Must(v, err) }

// recorder wraps the board in a teatest program and keeps the latest
// model, so a test can wait for a state without reading terminal bytes.
type recorder struct {
	Model
	last *atomic.Pointer[Model]
}

func (r recorder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := r.Model.Update(msg)
	m := next.(Model)
	r.last.Store(&m)
	return recorder{Model: m, last: r.last}, cmd
}

// running is a board in a teatest program.
type running struct {
	tm   *teatest.TestModel
	last *atomic.Pointer[Model]
}

// start runs m at w×h. Notices do not scroll unless the test wants them
// to, so golden files do not depend on timing.
func start(t *testing.T, m Model, w, h int) running {
	t.Helper()
	last := &atomic.Pointer[Model]{}
	last.Store(&m)
	tm := teatest.NewTestModel(t, recorder{Model: m, last: last}, teatest.WithInitialTermSize(w, h))
	t.Cleanup(func() { _ = tm.Quit() })
	r := running{tm: tm, last: last}
	r.waitFor(t, time.Second, "first snapshot", func(m Model) bool { return m.loaded && m.Width == w })
	return r
}

// waitFor polls the board's latest state until cond holds.
func (r running) waitFor(t *testing.T, d time.Duration, what string, cond func(Model) bool) Model {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		m := *r.last.Load()
		if cond(m) {
			return m
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s did not happen", d, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// final quits and returns the board's last model.
func (r running) final(t *testing.T) Model {
	t.Helper()
	if err := r.tm.Quit(); err != nil {
		t.Fatal(err)
	}
	return r.tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(recorder).Model
}

// quiet is a board whose notice stays still.
func quiet(opts Options) Model {
	m := New(opts)
	m.scrollEvery = time.Hour
	return m
}
