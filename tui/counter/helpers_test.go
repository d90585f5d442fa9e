package counter

import (
	"context"
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/store"
	"motcua/tui/common"
	"motcua/tui/tuitest"
)

// newStation opens a fresh demo station (queuetest). Counters 2 and 3 are
// open; counter 1 is left for the screen.
func newStation(t testing.TB) (*queue.Station, *store.ManualClock) {
	t.Helper()
	return queuetest.NewStation(t, queuetest.OpenCounters(2, 3))
}

// issueMorning issues the tickets of an early morning, a minute or more
// apart: regular and priority tickets of counter 1's services (hộ tịch,
// chứng thực) and one of a service counter 1 does not serve.
func issueMorning(t testing.TB, st *queue.Station, clock *store.ManualClock) []queue.Ticket {
	t.Helper()
	plan := []struct{ service, group string }{
		{"hotich", ""}, {"chungthuc", ""}, {"hotich", "elderly"}, {"datdai", ""},
		{"hotich", ""}, {"chungthuc", "pregnant"}, {"hotich", ""}, {"chungthuc", ""},
		{"hotich", "disabled"}, {"hotich", ""}, {"chungthuc", ""}, {"hotich", ""},
	}
	var out []queue.Ticket
	for i, p := range plan {
		out = append(out, must(st.Issue(context.Background(), p.service, p.group))(t))
		clock.Advance(time.Duration(1+i%3) * time.Minute)
	}
	return out
}

// must(f())(t) returns f's value, failing the test on f's error.
func must[T any](v T, err error) func(testing.TB) T { return queuetest.Must(v, err) }

// driver runs a counter model as Bubble Tea would (tuitest.Async); it
// notes the quit and the going back a host would see.
type driver struct {
	*tuitest.Driver[Model]
	m    Model
	quit bool
	back bool
}

func newDriver(t *testing.T, st *queue.Station, lang i18n.Lang) *driver {
	t.Helper()
	return newDriverWith(t, Options{Station: st, Number: 1, Lang: lang, Standalone: true})
}

// newDriverWith is newDriver with the given options.
func newDriverWith(t *testing.T, opts Options) *driver {
	t.Helper()
	d := openDriver(t, opts)
	d.Until("loaded", func(m Model) bool { return m.loaded })
	return d
}

// openDriver sizes an 80×24 screen and starts it, without waiting.
func openDriver(t *testing.T, opts Options) *driver {
	t.Helper()
	d := &driver{m: New(opts)}
	d.Driver = tuitest.Async(t, &d.m, tuitest.Concrete(Model.Update))
	d.Intercept = func(msg tea.Msg) bool {
		switch msg.(type) {
		case tea.QuitMsg:
			d.quit = true
			return true
		case common.GoBackMsg:
			if d.m.sub == nil { // a subscreen closing goes to the counter
				d.back = true
				return true
			}
		}
		return false
	}
	d.Describe = func() string { return fmt.Sprintf("notice %+v", d.m.note) }
	d.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.Run(d.m.Init())
	return d
}

// idle waits for the action in flight to end.
func (d *driver) idle() {
	d.Test().Helper()
	d.Until("action to end", func(m Model) bool { return !m.busy })
}
