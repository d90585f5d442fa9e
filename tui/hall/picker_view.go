package hall

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"motcua/queue"
	"motcua/tui/common"
)

func (p picker) View() tea.View {
	if p.child != nil {
		return p.child.View()
	}
	v := tea.NewView(p.render())
	v.AltScreen = true
	return v
}

func (p picker) render() string {
	if msg, small := p.TooSmall(40, 12); small {
		return msg
	}
	var b strings.Builder
	b.WriteString(p.Styles.Title.Width(p.Width).Render(p.T("hall.pick.title")) + "\n\n")
	b.WriteString(p.Styles.Muted.Render(" "+p.T("hall.pick.hint")) + "\n\n")
	for i, c := range p.counters {
		line := fmt.Sprintf(" %d  %s", c.Number, p.describe(c))
		switch {
		case i == p.cursor:
			line = p.Styles.Selected.Render(line + " ")
		case p.held(c.Number):
			line = p.Styles.Muted.Render(line)
		}
		b.WriteString(line + "\n")
	}
	if p.note != "" {
		b.WriteString("\n" + p.Styles.Error.Render(p.note) + "\n")
	}
	body := strings.TrimSuffix(b.String(), "\n")
	if pad := p.Height - lipgloss.Height(body) - 1; pad > 0 {
		body += strings.Repeat("\n", pad)
	}
	return body + "\n" + p.HelpBar(
		p.Binding("↑/↓", "key.move", "up", "down"), p.Binding("enter", "key.select", "enter"),
		p.Binding("q", "key.quit", "q"))
}

func (p picker) held(n int) bool {
	_, ok := p.s.leases.Holder(n)
	return ok
}

// describe is one counter's line: free, or held and by whom. Names came
// from people and are sanitized.
func (p picker) describe(c queue.Counter) string {
	if l, ok := p.s.leases.Holder(c.Number); ok {
		who := l.FullName
		if who == "" {
			who = l.Account
		}
		return p.T("hall.pick.held", c.Number, common.Sanitize(who))
	}
	if c.State != queue.Closed && c.Clerk != "" {
		return p.T("hall.pick.free_open", c.Number, common.Sanitize(c.Clerk))
	}
	return p.T("hall.pick.free", c.Number)
}
