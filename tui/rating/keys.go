package rating

import (
	tea "charm.land/bubbletea/v2"

	"motcua/queue"
)

// keypad maps the numeric keypad's keys to digits, for a keypad at the
// counter instead of a screen.
var keypad = map[rune]int{
	tea.KeyKp0: 0, tea.KeyKp1: 1, tea.KeyKp2: 2, tea.KeyKp3: 3, tea.KeyKp4: 4,
	tea.KeyKp5: 5, tea.KeyKp6: 6, tea.KeyKp7: 7, tea.KeyKp8: 8, tea.KeyKp9: 9,
}

// digit is the number key pressed, or -1.
func digit(msg tea.KeyPressMsg) int {
	if d, ok := keypad[msg.Code]; ok {
		return d
	}
	if msg.Mod == 0 && len(msg.Text) == 1 && msg.Text[0] >= '0' && msg.Text[0] <= '9' {
		return int(msg.Text[0] - '0')
	}
	return -1
}

// onKey turns a key into an action. ctrl+c and ctrl+q are for the clerk;
// the citizen's number keys only answer.
func (m Model) onKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "ctrl+c", "ctrl+q":
		return m.do(action{kind: actQuit})
	case "ctrl+l", "f2":
		return m.do(action{kind: actLang})
	}
	d := digit(msg)
	switch m.page {
	case pageQuestion:
		if d >= 1 && d <= len(queue.Levels) {
			return m.do(action{kind: actLevel, level: queue.Levels[d-1]})
		}
		if msg.String() == "esc" {
			return m.idle()
		}
	case pageReasons:
		if d >= 1 && d <= len(m.reasons) {
			return m.do(action{kind: actReason, reason: m.reasons[d-1]})
		}
		switch {
		case d == 0, msg.String() == "esc", msg.String() == "enter":
			return m.do(action{kind: actReason})
		}
	}
	return m, nil
}
