package board

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"

	"motcua/assets/i18n"
	"motcua/store"
	"motcua/tui/common"
	"motcua/tui/tuitest"
)

// A call made through the queue API reaches the board by the in-process
// signal, without a key press, within a second; it flashes, rings the bell,
// and the flash ends after HighlightFor.
func TestCallAppearsAndFlashes(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	must(st.Issue(ctx, "chungthuc", ""))(t)
	const highlight = 400 * time.Millisecond
	r := start(t, quiet(Options{Station: st, Lang: i18n.VI, Bell: true, HighlightFor: highlight}), 80, 24)
	if m := r.Last(); len(m.flashing) != 0 {
		t.Fatalf("flashing before any call: %v", m.flashing)
	}

	called := time.Now()
	tk := must(st.CallNext(ctx, 2))(t)
	m := r.WaitFor(t, time.Second, "call on the board", func(m Model) bool {
		return len(m.snap.Calls) > 0 && m.snap.Calls[0].Display == tk.Display
	})
	seen := time.Since(called)
	if !m.isFlashing(m.snap.Calls[0].EventID) {
		t.Error("the new call is not highlighted")
	}
	c, _ := m.snap.Counter(2)
	if !m.counterFlashing(c) {
		t.Error("counter 2's panel is not highlighted")
	}
	view := m.View().Content
	if !strings.Contains(view, "B001 → Quầy 2") {
		t.Errorf("board does not show the call:\n%s", view)
	}
	// The flash style (gold background) is on screen.
	if !strings.Contains(view, "48;2;255;215;0") {
		t.Error("no flash colour on screen")
	}
	teatest.WaitFor(t, r.tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("\a")) },
		teatest.WithDuration(time.Second))

	r.WaitFor(t, highlight+time.Second, "end of the highlight", func(m Model) bool { return len(m.flashing) == 0 })
	if since := time.Since(called); since < highlight {
		t.Errorf("highlight ended after %s, want at least %s", since, highlight)
	}
	end := r.Last()
	if strings.Contains(end.View().Content, "48;2;255;215;0") {
		t.Error("flash colour still on screen after the highlight")
	}
	t.Logf("call seen on the board after %s", seen)
}

// The calls already made when the board starts are not announced again.
func TestNoFlashAtStart(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	must(st.Issue(ctx, "hotich", ""))(t)
	must(st.CallNext(ctx, 1))(t)
	r := start(t, quiet(Options{Station: st, Bell: true, Announce: "exit 1"}), 80, 24)
	time.Sleep(100 * time.Millisecond)
	m := r.Last()
	if len(m.flashing) != 0 || m.speaking || len(m.speech) != 0 {
		t.Errorf("start flashed or spoke: flashing %v, speaking %v, queue %v", m.flashing, m.speaking, m.speech)
	}
	if m.lastSeen == 0 {
		t.Error("the existing call was not taken as seen")
	}
}

// The board only reads: running it leaves the revision as it was.
func TestBoardNeverWrites(t *testing.T) {
	st, _ := newStation(t)
	ctx := context.Background()
	before := must(st.DB().Revision(ctx))(t)
	r := start(t, quiet(Options{Station: st}), 80, 24)
	r.tm.Send(tuitest.Key("f2"))
	r.WaitFor(t, time.Second, "language toggle", func(m Model) bool { return m.Lang == i18n.EN })
	r.final(t)
	if after := must(st.DB().Revision(ctx))(t); after != before {
		t.Errorf("revision went from %d to %d", before, after)
	}
}

// The clock moves on its tick; at midnight yesterday's calls leave the
// board, because numbers restart each day.
func TestClockAndMidnight(t *testing.T) {
	st, clock := newStation(t)
	ctx := context.Background()
	must(st.Issue(ctx, "hotich", ""))(t)
	must(st.CallNext(ctx, 1))(t)
	r := start(t, quiet(Options{Station: st}), 80, 24)
	if m := r.Last(); len(m.snap.Calls) != 1 || !strings.Contains(m.View().Content, "08:00") {
		t.Fatalf("start: %d calls, title %q", len(m.snap.Calls), strings.Split(m.View().Content, "\n")[0])
	}
	clock.Advance(time.Minute)
	r.tm.Send(common.TickMsg{Tag: tagClock, Time: clock.Now()})
	r.WaitFor(t, time.Second, "clock at 08:01", func(m Model) bool {
		return strings.Contains(strings.Split(m.View().Content, "\n")[0], "08:01")
	})
	clock.Set(time.Date(2026, 11, 24, 0, 0, 5, 0, store.Local))
	r.tm.Send(common.TickMsg{Tag: tagClock, Time: clock.Now()})
	m := r.WaitFor(t, time.Second, "a new day", func(m Model) bool { return store.Day(m.snap.At) == "2026-11-24" })
	if len(m.snap.Calls) != 0 {
		t.Errorf("yesterday's calls still on the board: %v", m.snap.Calls)
	}
	if title := strings.Split(stripped(m.View().Content), "\n")[0]; !strings.Contains(title, "Thứ Ba, 24/11/2026") {
		t.Errorf("title on the new day: %q", title)
	}
}
