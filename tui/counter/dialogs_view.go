package counter

import (
	"fmt"
	"strings"

	"motcua/tui/common"
)

// pickLabel is a picker row's text in the current language.
func (m Model) pickLabel(p pick) string {
	switch {
	case p.heading != "":
		return m.T(p.heading)
	case m.mode == modeOutcome:
		return m.T(outcomeKey(p.outcome))
	case p.target.Counter != 0:
		clerk := ""
		if c, ok := m.snap.Counter(p.target.Counter); ok {
			clerk = common.Sanitize(c.Clerk)
		}
		return m.T("counter.transfer.counter", p.target.Counter, clerk)
	}
	sv, _ := m.snap.Config.Service(p.target.Service)
	return common.Sanitize(sv.Prefix) + " · " + m.serviceName(p.target.Service)
}

// pickerView is the open picker: a title, then numbered choices under
// their headings.
func (m Model) pickerView() string {
	display := ""
	if t := m.serving(); t != nil {
		display = t.Display
	}
	title := "counter.transfer.title"
	if m.mode == modeOutcome {
		title = "counter.outcome.title"
	}
	lines := []string{m.Styles.Header.Render(m.T(title, display))}
	n := 0
	for i, p := range m.picks {
		if p.heading != "" {
			lines = append(lines, m.Styles.Muted.Render(m.pickLabel(p)))
			continue
		}
		n++
		label := fmt.Sprintf("%d  %s", n, m.pickLabel(p))
		if i == m.pickIdx {
			lines = append(lines, m.Styles.Selected.Render("▸ "+label+" "))
		} else {
			lines = append(lines, "  "+label)
		}
	}
	return m.Styles.Box.Width(min(m.Width, 80)).Render(strings.Join(lines, "\n"))
}

// reasonView is the reason prompt.
func (m Model) reasonView() string {
	title := m.T("counter.reason.pause")
	if m.reason == reasonCallOut {
		title = m.T("counter.reason.call", m.chosen.Display)
	}
	lines := []string{
		m.Styles.Header.Render(title),
		m.input.View(),
		m.Styles.Muted.Render(m.T("counter.reason.hint")),
	}
	return m.Styles.Box.Width(min(m.Width, 80)).Render(strings.Join(lines, "\n"))
}
