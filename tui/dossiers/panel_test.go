package dossiers

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/store"
	"motcua/tui/tuitest"
)

func TestPanelListsDueTodayAndOverdue(t *testing.T) {
	e := newEnv(t)
	d := newDriver(t, e, Options{})
	scr := d.screen()
	due, over := strings.Index(scr, "Đến hạn hôm nay (2)"), strings.Index(scr, "Quá hạn (2)")
	if due < 0 || over < due {
		t.Fatalf("sections missing or out of order:\n%s", scr)
	}
	at := func(code string) int { return strings.Index(scr, code) }
	// Due today: soonest first (both 16:00, then by code); overdue: most
	// overdue first; Wednesday's dossier is in neither list.
	if !(due < at(e.cuong.Code) && at(e.cuong.Code) < at(e.dung2.Code) && at(e.dung2.Code) < over &&
		over < at(e.binh.Code) && at(e.binh.Code) < at(e.an.Code)) || at(e.dung.Code) >= 0 {
		t.Fatalf("rows in the wrong place:\n%s", scr)
	}
	for _, c := range []struct {
		d    intake.Dossier
		late string
	}{{e.binh, "5 ngày"}, {e.an, "4 ngày"}} {
		line := tuitest.LineWith(t, scr, c.d.Code)
		if !strings.Contains(line, c.late) || !strings.Contains(line, shortDue(c.d.DueAt)) {
			t.Errorf("%s: %q lacks %q", c.d.Code, line, c.late)
		}
	}
	if line := tuitest.LineWith(t, scr, e.an.Code); !strings.Contains(line, "Nguyễn Văn An") || !strings.Contains(line, "Cấp Giấy xác") {
		t.Errorf("row without name or short procedure: %q", line)
	}
	// The cursor starts on the first row and moves over both lists.
	if !strings.HasPrefix(tuitest.LineWith(t, scr, e.cuong.Code), "▸") {
		t.Fatalf("cursor not on the first row:\n%s", scr)
	}
	d.Press("down", "down", "enter")
	if d.m.level != levelDetail || d.m.d.Code != e.binh.Code {
		t.Fatalf("third row opened %q", d.m.d.Code)
	}
	d.Press("esc")
	if d.m.level != levelPanel || d.back {
		t.Fatal("esc from the detail did not return to the panel")
	}
	d.Press("esc")
	if !d.back {
		t.Fatal("esc on the panel did not send GoBackMsg")
	}
}

func TestPanelFollowsDatabaseAndClock(t *testing.T) {
	e := newEnv(t)
	d := newDriver(t, e, Options{})
	// Another counter resolves a dossier: the watch wakes the panel.
	if _, err := e.desk.Resolve(context.Background(), e.cuong.Code, intake.Actor{Counter: 2}, ""); err != nil {
		t.Fatal(err)
	}
	d.Send(revMsg{id: d.m.id})
	if strings.Contains(d.screen(), e.cuong.Code) || !strings.Contains(d.screen(), "Đến hạn hôm nay (1)") {
		t.Fatalf("resolved dossier still listed:\n%s", d.screen())
	}
	// A message of another panel is ignored.
	e.clock.Set(local(2026, 10, 19, 16, 30))
	d.Send(tickMsg{id: d.m.id + 1000})
	if !strings.Contains(d.screen(), "Đến hạn hôm nay (1)") {
		t.Fatal("another panel's tick acted")
	}
	// At 16:30 the slow refresh moves today's dossier to overdue.
	d.Send(tickMsg{id: d.m.id})
	scr := d.screen()
	if !strings.Contains(scr, "Đến hạn hôm nay (0)") || !strings.Contains(scr, "Quá hạn (3)") ||
		!strings.Contains(tuitest.LineWith(t, scr, e.dung2.Code), "hôm nay") {
		t.Fatalf("after 16:00:\n%s", scr)
	}
}

func TestFindByCodeLookupIDAndName(t *testing.T) {
	e := newEnv(t)
	d := newDriver(t, e, Options{})
	for _, c := range []struct {
		query string
		want  []intake.Dossier
	}{
		{"nguyen van an", []intake.Dossier{e.an}},
		{"Phạm Thị Dung", []intake.Dossier{e.dung2, e.dung}},
		{"001192345678", []intake.Dossier{e.dung2, e.dung}},
		{strings.ToLower(intake.FormatLookup(e.binh.Lookup)), []intake.Dossier{e.binh}},
		{strings.ToLower(e.cuong.Code), []intake.Dossier{e.cuong}},
	} {
		d.Press("/")
		d.Type(c.query)
		if d.m.level != levelFind || len(d.m.results) != len(c.want) {
			t.Fatalf("%q: %d results, want %d:\n%s", c.query, len(d.m.results), len(c.want), d.screen())
		}
		for i, w := range c.want {
			if d.m.results[i].Code != w.Code {
				t.Errorf("%q: result %d is %s, want %s", c.query, i, d.m.results[i].Code, w.Code)
			}
			d.wantOn(w.Code)
		}
		d.Press("esc")
		if d.m.level != levelPanel || d.m.query.Value() != "" {
			t.Fatal("esc did not close the search")
		}
	}
	// No match says so; Enter on a result opens it and Esc comes back to
	// the results.
	d.Press("/")
	d.Type("khong co ai")
	d.wantOn("Không tìm thấy hồ sơ nào khớp với “khong co ai”.")
	for range len("khong co ai") {
		d.Press("backspace")
	}
	d.Type("dung")
	d.Press("down", "enter")
	if d.m.level != levelDetail || d.m.d.Code != e.dung.Code {
		t.Fatalf("second result did not open: %q", d.m.d.Code)
	}
	d.Press("esc")
	if d.m.level != levelFind || len(d.m.results) != 2 {
		t.Fatal("esc from the detail did not return to the results")
	}
}

