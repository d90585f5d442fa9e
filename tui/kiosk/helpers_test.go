package kiosk

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/store"
	"motcua/tui/common"
	"motcua/tui/tuitest"
)

// monday0830 is a Monday morning in the commune's time zone.
var monday0830 = time.Date(2026, 11, 23, 8, 30, 0, 0, store.Local)

// newStation opens the demo station (queuetest) at 08:30. Counters 1 and
// 2 are open; counter 3, the only one for "Chính sách – Xã hội", is
// closed, so that service has no honest estimate.
func newStation(t testing.TB) (*queue.Station, *store.ManualClock) {
	t.Helper()
	return queuetest.NewStation(t, queuetest.At(monday0830), queuetest.OpenCounters(1, 2))
}

// queueUp issues tickets as citizens who came earlier.
func queueUp(t testing.TB, st *queue.Station, clock *store.ManualClock, tickets ...[2]string) {
	t.Helper()
	for _, tk := range tickets {
		if _, err := st.Issue(context.Background(), tk[0], tk[1]); err != nil {
			t.Fatal(err)
		}
		clock.Advance(time.Minute)
	}
}

// morning is the line the goldens and most tests start from.
func morning(t testing.TB, st *queue.Station, clock *store.ManualClock) {
	queueUp(t, st, clock,
		[2]string{"hotich", ""}, [2]string{"hotich", "elderly"}, [2]string{"chungthuc", ""},
		[2]string{"datdai", ""}, [2]string{"hotich", ""}, [2]string{"xahoi", ""})
}

// driver runs the kiosk synchronously (tuitest.Sync): timers are
// recorded instead of slept (fire them with fire), and the snapshot watch
// is off (tests load snapshots themselves). It notes the quit and the
// going back the host would see.
type driver struct {
	*tuitest.Driver[Model]
	m      Model
	st     *queue.Station
	clock  *store.ManualClock
	timers int
	quit   bool
	back   bool
}

func newDriver(t *testing.T, st *queue.Station, clock *store.ManualClock, opts Options) *driver {
	t.Helper()
	opts.Station = st
	d := &driver{st: st, clock: clock}
	d.m = New(opts)
	d.Driver = tuitest.Sync(t, &d.m, tuitest.Concrete(Model.Update))
	d.Intercept = func(msg tea.Msg) bool {
		switch msg.(type) {
		case tea.QuitMsg:
			d.quit = true
			return true
		case common.GoBackMsg:
			d.back = true
			return true
		}
		return false
	}
	d.m.after = func(time.Duration, tea.Msg) tea.Cmd {
		d.timers++
		return nil
	}
	d.m.watch = func(int64) tea.Cmd { return nil }
	d.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.Run(d.m.Init())
	return d
}

// fire wakes the kiosk's current timer, as tea.Tick would.
func (d *driver) fire() {
	d.Test().Helper()
	d.Send(timerMsg{seq: d.m.timerSeq})
}

// screen is the plain text on the terminal.
func (d *driver) screen() string { return ansi.Strip(d.m.View().Content) }

// click touches the centre of the first button with the label.
func (d *driver) click(label string) {
	d.Test().Helper()
	x, y := d.find(label)
	d.Send(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
}

// find is the screen position of a label.
func (d *driver) find(label string) (int, int) {
	d.Test().Helper()
	for y, line := range strings.Split(d.screen(), "\n") {
		if i := strings.Index(line, label); i >= 0 {
			return ansi.StringWidth(line[:i]), y
		}
	}
	d.Test().Fatalf("%q not on screen:\n%s", label, d.screen())
	return 0, 0
}

// tickets are today's tickets in issue order, read from the database.
func tickets(t testing.TB, st *queue.Station) []queue.Ticket {
	t.Helper()
	sn, err := st.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return sn.Waiting
}
