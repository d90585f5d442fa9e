package intake

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	hoso "motcua/intake"
	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/store"
	"motcua/tui/common"
)

func init() { draftDelay = 20 * time.Millisecond }

// scanLine is what a USB scanner types for a chip card (then Enter).
const scanLine = "001090012345|123456789|Nguyễn Văn An|15081990|Nam|Thôn 3, xã Tân Hòa|20042021"

// world is a demo station with the catalog and the holidays, a desk, and
// a ticket served at counter 1.
type world struct {
	st     *queue.Station
	clock  *store.ManualClock
	desk   *hoso.Desk
	ticket queue.Ticket
}

func newWorld(t testing.TB, opts ...queuetest.Option) *world {
	t.Helper()
	st, clock := queuetest.NewStation(t, opts...)
	ctx := context.Background()
	if _, err := hoso.SeedCatalog(ctx, st.DB()); err != nil {
		t.Fatal(err)
	}
	if _, err := hoso.SeedHolidays(ctx, st.DB()); err != nil {
		t.Fatal(err)
	}
	w := &world{st: st, clock: clock, desk: hoso.NewDesk(st.DB())}
	queuetest.Must(st.Issue(ctx, "hotich", ""))(t)
	clock.Advance(3 * time.Minute)
	w.ticket = queuetest.Must(st.CallNext(ctx, 1))(t)
	clock.Advance(2 * time.Minute)
	return w
}

func (w *world) options(lang i18n.Lang, forms common.FormPrinter) Options {
	return Options{Desk: w.desk, Station: w.st, Counter: 1, Clerk: "Nguyễn Thị Lan", TicketID: w.ticket.ID,
		Lang: lang, Forms: forms}
}

// dossiers lists every dossier on record (the register of the year).
func (w *world) dossiers(t testing.TB) []hoso.Dossier {
	t.Helper()
	ds, err := w.desk.Register(context.Background(), w.clock.Now().In(store.Local).Year())
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// fakeForms records what it is asked to print.
type fakeForms struct {
	mu       sync.Mutex
	receipts []hoso.Dossier
	err      error
}

func (f *fakeForms) PrintReceipt(_ context.Context, d hoso.Dossier) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.receipts = append(f.receipts, d)
	return f.err
}

func (f *fakeForms) PrintSupplement(context.Context, hoso.Dossier, []string, string) error {
	return nil
}
func (f *fakeForms) PrintRefusal(context.Context, hoso.Dossier, string) error            { return nil }
func (f *fakeForms) PrintApology(context.Context, hoso.Dossier, string, time.Time) error { return nil }

func (f *fakeForms) printed() []hoso.Dossier {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]hoso.Dossier(nil), f.receipts...)
}

// driver runs the form as its host would, in the test's goroutine:
// commands run in the background and their messages are fed back when
// the test waits.
type driver struct {
	t     *testing.T
	m     Model
	msgs  chan tea.Msg
	back  bool
	saved []hoso.Dossier // SavedMsg seen by the host
}

func newDriver(t *testing.T, opts Options, w, h int) *driver {
	t.Helper()
	d := &driver{t: t, m: New(opts), msgs: make(chan tea.Msg, 4096)}
	d.update(tea.WindowSizeMsg{Width: w, Height: h})
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

func (d *driver) update(msg tea.Msg) {
	switch msg := msg.(type) {
	case nil:
		return
	case tea.BatchMsg:
		for _, c := range msg {
			d.launch(c)
		}
		return
	case common.GoBackMsg:
		d.back = true
		return
	case SavedMsg:
		d.saved = append(d.saved, msg.Dossier)
	}
	var cmd tea.Cmd
	d.m, cmd = d.m.Update(msg)
	d.launch(cmd)
}

// press sends keys without waiting in between.
func (d *driver) press(keys ...string) {
	for _, k := range keys {
		d.update(keyMsg(k))
	}
}

// typeText types text a rune at a time, as a keyboard or a scanner does.
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
			d.t.Fatalf("timed out waiting for %s; notice %q\n%s", what, d.m.noticeText(), d.screen())
		}
	}
}

// settle feeds the messages that arrive within a short while.
func (d *driver) settle() {
	deadline := time.After(150 * time.Millisecond)
	for {
		select {
		case msg := <-d.msgs:
			d.update(msg)
		case <-deadline:
			return
		}
	}
}

// screen is the form as the clerk sees it, without colours.
func (d *driver) screen() string { return ansi.Strip(d.m.View()) }

// flat is the screen's text column by column (the wide layout puts two
// side by side), with the lines of each joined by spaces, so a sentence
// wrapped over two lines is found whole.
func (d *driver) flat() string {
	var cols []string
	for _, line := range strings.Split(d.screen(), "\n") {
		for i, part := range strings.Split(line, " │ ") {
			for len(cols) <= i {
				cols = append(cols, "")
			}
			cols[i] += " " + part
		}
	}
	for i := range cols {
		cols[i] = strings.Join(strings.Fields(cols[i]), " ")
	}
	return strings.Join(cols, "\n")
}

// focusOn moves the focus to f with Tab.
func (d *driver) focusOn(f field) {
	d.t.Helper()
	for i := 0; d.m.focus != f; i++ {
		if i > int(numFields) {
			d.t.Fatalf("cannot reach field %d", f)
		}
		d.press("tab")
	}
}

// keyMsg makes the key press that String() reports as k.
func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "f2":
		return tea.KeyPressMsg{Code: tea.KeyF2}
	case "ctrl+s":
		return tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}
	case "ctrl+x":
		return tea.KeyPressMsg{Code: 'x', Mod: tea.ModCtrl}
	case "ctrl+l":
		return tea.KeyPressMsg{Code: 'l', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// fillValid fills a valid form: the chip card scanned into the name
// field, a phone number, birth registration found without diacritics and
// two papers ticked. The focus ends on the checklist.
func (d *driver) fillValid() {
	d.t.Helper()
	d.typeText(scanLine)
	d.press("enter")
	d.typeText("0912345678")
	d.focusOn(fProcedure)
	d.typeText("dang ky khai sinh")
	d.press("enter")
	d.press("space", "down", "space")
	if d.m.focus != fDocuments || len(d.m.received()) != 2 {
		d.t.Fatalf("fillValid: focus %d, %d papers ticked\n%s", d.m.focus, len(d.m.received()), d.screen())
	}
}

// savedDone waits until the dossier is saved and the printer answered.
func savedDone(m Model) bool { return m.saved != nil && !m.printing }
