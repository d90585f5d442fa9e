package report

import (
	"context"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/queue/report"
	"motcua/store"
	"motcua/tui/tuitest"
)

// served is one ticket of a service served at a counter: it waits, is
// served, and the citizen rates it (no rating when level is "").
type served struct {
	service     string
	counter     int
	wait, serve time.Duration
	level       queue.Level
}

// monday is what the seeded station did on queuetest.Monday0800.
var monday = []served{
	{"hotich", 1, 2 * time.Minute, 5 * time.Minute, queue.VerySatisfied},
	{"hotich", 1, 4 * time.Minute, 7 * time.Minute, queue.Satisfied},
	{"hotich", 1, 6 * time.Minute, 3 * time.Minute, queue.Unsatisfied},
	{"chungthuc", 2, 1 * time.Minute, 4 * time.Minute, queue.VerySatisfied},
	{"chungthuc", 2, 3 * time.Minute, 2 * time.Minute, queue.VerySatisfied},
	{"datdai", 2, 10 * time.Minute, 12 * time.Minute, ""},
}

// seeded is a demo station that served monday, with one citizen still
// waiting for xahoi at the end of it, and one ticket issued on Tuesday.
// Its clock stands on Tuesday.
func seeded(t *testing.T) (*queue.Station, *store.ManualClock) {
	t.Helper()
	st, clock := queuetest.NewStation(t)
	ctx := context.Background()
	for _, s := range monday {
		queuetest.Must(st.Issue(ctx, s.service, ""))(t)
		clock.Advance(s.wait)
		queuetest.Must(st.CallNext(ctx, s.counter))(t)
		clock.Advance(s.serve)
		tk := queuetest.Must(st.Finish(ctx, s.counter, queue.Guided))(t)
		if s.level != "" {
			queuetest.Must(st.Rate(ctx, tk.ID, s.level, ""))(t)
		}
	}
	queuetest.Must(st.Issue(ctx, "xahoi", ""))(t)
	clock.Set(queuetest.Monday0800.AddDate(0, 0, 1).Add(time.Hour))
	queuetest.Must(st.Issue(ctx, "hotich", ""))(t)
	return st, clock
}

// drive runs the screen on period p at w×h in an asynchronous driver and
// waits for the first report.
func drive(t *testing.T, st *queue.Station, p report.Period, lang i18n.Lang, w, h int) (*Model, *tuitest.Driver[Model]) {
	t.Helper()
	m := New(Options{Station: st, Period: p, Lang: lang, Standalone: true})
	d := tuitest.Async(t, &m, tuitest.Concrete(Model.Update))
	d.Describe = func() string { return "screen:\n" + screen(m) }
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	d.Run(m.Init())
	d.Until("the report", func(m Model) bool { return m.loaded })
	return &m, d
}

func screen(m Model) string { return ansi.Strip(m.View().Content) }
