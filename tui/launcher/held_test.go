package launcher

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/queue/queuetest"
)

// Over SSH an admin's menu shows which counters other sessions hold, with
// the holder's name made harmless, and still refuses to open them.
func TestMenuShowsCountersHeldElsewhere(t *testing.T) {
	st, _ := queuetest.NewStation(t)
	holders := map[int]string{2: "Nguyễn Thị Lan\x1b]0;evil\x07"}
	m := New(Options{Station: st, Lang: i18n.VI,
		CounterHolder: func(n int) (string, bool) { name, ok := holders[n]; return name, ok },
		TakeCounter: func(n int) (func(), bool) {
			_, held := holders[n]
			return func() {}, !held
		},
	})
	m = step(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = step(t, m, m.Init()())
	s := screen(m)
	if !strings.Contains(s, "3  Quầy số 2 — đang dùng: Nguyễn Thị Lan") || !strings.Contains(s, "2  Quầy số 1\n") {
		t.Fatalf("menu does not mark counter 2 as held:\n%s", s)
	}
	if raw := m.View().Content; strings.Contains(raw, "\x1b]") || strings.Contains(raw, "\x07") {
		t.Fatalf("the holder's name reached the terminal unescaped: %q", raw)
	}
	m = step(t, m, tea.KeyPressMsg{Code: '3', Text: "3"})
	if m.child != nil {
		t.Fatal("a counter held by another session was opened")
	}
	delete(holders, 2)
	if s := screen(m); strings.Contains(s, "đang dùng") || !strings.Contains(s, "3  Quầy số 2") {
		t.Fatalf("a released counter still shows as held:\n%s", s)
	}
}
