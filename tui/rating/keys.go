package rating

import (
	tea "charm.land/bubbletea/v2"

	"motcua/queue"
	"motcua/tui/common"
)

// onKey turns a key into an action. ctrl+c and ctrl+q are for the clerk;
// the citizen's number keys only answer.
func (m Model) onKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "ctrl+c", "ctrl+q":
		return m.do(action{kind: actQuit})
	case "ctrl+l", "f2":
		return m.do(action{kind: actLang})
	}
	d := common.Digit(msg)
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
