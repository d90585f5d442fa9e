package dossiers

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/store"
	"motcua/tui/common"
	"motcua/tui/tuitest"
)

// local is a time in the commune's time zone.
func local(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, store.Local)
}

// today is the Monday the tests look at the panel, 19/10/2026 09:00 (no
// holiday near).
var today = local(2026, 10, 19, 9, 0)

// Demo catalog procedures used by the tests.
const (
	birthReg    = "1.001193" // khai sinh: same day
	maritalCert = "1.004873" // xác nhận tình trạng hôn nhân: 3 working days
	bizPause    = "1.001570" // tạm ngừng kinh doanh: 1 working day
	certDeal    = "2.001035" // chứng thực giao dịch: 2 working days
)

// env is a demo station with the catalog, the holidays and five dossiers
// received over the past week.
type env struct {
	st    *queue.Station
	clock *store.ManualClock
	desk  *intake.Desk
	// The dossiers as received: overdue (an 4 days, binh 5 days), due
	// today (cuong 16:00, dung2 16:00), and dung due on Wednesday.
	an, binh, cuong, dung, dung2 intake.Dossier
}

func newEnv(t testing.TB) *env {
	t.Helper()
	ctx := context.Background()
	st, clock := queuetest.NewStation(t, queuetest.At(local(2026, 10, 12, 8, 0)))
	e := &env{st: st, clock: clock, desk: queuetest.NewDesk(t, st)}
	receive := func(at time.Time, key, proc string, c intake.Citizen) intake.Dossier {
		t.Helper()
		clock.Set(at)
		d, err := e.desk.Receive(ctx, intake.Intake{
			Key: key, Citizen: c, Procedure: proc,
			Documents: []intake.ReceivedDocument{{Name: "Tờ khai", Kind: intake.Original, Count: 1}},
			Sets:      1, Return: intake.AtCounter, Counter: 1, Clerk: "Nguyễn Thị Lan",
		})
		if err != nil {
			t.Fatal(err)
		}
		// Lookup codes are drawn at random: fix them so the screens are
		// the same on every run.
		i := int(key[1] - '0')
		lookup := intake.LookupAlphabet[i:i+4] + "K7M4"
		err = st.DB().Write(ctx, func(tx *store.Tx) error {
			_, err := tx.ExecContext(ctx, `UPDATE dossiers SET lookup = ? WHERE id = ?`, lookup, d.ID)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return e.dossier(t, d.Code)
	}
	e.an = receive(local(2026, 10, 12, 9, 0), "k1", maritalCert, intake.Citizen{
		Name: "Nguyễn Văn An", IDNumber: "001090012345", Phone: "0912345678", Address: "Thôn 3, xã Tân Hòa"})
	e.binh = receive(local(2026, 10, 13, 10, 0), "k2", bizPause, intake.Citizen{
		Name: "Trần Thị Bình", IDNumber: "001185123456", Phone: "0987654321", Address: "Thôn 1, xã Tân Hòa"})
	e.cuong = receive(local(2026, 10, 15, 14, 0), "k3", certDeal, intake.Citizen{
		Name: "Lê Hoàng Cường", IDNumber: "001088765432", Phone: "0333444555", Address: "Thôn 2, xã Tân Hòa"})
	e.dung = receive(local(2026, 10, 16, 9, 0), "k4", maritalCert, intake.Citizen{
		Name: "Phạm Thị Dung", IDNumber: "001192345678", Phone: "0905111222", Address: "Thôn 4, xã Tân Hòa"})
	e.dung2 = receive(today, "k5", birthReg, intake.Citizen{
		Name: "Phạm Thị Dung", IDNumber: "001192345678", Phone: "0905111222", Address: "Thôn 4, xã Tân Hòa"})
	return e
}

// dossier reads a dossier back from the database.
func (e *env) dossier(t testing.TB, code string) intake.Dossier {
	t.Helper()
	d, err := e.desk.Dossier(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// history reads a dossier's events.
func (e *env) history(t testing.TB, code string) []intake.DossierEvent {
	t.Helper()
	h, err := e.desk.History(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// fakeForms records what the panel printed.
type fakeForms struct {
	mu                                         sync.Mutex
	receipts, supplements, refusals, apologies int
	lastMissing                                []string
	lastReason                                 string
	lastOldDue                                 time.Time
	last                                       intake.Dossier
	fail                                       error
}

func (f *fakeForms) record(d intake.Dossier, counter *int) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	*counter++
	f.last = d
	return f.fail
}

func (f *fakeForms) PrintReceipt(_ context.Context, d intake.Dossier) error {
	return f.record(d, &f.receipts)
}

func (f *fakeForms) PrintSupplement(_ context.Context, d intake.Dossier, missing []string, reason string) error {
	f.lastMissing, f.lastReason = missing, reason
	return f.record(d, &f.supplements)
}

func (f *fakeForms) PrintRefusal(_ context.Context, d intake.Dossier, reason string) error {
	f.lastReason = reason
	return f.record(d, &f.refusals)
}

func (f *fakeForms) PrintApology(_ context.Context, d intake.Dossier, reason string, oldDue time.Time) error {
	f.lastReason, f.lastOldDue = reason, oldDue
	return f.record(d, &f.apologies)
}

// driver runs the panel synchronously (tuitest.Sync); the database watch
// and the timers are off (tests send revMsg and tickMsg themselves). It
// notes the going back and the acts the host would see.
type driver struct {
	*tuitest.Driver[Model]
	m     Model
	back  bool
	acted []ActedMsg
}

func newDriver(t *testing.T, e *env, opts Options) *driver {
	t.Helper()
	opts.Desk, opts.Station = e.desk, e.st
	if opts.Counter == 0 {
		opts.Counter = 1
	}
	d := &driver{m: New(opts)}
	d.Driver = tuitest.Sync(t, &d.m, Model.Update)
	d.Intercept = func(msg tea.Msg) bool {
		switch msg := msg.(type) {
		case common.GoBackMsg:
			d.back = true
			return true
		case ActedMsg:
			d.acted = append(d.acted, msg)
			return true
		}
		return false
	}
	d.m.watch = func(int64) tea.Cmd { return nil }
	d.m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	d.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.Run(d.m.Init())
	return d
}

// screen is the plain text of the view.
func (d *driver) screen() string { return ansi.Strip(d.m.View()) }

// open selects a dossier on the panel by its code and opens it.
func (d *driver) open(code string) {
	d.Test().Helper()
	d.m.cursorID = ""
	for _, x := range d.m.rows() {
		if x.Code == code {
			d.m.cursorID = x.ID
		}
	}
	if d.m.cursorID != "" {
		d.Press("enter")
	} else {
		// Not on the panel: find it by its code, as a clerk would.
		d.Press("/")
		d.Type(code)
		d.Press("enter")
	}
	if d.m.level != levelDetail || d.m.d.Code != code {
		d.Test().Fatalf("dossier %s did not open:\n%s", code, d.screen())
	}
}

// wantOn fails unless every string is on screen.
func (d *driver) wantOn(want ...string) {
	d.Test().Helper()
	scr := d.screen()
	for _, s := range want {
		if !strings.Contains(scr, s) {
			d.Test().Fatalf("%q not on screen:\n%s", s, scr)
		}
	}
}

// T is a sentence in the panel's language.
func (d *driver) T(key string, args ...any) string { return i18n.T(d.m.Lang, key, args...) }
