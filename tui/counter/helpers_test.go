package counter

import (
	"context"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/store"
	"motcua/tui/common"
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

// driver runs a counter model as Bubble Tea would, in the test's
// goroutine: commands run in the background and their messages are fed
// back to Update when the test waits for a condition.
type driver struct {
	t    *testing.T
	m    Model
	msgs chan tea.Msg
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
	d := &driver{t: t, m: New(opts), msgs: make(chan tea.Msg, 4096)}
	d.update(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.launch(d.m.Init())
	d.until("loaded", func(m Model) bool { return m.loaded })
	return d
}

func (d *driver) launch(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	go func() { d.msgs <- cmd() }()
}

// update gives the model one message and starts its command; it does not
// wait for the command.
func (d *driver) update(msg tea.Msg) {
	switch msg := msg.(type) {
	case nil:
		return
	case tea.BatchMsg:
		for _, c := range msg {
			d.launch(c)
		}
		return
	case tea.QuitMsg:
		d.quit = true
		return
	case common.GoBackMsg:
		if d.m.sub == nil { // a subscreen closing goes to the counter
			d.back = true
			return
		}
	}
	m, cmd := d.m.Update(msg)
	d.m = m.(Model)
	d.launch(cmd)
}

// press sends keys, one message each, without waiting in between.
func (d *driver) press(keys ...string) {
	for _, k := range keys {
		d.update(keyMsg(k))
	}
}

// typeText types text into the model.
func (d *driver) typeText(s string) {
	for _, r := range s {
		d.update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// until feeds messages to the model until cond holds.
func (d *driver) until(what string, cond func(Model) bool) {
	d.t.Helper()
	deadline := time.After(10 * time.Second)
	for !cond(d.m) {
		select {
		case msg := <-d.msgs:
			d.update(msg)
		case <-deadline:
			d.t.Fatalf("timed out waiting for %s; notice %+v", what, d.m.note)
		}
	}
}

// idle waits for the action in flight to end.
func (d *driver) idle() {
	d.t.Helper()
	d.until("action to end", func(m Model) bool { return !m.busy })
}

// keyMsg makes the key press that String() reports as k.
func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "f2":
		return tea.KeyPressMsg{Code: tea.KeyF2}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+l":
		return tea.KeyPressMsg{Code: 'l', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// probe wraps the model under teatest and keeps the latest one, so a
// golden test can wait for a state and then draw it.
type probe struct {
	m    Model
	last *latest
}

type latest struct {
	mu sync.Mutex
	m  Model
}

func (p probe) Init() tea.Cmd { return p.m.Init() }

func (p probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := p.m.Update(msg)
	p.m = m.(Model)
	p.last.mu.Lock()
	p.last.m = p.m
	p.last.mu.Unlock()
	return p, cmd
}

func (p probe) View() tea.View { return p.m.View() }

func (l *latest) wait(t *testing.T, what string, cond func(Model) bool) Model {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		l.mu.Lock()
		m := l.m
		l.mu.Unlock()
		if cond(m) {
			return m
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
	return Model{}
}
