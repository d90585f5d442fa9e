package counter

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// View draws the screen.
func (m Model) View() tea.View {
	content := m.content()
	if m.sub != nil {
		content = m.sub.view()
	}
	v := tea.NewView(content)
	v.AltScreen = m.std
	v.WindowTitle = m.T("counter.title", m.number)
	return v
}

func (m Model) content() string {
	if s, small := m.TooSmall(minSize()); small {
		return s
	}
	if m.openErr != nil {
		msg := m.Styles.Error.Render(m.T("counter.open_failed", m.number, m.ErrorText(m.openErr)))
		box := lipgloss.NewStyle().Width(max(20, m.Width-4)).Render(msg)
		return m.Place(box + "\n\n" + m.HelpBar(m.Binding("q", "key.quit", "q")))
	}
	if !m.opened || !m.loaded {
		return m.Place(m.Styles.Muted.Render(m.T("counter.opening")))
	}
	l := m.layout()
	parts := []string{
		m.header(),
		m.counts(),
		m.currentBox(l),
	}
	switch m.mode {
	case modeTransfer, modeOutcome:
		parts = append(parts, m.dialogArea(m.pickerView(), l.listRows+1))
	case modeReason:
		parts = append(parts, m.dialogArea(m.reasonView(), l.listRows+1))
	default:
		parts = append(parts, m.listTitle(l), m.list(l))
	}
	note := m.noticeLine()
	if note == "" && m.pending > 0 {
		note = m.Styles.Warn.Render(cell(m.T("counter.print.waiting", m.pending), m.Width))
	}
	parts = append(parts, note, m.help())
	return strings.Join(parts, "\n")
}

// dialogArea puts a dialog where the waiting list was, exactly h rows.
func (m Model) dialogArea(dialog string, h int) string {
	return fitRows(dialog, h)
}

// fitRows cuts or pads s to exactly h lines.
func fitRows(s string, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// cell is s cut with an ellipsis or padded with spaces to exactly w cells.
func cell(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = ansi.Truncate(s, w, "…")
	return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s)))
}

// spread puts left and right on one line of width w, right-aligned.
func spread(left, right string, w int) string {
	if ansi.StringWidth(right) > w*2/3 {
		right = ansi.Truncate(right, w*2/3, "…")
	}
	gap := w - ansi.StringWidth(left) - ansi.StringWidth(right)
	if gap < 1 {
		left = ansi.Truncate(left, max(0, w-ansi.StringWidth(right)-1), "…")
		gap = max(1, w-ansi.StringWidth(left)-ansi.StringWidth(right))
	}
	return left + strings.Repeat(" ", gap) + right
}

func (m Model) noticeLine() string {
	n := m.note
	switch {
	case n.err != nil:
		return m.Styles.Error.Render(cell(m.ErrorText(n.err), m.Width))
	case n.key != "":
		args := make([]any, len(n.args))
		for i, a := range n.args {
			if k, ok := a.(msgKey); ok {
				a = m.T(string(k))
			}
			args[i] = a
		}
		style := m.Styles.OK
		if strings.HasPrefix(n.key, "counter.err.") {
			style = m.Styles.Error
		}
		return style.Render(cell(m.T(n.key, args...), m.Width))
	}
	return ""
}
