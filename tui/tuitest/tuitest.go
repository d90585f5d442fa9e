// Package tuitest is the test plumbing the screen packages share, as
// net/http/httptest is for HTTP handlers: a driver that runs a Bubble Tea
// model's commands and feeds their messages back to Update, a recorder
// that keeps the latest model of a teatest program, key presses by name,
// the check that a screen fills the terminal exactly, and the languages
// and terminal sizes the golden files are drawn in.
//
// It is an ordinary package so that tests of several packages can import
// it; nothing outside tests should.
package tuitest

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"motcua/assets/i18n"
)

// Langs are the languages every screen is drawn in, Vietnamese first.
var Langs = []i18n.Lang{i18n.VI, i18n.EN}

// Size is a terminal size in cells.
type Size struct{ W, H int }

// String is "80x24", as golden files are named.
func (s Size) String() string { return fmt.Sprintf("%dx%d", s.W, s.H) }

// Sizes are the terminals the goldens are drawn on: the smallest the
// screens support and a hall TV.
var Sizes = []Size{{80, 24}, {160, 48}}

// CheckScreen asserts the screen fills the terminal exactly: no line
// wider than it, no more or fewer lines than it has.
func CheckScreen(t testing.TB, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) != h {
		t.Errorf("screen has %d lines, terminal %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("line %d is %d cells wide, terminal %d: %q", i, lw, w, l)
		}
	}
}

// Golden checks that the screen fills a terminal of the size and equals
// the test's golden file.
func Golden(t *testing.T, screen string, size Size) {
	t.Helper()
	CheckScreen(t, screen, size.W, size.H)
	golden.RequireEqual(t, screen)
}

// named are the keys Key knows by the name KeyPressMsg.String gives them.
var named = map[string]rune{
	"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "space": tea.KeySpace,
	"backspace": tea.KeyBackspace, "delete": tea.KeyDelete,
	"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
	"home": tea.KeyHome, "end": tea.KeyEnd, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
	"f1": tea.KeyF1, "f2": tea.KeyF2, "f3": tea.KeyF3, "f4": tea.KeyF4, "f5": tea.KeyF5,
	"f6": tea.KeyF6, "f7": tea.KeyF7, "f8": tea.KeyF8, "f9": tea.KeyF9, "f10": tea.KeyF10,
}

// Key is the key press whose String() is s: "enter", "shift+tab",
// "ctrl+s", "f2", "space", or a single character such as "1" or "đ".
func Key(s string) tea.KeyPressMsg {
	var mod tea.KeyMod
	name := s
	for {
		prefix, rest, ok := strings.Cut(name, "+")
		if !ok || rest == "" {
			break
		}
		switch prefix {
		case "ctrl":
			mod |= tea.ModCtrl
		case "alt":
			mod |= tea.ModAlt
		case "shift":
			mod |= tea.ModShift
		default:
			panic(fmt.Sprintf("tuitest.Key(%q): unknown modifier %q", s, prefix))
		}
		name = rest
	}
	if code, ok := named[name]; ok {
		k := tea.KeyPressMsg{Code: code, Mod: mod}
		if code == tea.KeySpace && mod == 0 {
			k.Text = " "
		}
		return k
	}
	r := []rune(name)
	if len(r) != 1 {
		panic(fmt.Sprintf("tuitest.Key(%q): not a key", s))
	}
	if mod != 0 {
		return tea.KeyPressMsg{Code: r[0], Mod: mod}
	}
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// LineWith is the first line of the screen that contains s; the test
// fails if none does.
func LineWith(t testing.TB, screen, s string) string {
	t.Helper()
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	t.Fatalf("%q not on screen:\n%s", s, screen)
	return ""
}
