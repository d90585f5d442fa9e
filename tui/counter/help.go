package counter

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"motcua/queue"
)

// bindings are the keys that do something now: a clerk sees only what
// they can press, each with its letter.
func (m Model) bindings() []key.Binding {
	lang := m.Binding("ctrl+l/F2", "lang.toggle", "ctrl+l", "f2")
	switch m.mode {
	case modeTransfer, modeOutcome:
		return []key.Binding{
			m.Binding("1-9", "key.select", "1"),
			m.Binding("↑/↓", "key.move", "up", "down"),
			m.Binding("enter", "counter.key.confirm", "enter"),
			m.Binding("esc", "counter.key.cancel", "esc"),
			lang}
	case modeReason:
		return []key.Binding{
			m.Binding("enter", "counter.key.confirm", "enter"),
			m.Binding("esc", "counter.key.cancel", "esc"),
			lang}
	}
	var b []key.Binding
	switch {
	case m.counter.State == queue.Paused:
		b = append(b, m.Binding("p", "counter.key.resume", "p"), m.Binding("↑/↓", "key.move", "up", "down"))
	case m.serving() != nil:
		b = append(b,
			m.Binding("f", "counter.key.finish", "f"),
			m.Binding("r", "counter.key.recall", "r"),
			m.Binding("x", "counter.key.noshow", "x"),
			m.Binding("t", "counter.key.transfer", "t"))
	default:
		b = append(b,
			m.Binding("n/enter", "counter.key.next", "n", "space", "enter"),
			m.Binding("↑/↓", "key.move", "up", "down"),
			m.Binding("o", "counter.key.choose", "o"),
			m.Binding("p", "counter.key.pause", "p"))
	}
	if m.desk != nil {
		b = append(b, m.Binding("h", "counter.key.intake", "h"), m.Binding("d", "counter.key.dossiers", "d"))
	}
	if m.pending > 0 {
		b = append(b, m.Binding("i", "counter.key.reprint", "i"))
	}
	return append(b, lang, m.Binding("q", "key.quit", "q"))
}

// helpLines lays the bindings out on as few lines as fit the width (two
// at 80 columns when the clerk is idle), never cutting one off.
func (m Model) helpLines() []string {
	const sep = 3 // " • "
	var lines [][]key.Binding
	used := 0
	for _, b := range m.bindings() {
		w := lipgloss.Width(b.Help().Key) + 1 + lipgloss.Width(b.Help().Desc)
		if len(lines) == 0 || used+sep+w > m.Width {
			lines = append(lines, nil)
			used = w
		} else {
			used += sep + w
		}
		lines[len(lines)-1] = append(lines[len(lines)-1], b)
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = m.HelpBar(l...)
	}
	return out
}

func (m Model) help() string { return strings.Join(m.helpLines(), "\n") }
