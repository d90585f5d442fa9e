package intake

import (
	"context"
	"fmt"
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
	"motcua/tui/tuitest"
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
	w := &world{st: st, clock: clock, desk: queuetest.NewDesk(t, st)}
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

// driver runs the form as its host would (tuitest.Async); it notes the
// going back and the saves the host would see.
type driver struct {
	*tuitest.Driver[Model]
	m     Model
	back  bool
	saved []hoso.Dossier // SavedMsg seen by the host
}

func newDriver(t *testing.T, opts Options, w, h int) *driver {
	t.Helper()
	d := &driver{m: New(opts)}
	d.Driver = tuitest.Async(t, &d.m, Model.Update)
	d.Intercept = func(msg tea.Msg) bool {
		switch msg := msg.(type) {
		case common.GoBackMsg:
			d.back = true
			return true
		case SavedMsg:
			d.saved = append(d.saved, msg.Dossier)
		}
		return false
	}
	d.Describe = func() string { return fmt.Sprintf("notice %q\n%s", d.m.noticeText(), d.screen()) }
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	d.Run(d.m.Init())
	d.Until("loaded", func(m Model) bool { return m.loaded })
	return d
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
	d.Test().Helper()
	for i := 0; d.m.focus != f; i++ {
		if i > int(numFields) {
			d.Test().Fatalf("cannot reach field %d", f)
		}
		d.Press("tab")
	}
}

// fillValid fills a valid form: the chip card scanned into the name
// field, a phone number, birth registration found without diacritics and
// two papers ticked. The focus ends on the checklist.
func (d *driver) fillValid() {
	d.Test().Helper()
	d.Type(scanLine)
	d.Press("enter")
	d.Type("0912345678")
	d.focusOn(fProcedure)
	d.Type("dang ky khai sinh")
	d.Press("enter")
	d.Press("space", "down", "space")
	if d.m.focus != fDocuments || len(d.m.received()) != 2 {
		d.Test().Fatalf("fillValid: focus %d, %d papers ticked\n%s", d.m.focus, len(d.m.received()), d.screen())
	}
}

// savedDone waits until the dossier is saved and the printer answered.
func savedDone(m Model) bool { return m.saved != nil && !m.printing }
