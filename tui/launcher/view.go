package launcher

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// menuTop is the screen row of the first menu entry (title, blank, hint,
// blank come first); mouse clicks are mapped with it.
const menuTop = 4

// View draws the open screen, or the menu.
func (m Model) View() tea.View {
	if m.child != nil {
		// A screen opened here is not standalone and leaves the terminal
		// modes to its host: keep the whole-screen buffer and the mouse.
		v := m.child.View()
		v.AltScreen = true
		v.MouseMode = tea.MouseModeCellMotion
		return v
	}
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = m.T("app.name")
	return v
}

func (m Model) render() string {
	if msg, small := m.TooSmall(40, 12); small {
		return msg
	}
	var b strings.Builder
	b.WriteString(m.Styles.Title.Width(m.Width).Render(m.T("app.name")) + "\n\n")
	b.WriteString(m.Styles.Muted.Render(" "+m.T("launcher.hint")) + "\n\n")
	for i, e := range m.entries {
		line := fmt.Sprintf(" %d  %s", i+1, m.label(e))
		if i == m.cursor {
			line = m.Styles.Selected.Render(line + " ")
		}
		b.WriteString(line + "\n")
	}
	if m.err != nil {
		b.WriteString("\n" + m.Styles.Error.Render(m.ErrorText(m.err)) + "\n")
	}
	if m.note != "" {
		b.WriteString("\n" + m.Styles.Error.Render(m.note) + "\n")
	}
	// The help bar sits on the last row: pad the menu to fill the rest.
	body := strings.TrimSuffix(b.String(), "\n")
	if pad := m.Height - lipgloss.Height(body) - 1; pad > 0 {
		body += strings.Repeat("\n", pad)
	}
	return body + "\n" + m.HelpBar(
		m.Binding("↑/↓", "key.move", "up", "down"), m.Binding("enter", "key.select", "enter"),
		m.Binding("ctrl+l", "key.lang", "ctrl+l"), m.Binding("q", "key.quit", "q"))
}
