package launcher

import (
	tea "charm.land/bubbletea/v2"

	"motcua/tui/common"
)

// Update routes messages to the open screen, or drives the menu.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		m.SetSize(ws.Width, ws.Height)
	}
	if m.child != nil {
		if _, back := msg.(common.GoBackMsg); back {
			m.child = nil
			if m.release != nil {
				m.release()
				m.release = nil
			}
			return m, m.loadConfig()
		}
		var cmd tea.Cmd
		m.child, cmd = m.child.Update(msg)
		return m, cmd
	}
	switch msg := msg.(type) {
	case configMsg:
		m.err = msg.err
		m.entries = []entry{{kind: "kiosk"}}
		for _, c := range msg.cfg.Counters {
			m.entries = append(m.entries, entry{kind: "counter", counter: c.Number})
		}
		m.entries = append(m.entries, entry{kind: "board"})
		if m.opts.Settings {
			m.entries = append(m.entries, entry{kind: "settings"})
		}
		m.cursor = min(m.cursor, len(m.entries)-1)
	case tea.KeyPressMsg:
		switch s := msg.String(); s {
		case "q", "ctrl+c", "esc":
			return m, tea.Quit
		case "up", "k":
			m.cursor = max(m.cursor-1, 0)
		case "down", "j":
			m.cursor = min(m.cursor+1, len(m.entries)-1)
		case "ctrl+l", "f2":
			m.Lang = m.Lang.Toggle()
		case "enter", "space":
			if len(m.entries) > 0 {
				return m.open(m.entries[m.cursor])
			}
		default:
			if len(s) == 1 && s[0] >= '1' && s[0] <= '9' {
				if i := int(s[0] - '1'); i < len(m.entries) {
					m.cursor = i
					return m.open(m.entries[i])
				}
			}
		}
	case tea.MouseClickMsg:
		if i, ok := m.entryAt(msg.Mouse().Y); ok {
			m.cursor = i
			return m.open(m.entries[i])
		}
	}
	return m, nil
}
