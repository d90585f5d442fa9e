package launcher

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/queue/queuetest"
	"motcua/tui/common"
	"motcua/tui/tuitest"
)

// An admin's launcher offers the settings screen last; it opens in place
// and q comes back to the menu. Without Settings it is not offered.
func TestSettingsEntry(t *testing.T) {
	st, _ := queuetest.NewStation(t)
	m := New(Options{Station: st, Lang: i18n.VI, Settings: true})
	m = step(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = step(t, m, m.Init()())
	tuitest.LineWith(t, screen(m), "6  Cài đặt và nhật ký")
	m = step(t, m, tuitest.Key("6"))
	if m.child == nil {
		t.Fatal("6 did not open the settings")
	}
	_, cmd := m.child.Update(tuitest.Key("q"))
	if cmd == nil {
		t.Fatal("q in the settings did nothing")
	}
	if _, back := cmd().(common.GoBackMsg); !back {
		t.Errorf("q in the settings opened from the launcher does not go back")
	}
	if s := screen(ready(t, i18n.VI, 80, 24)); strings.Contains(s, "Cài đặt") {
		t.Errorf("a launcher without Settings offers them:\n%s", s)
	}
}