func TestScannedReceiptOnPanelOpensDossier(t *testing.T) {
	e := newEnv(t)
	d := newDriver(t, e, Options{})
	// The scanner types the dossier code of the QR and Enter, faster than
	// the search answers: the dossier opens when the results come.
	for _, r := range e.dung.ReceiptQR() {
		m, _ := d.m.Update(tuitest.Key(string(r))) // the searches are still running
		d.m = m
	}
	d.Press("enter")
	if d.m.level != levelFind || !d.m.pendingOpen {
		t.Fatalf("enter before the results: level %d pending %v", d.m.level, d.m.pendingOpen)
	}
	d.Run(d.m.find(d.m.query.Value()))
	if d.m.level != levelDetail || d.m.d.Code != e.dung.Code {
		t.Fatalf("scan did not open the dossier:\n%s", d.screen())
	}
}

func TestNamesAreSanitised(t *testing.T) {
	e := newEnv(t)
	evil := "\x1b]0;pwned\x07Hacker\x1b[2J Evil\u202e"
	err := e.st.DB().Write(context.Background(), func(tx *store.Tx) error {
		_, err := tx.ExecContext(context.Background(), `UPDATE dossiers SET citizen_name = ? WHERE id = ?`, evil, e.an.ID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, e, Options{})
	check := func(where string) {
		t.Helper()
		raw := d.m.View()
		for _, bad := range []string{"\x1b]", "\x07", "\x1b[2J", "\u202e"} {
			if strings.Contains(raw, bad) {
				t.Fatalf("%s: raw view holds %q", where, bad)
			}
		}
		if !strings.Contains(ansi.Strip(raw), "Hacker Evil") {
			t.Fatalf("%s: cleaned name missing:\n%s", where, ansi.Strip(raw))
		}
	}
	check("panel")
	d.open(e.an.Code)
	check("detail")
	d.Press("esc", "/")
	d.Type(e.an.Code)
	check("find")
}

func TestLanguageToggle(t *testing.T) {
	e := newEnv(t)
	d := newDriver(t, e, Options{Lang: i18n.VI})
	d.wantOn("Đến hạn hôm nay")
	d.Press("ctrl+l")
	d.wantOn("Due today (2)", "Overdue (2)", "5 days")
	d.open(e.an.Code)
	d.Press("f2")
	d.wantOn("Người nộp: Nguyễn Văn An", "Chuyển xử lý")
}

func TestTooSmall(t *testing.T) {
	e := newEnv(t)
	d := newDriver(t, e, Options{})
	d.Send(tea.WindowSizeMsg{Width: 70, Height: 20})
	if !strings.Contains(d.screen(), "Cửa sổ quá nhỏ") {
		t.Fatalf("no size message:\n%s", d.screen())
	}
}

func TestRealWatchWakesThePanel(t *testing.T) {
	e := newEnv(t)
	m := New(Options{Desk: e.desk, Station: e.st, Counter: 1})
	m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m, watch := m.Update(m.loadPanel()()) // the first reading starts the one watch
	if watch == nil || !m.watching {
		t.Fatal("no watch after the first reading")
	}
	if _, again := m.Update(m.loadPanel()()); again != nil {
		t.Fatal("a second reading started a second watch")
	}
	got := make(chan tea.Msg, 1)
	go func() { got <- watch() }()
	select {
	case msg := <-got:
		t.Fatalf("the watch returned before any change: %#v", msg)
	case <-time.After(100 * time.Millisecond):
	}
	if _, err := e.desk.StartProcessing(context.Background(), e.an.Code, intake.Actor{Counter: 2}); err != nil {
		t.Fatal(err)
	}
	var msg tea.Msg
	select {
	case msg = <-got:
	case <-time.After(5 * time.Second):
		t.Fatal("the watch did not wake after a write")
	}
	m, reload := m.Update(msg)
	if m.watching || reload == nil {
		t.Fatal("the wake-up did not reload")
	}
	m, _ = m.Update(reload())
	if !m.watching || !strings.Contains(tuitest.LineWith(t, ansi.Strip(m.View()), e.an.Code), "4 ngày") {
		t.Fatalf("after reload:\n%s", ansi.Strip(m.View()))
	}
}
