package rating

import (
	"context"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

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

// finish serves one ticket of service at counter from issue to finish.
func finish(t *testing.T, st *queue.Station, clock *store.ManualClock, counter int, service string) queue.Ticket {
	t.Helper()
	ctx := context.Background()
	must(st.Issue(ctx, service, ""))(t)
	must(st.CallNext(ctx, counter))(t)
	clock.Advance(3 * time.Minute)
	return must(st.Finish(ctx, counter, queue.Guided))(t)
}

// drive runs the screen for counter 1 at w×h in an asynchronous driver
// and waits for its first look at the database.
func drive(t *testing.T, st *queue.Station, lang string, w, h int) (*Model, *tuitest.Driver[Model]) {
	t.Helper()
	opts := Options{Station: st, Counter: 1, Standalone: true}
	if lang == "en" {
		opts.Lang = opts.Lang.Toggle()
	}
	m := New(opts)
	d := tuitest.Async(t, &m, tuitest.Concrete(Model.Update))
	d.Describe = func() string { return "screen:\n" + screen(m) }
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	looked := false
	d.Intercept = func(msg tea.Msg) bool {
		if _, ok := msg.(pendingMsg); ok {
			looked = true
		}
		return false
	}
	d.Run(m.Init())
	d.Until("first look", func(Model) bool { return looked })
	d.Intercept = nil
	return &m, d
}

func screen(m Model) string { return ansi.Strip(m.View().Content) }

// timeout ends the current page's timer at once.
func timeout(d *tuitest.Driver[Model], m *Model) { d.Send(timeoutMsg{seq: m.seq}) }
