package tuitest

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// Key must be the inverse of KeyPressMsg.String for the keys tests press.
func TestKeyRoundTrip(t *testing.T) {
	for _, s := range []string{
		"enter", "esc", "tab", "shift+tab", "space", "backspace", "up", "down", "left", "right",
		"f2", "ctrl+c", "ctrl+l", "ctrl+q", "ctrl+s", "ctrl+x", "a", "1", "/", "đ",
	} {
		if got := Key(s).String(); got != s {
			t.Errorf("Key(%q).String() = %q", s, got)
		}
	}
	if k := Key("a"); k.Text != "a" || k.Code != 'a' {
		t.Errorf("Key(a) = %+v, want text a", k)
	}
	if k := Key("ctrl+s"); k.Text != "" || k.Mod != tea.ModCtrl {
		t.Errorf("Key(ctrl+s) = %+v, want ctrl and no text", k)
	}
}

type counter struct{ n int }

func (c counter) update(msg tea.Msg) (counter, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		c.n++
		if c.n < 3 {
			return c, func() tea.Msg { return tea.KeyPressMsg{Code: 'x', Text: "x"} }
		}
		return c, tea.Quit
	}
	return c, nil
}

// Both drivers follow the commands to their end; Intercept stops QuitMsg.
func TestDrivers(t *testing.T) {
	for _, async := range []bool{false, true} {
		var m counter
		d := Sync(t, &m, counter.update)
		if async {
			d = Async(t, &m, counter.update)
		}
		quit := false
		d.Intercept = func(msg tea.Msg) bool {
			_, quit = msg.(tea.QuitMsg)
			return quit
		}
		d.Press("a")
		if async {
			d.Until("quit", func(counter) bool { return quit })
		}
		if m.n != 3 || !quit {
			t.Errorf("async %v: n %d, quit %v; want 3, true", async, m.n, quit)
		}
	}
}
