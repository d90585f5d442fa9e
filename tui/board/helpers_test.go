package board

import (
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"

	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/store"
	"motcua/tui/tuitest"
)

// newStation opens a fresh demo station (queuetest) with every counter
// open.
func newStation(t testing.TB) (*queue.Station, *store.ManualClock) {
	t.Helper()
	return queuetest.NewStation(t)
}

// must(f())(t) returns f's value, failing the test on f's error.
func must[T any](v T, err error) func(testing.TB) T { return queuetest.Must(v, err) }

// running is a board in a teatest program; the recorder keeps its
// latest model, so a test waits for a state (WaitFor, Last) without
// reading terminal bytes.
type running struct {
	tuitest.Recorder[Model]
	tm *teatest.TestModel
}

// start runs m at w×h. Notices do not scroll unless the test wants them
// to, so golden files do not depend on timing.
func start(t *testing.T, m Model, w, h int) running {
	t.Helper()
	rec := tuitest.Record(m)
	tm := teatest.NewTestModel(t, rec, teatest.WithInitialTermSize(w, h))
	t.Cleanup(func() { _ = tm.Quit() })
	r := running{Recorder: rec, tm: tm}
	r.WaitFor(t, time.Second, "first snapshot", func(m Model) bool { return m.loaded && m.Width == w })
	return r
}

// final quits and returns the board's last model.
func (r running) final(t *testing.T) Model {
	t.Helper()
	if err := r.tm.Quit(); err != nil {
		t.Fatal(err)
	}
	return r.tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(tuitest.Recorder[Model]).Model
}

// quiet is a board whose notice stays still.
func quiet(opts Options) Model {
	m := New(opts)
	m.scrollEvery = time.Hour
	return m
}
