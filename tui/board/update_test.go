package board

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/tui/common"
	"motcua/tui/tuitest"
)

// loaded is a board that has read the station at w×h, driven by hand.
func loaded(t *testing.T, st *queue.Station, opts Options, w, h int) Model {
	t.Helper()
	opts.Station = st
	m := quiet(opts)
	next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	sn := must(st.Snapshot(context.Background()))(t)
	next, _ = next.Update(common.SnapshotMsg{Snapshot: sn})
	return next.(Model)
}

func TestLanguageToggle(t *testing.T) {
	st, _ := newStation(t)
	m := loaded(t, st, Options{Lang: i18n.VI}, 80, 24)
	for _, k := range []string{"ctrl+l", "f2"} {
		before := m.Lang
		next, _ := m.Update(tuitest.Key(k))
		m = next.(Model)
		if m.Lang == before {
			t.Errorf("%s did not switch the language", k)
		}
	}
	if !strings.Contains(m.View().Content, "Quầy 1") {
		t.Error("after two toggles the board is not Vietnamese")
	}
	next, _ := m.Update(tuitest.Key("f2"))
	if !strings.Contains(next.(Model).View().Content, "Counter 1") {
		t.Error("toggled board is not English")
	}
}

func TestQuit(t *testing.T) {
	st, _ := newStation(t)
	for _, standalone := range []bool{true, false} {
		m := loaded(t, st, Options{Standalone: standalone}, 80, 24)
		_, cmd := m.Update(tuitest.Key("q"))
		if cmd == nil {
			t.Fatalf("standalone=%v: q did nothing", standalone)
		}
		msg := cmd()
		switch {
		case standalone && msg != tea.Quit():
			t.Errorf("standalone board: q sent %T, want tea.QuitMsg", msg)
		case !standalone && msg != (common.GoBackMsg{}):
			t.Errorf("board in the launcher: q sent %T, want common.GoBackMsg", msg)
		}
	}
}

func TestTooSmall(t *testing.T) {
	st, _ := newStation(t)
	m := loaded(t, st, Options{Lang: i18n.EN}, 79, 24)
	view := m.View().Content
	if !strings.Contains(view, "80×24") || strings.Contains(view, "Counter 1") {
		t.Errorf("79×24 should ask for 80×24:\n%s", view)
	}
	if m.needsScroll() {
		t.Error("notice scrolls under the too-small message")
	}
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if !strings.Contains(next.(Model).View().Content, "Counter 1") {
		t.Error("board does not come back at 80×24")
	}
}

// The notice ticks only when it is wider than the screen.
func TestNoticeScrollsOnlyWhenTooLong(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	if err := st.SetSetting(ctx, "board.notice", "Chào mừng quý khách."); err != nil {
		t.Fatal(err)
	}
	m := loaded(t, st, Options{}, 80, 24)
	if m.scrolling || m.needsScroll() {
		t.Error("a short notice scrolls")
	}
	if !strings.Contains(m.View().Content, "Chào mừng quý khách.") {
		t.Error("short notice not shown")
	}
	// The demo notice is longer than 80 cells: it moves one cell a tick.
	long := strings.Repeat("Thông báo dài. ", 8)
	queuetest.StoreSetting(t, st, "board.notice", long+"\x1b[31m") // as an older motcua stored it
	next, _ := m.Update(common.SnapshotMsg{Snapshot: must(st.Snapshot(ctx))(t)})
	m = next.(Model)
	if !m.scrolling {
		t.Fatal("a long notice does not scroll")
	}
	if strings.Contains(m.notice, "\x1b") {
		t.Error("escape sequence of the notice reached the screen")
	}
	first := m.noticeLine()
	body := m.body
	next, cmd := m.Update(common.TickMsg{Tag: tagNotice, Time: time.Now()})
	m = next.(Model)
	if cmd == nil || m.offset != 1 || m.noticeLine() == first {
		t.Errorf("tick did not move the notice (offset %d)", m.offset)
	}
	if m.body != body {
		t.Error("a notice tick redrew the whole board")
	}
	// Wider screen: the notice fits and the next tick stops the timer.
	next, _ = m.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	next, cmd = next.Update(common.TickMsg{Tag: tagNotice, Time: time.Now()})
	if cmd != nil || next.(Model).scrolling {
		t.Error("the notice keeps ticking although it fits")
	}
}

// The digits grow with the screen: a TV shows them bigger than a monitor.
func TestScale(t *testing.T) {
	for _, c := range []struct{ w, h, min, max int }{
		{80, 24, 1, 1}, {160, 48, 2, 2}, {240, 67, 3, 8},
	} {
		_, scale, ok := grid(3, c.w, c.h-12, "A000")
		if !ok || scale < c.min || scale > c.max {
			t.Errorf("%d×%d: scale %d (ok %v), want %d–%d", c.w, c.h, scale, ok, c.min, c.max)
		}
	}
	// Many counters on a small screen fall back to one line each.
	if _, _, ok := grid(9, 80, 12, "A000"); ok {
		t.Error("nine panels cannot fit in 80×12")
	}
}

// Many counters on a small screen are listed one per line, all visible.
func TestCompactCounters(t *testing.T) {
	st, _ := newStation(t)
	m := loaded(t, st, Options{}, 80, 24)
	cs := m.openCounters()
	for len(cs) < 9 {
		cs = append(cs, queue.Counter{Number: len(cs) + 1, State: queue.Open})
	}
	m.snap.Counters = cs
	m.body = m.renderBody()
	out := m.View().Content
	for n := 1; n <= 9; n++ {
		if !strings.Contains(out, "Quầy "+string(rune('0'+n))) {
			t.Errorf("counter %d missing:\n%s", n, out)
		}
	}
	tuitest.CheckScreen(t, stripped(out), 80, 24)
}

// Each open counter appears; a closed one does not.
func TestClosedCounterHidden(t *testing.T) {
	st, _ := newStation(t)
	if err := st.CloseCounter(context.Background(), 3); err != nil {
		t.Fatal(err)
	}
	out := loaded(t, st, Options{}, 80, 24).View().Content
	if !strings.Contains(out, "Quầy 1") || !strings.Contains(out, "Quầy 2") || strings.Contains(out, "Quầy 3") {
		t.Errorf("counters shown wrong:\n%s", out)
	}
}

// On a large screen a notice of a few lines is wrapped and stands still;
// on a small one it scrolls.
func TestLongNoticeWrapsOnLargeScreen(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	words := strings.Fields(strings.Repeat("Công dân vui lòng lấy số thứ tự và chờ gọi. ", 7))
	notice := strings.Join(words, " ")
	if err := st.SetSetting(ctx, "board.notice", notice); err != nil {
		t.Fatal(err)
	}
	m := loaded(t, st, Options{}, 160, 48)
	if m.scrolling || m.needsScroll() {
		t.Error("a notice of two lines scrolls on a 160×48 screen")
	}
	screen := stripped(m.View().Content)
	tuitest.CheckScreen(t, screen, 160, 48)
	if got := strings.Fields(strings.Join(strings.Split(screen, "\n")[48-m.noticeRows():], " ")); strings.Join(got, " ") != notice {
		t.Errorf("wrapped notice reads %q", strings.Join(got, " "))
	}
	small := loaded(t, st, Options{}, 80, 24)
	if !small.scrolling || small.noticeRows() != 1 {
		t.Errorf("at 80×24 the notice should scroll on one line (scrolling %v, rows %d)", small.scrolling, small.noticeRows())
	}
	tuitest.CheckScreen(t, stripped(small.View().Content), 80, 24)
}
