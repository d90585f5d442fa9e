package counter

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/store"
)

func TestQuitRefusedWhileServing(t *testing.T) {
	st, clock := newStation(t)
	issueMorning(t, st, clock)
	d := newDriver(t, st, i18n.VI)
	serve(d)
	id := d.m.serving().ID
	d.Press("q")
	if d.quit || d.m.busy || d.m.note.key != "counter.err.quit_busy" {
		t.Fatalf("q while serving: quit %v note %+v", d.quit, d.m.note)
	}
	if !strings.Contains(d.m.View().Content, d.m.serving().Display) {
		t.Fatal("refusal does not name the ticket")
	}
	// One ctrl+c warns; a second after more than 2 s warns again.
	d.Press("ctrl+c")
	clock.Advance(3 * time.Second)
	d.Press("ctrl+c")
	if d.quit || d.m.note.key != "counter.err.ctrlc_again" {
		t.Fatalf("slow ctrl+c pair: quit %v note %+v", d.quit, d.m.note)
	}
	clock.Advance(time.Second)
	d.Press("ctrl+c")
	d.Until("quit", func(Model) bool { return d.quit })
	c := counterState(t, st, 1)
	if c.State != queue.Open || c.Current == nil || c.Current.ID != id {
		t.Fatalf("emergency exit changed the counter: %+v", c)
	}
}

func TestErrorClearsOnNextAction(t *testing.T) {
	st, clock := newStation(t)
	issueMorning(t, st, clock)
	d := newDriver(t, st, i18n.EN)
	d.Press("f")
	if !errors.Is(d.m.note.err, queue.ErrNoCurrent) {
		t.Fatalf("f while idle: %+v", d.m.note)
	}
	if !strings.Contains(d.m.View().Content, i18n.T(i18n.EN, "queue.err.no_current")) {
		t.Fatal("error line not shown")
	}
	d.Press("n")
	if d.m.note.err != nil {
		t.Fatal("error not cleared by the next action")
	}
	d.idle()
}

func TestLanguageToggle(t *testing.T) {
	st, _ := newStation(t)
	d := newDriver(t, st, i18n.VI)
	if !strings.Contains(d.m.View().Content, "Quầy số 1") {
		t.Fatal("no Vietnamese title")
	}
	d.Press("ctrl+l")
	if !strings.Contains(d.m.View().Content, "Counter 1") {
		t.Fatal("ctrl+l did not switch to English")
	}
	d.Press("f2")
	if !strings.Contains(d.m.View().Content, "Quầy số 1") {
		t.Fatal("F2 did not switch back")
	}
}

func TestLiveUpdateFromAnotherProcess(t *testing.T) {
	st, clock := newStation(t)
	d := newDriver(t, st, i18n.VI)
	// A second connection to the file, as the kiosk process would have.
	other, err := store.Open(ctx, st.DB().Path(), store.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	kiosk := queue.NewStation(other)
	issued := must(kiosk.Issue(ctx, "chungthuc", "elderly"))(t)
	d.Until("the kiosk's ticket", func(m Model) bool { return len(m.waiting) == 1 })
	if !strings.Contains(d.m.View().Content, issued.Display) {
		t.Fatal("new ticket not drawn")
	}
	// Another counter calls it: it leaves counter 1's list.
	must(kiosk.CallNext(ctx, 2))(t)
	d.Until("the call at counter 2", func(m Model) bool { return len(m.waiting) == 0 })
}

func TestServiceTimer(t *testing.T) {
	st, clock := newStation(t)
	issueMorning(t, st, clock)
	d := newDriver(t, st, i18n.VI)
	gen := d.m.tickGen
	serve(d)
	if d.m.tickGen == gen {
		t.Fatal("serving did not start the one-second timer")
	}
	clock.Advance(65 * time.Second)
	d.Send(tickMsg{gen: d.m.tickGen - 1, at: st.Now()})
	if strings.Contains(d.m.View().Content, "01:05") {
		t.Fatal("a beat of a replaced timer was drawn")
	}
	d.Send(tickMsg{gen: d.m.tickGen, at: st.Now()})
	if !strings.Contains(d.m.View().Content, "01:05") {
		t.Fatalf("timer not at 01:05:\n%s", d.m.View().Content)
	}
	if d.m.nextTick() == nil {
		t.Fatal("timer stopped while serving")
	}
}

func TestScrollKeepsCursorVisible(t *testing.T) {
	st, clock := newStation(t)
	for range 3 {
		issueMorning(t, st, clock)
	}
	d := newDriver(t, st, i18n.VI)
	rows := d.m.layout().listRows
	if rows < 8 {
		t.Fatalf("only %d list rows at 80×24", rows)
	}
	for range 20 {
		d.Press("down")
	}
	cur, _ := d.m.highlighted()
	view := d.m.View().Content
	if d.m.offset == 0 || !strings.Contains(view, "▸ "+cur.Display) || !strings.Contains(view, "▲") {
		t.Fatalf("cursor %d offset %d:\n%s", d.m.cursor, d.m.offset, view)
	}
	if got := strings.Count(view, "\n") + 1; got != 24 {
		t.Fatalf("view has %d lines, want 24", got)
	}
}

func TestTooSmallAndUnknownCounter(t *testing.T) {
	st, _ := newStation(t)
	d := newDriver(t, st, i18n.EN)
	d.Send(tea.WindowSizeMsg{Width: 60, Height: 20})
	if !strings.Contains(d.m.View().Content, "80×24") {
		t.Fatalf("no size message:\n%s", d.m.View().Content)
	}

	d = openDriver(t, Options{Station: st, Number: 9, Lang: i18n.EN, Standalone: true})
	d.Until("open error", func(m Model) bool { return m.openErr != nil })
	if !strings.Contains(d.m.View().Content, i18n.T(i18n.EN, "queue.err.unknown_counter")) {
		t.Fatalf("no explanation:\n%s", d.m.View().Content)
	}
	d.Press("q")
	d.Until("quit", func(Model) bool { return d.quit })
}

func TestPersonTextIsSanitized(t *testing.T) {
	st, clock := newStation(t)
	issueMorning(t, st, clock)
	d := openDriver(t, Options{Station: st, Number: 1, Clerk: "Lan\x1b]2;pwned\x07\x1b[2J", Lang: i18n.VI})
	d.Until("loaded", func(m Model) bool { return m.loaded })
	d.Press("p")
	d.Send(tea.PasteMsg{Content: "họp\x1b[31m đột xuất"})
	d.Press("enter")
	d.idle()
	c := counterState(t, st, 1)
	// The text field drops the escape byte of a paste; what is left is
	// harmless text.
	if c.Clerk != "Lan" || strings.ContainsRune(c.PauseReason, '\x1b') || !strings.HasPrefix(c.PauseReason, "họp") {
		t.Fatalf("stored %q / %q", c.Clerk, c.PauseReason)
	}
	if v := d.m.View().Content; strings.Contains(v, "pwned") || strings.Contains(v, "\x1b[2J") {
		t.Fatal("escape sequence drawn")
	}
}
