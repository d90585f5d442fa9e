package district

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"motcua/store"
	"motcua/tui/common"
)

// View draws the list or the open commune.
func (m Model) View() tea.View {
	if m.report != nil {
		v := m.report.View()
		v.AltScreen = m.opts.Standalone
		return v
	}
	v := tea.NewView(m.content())
	v.AltScreen = m.opts.Standalone
	return v
}

func (m Model) content() string {
	if s, small := m.TooSmall(common.MinWidth, common.MinHeight); small {
		return s
	}
	if m.Width == 0 {
		return ""
	}
	var body []string
	if m.drillID != "" {
		body = m.drillLines()
	} else {
		body = m.listLines()
	}
	help := m.help()
	for len(body) < m.Height-1 {
		body = append(body, "")
	}
	body = body[:m.Height-1]
	for i := range body {
		body[i] = fit(body[i], m.Width)
	}
	return strings.Join(append(body, help), "\n")
}

// titleBar is the title on the left and the hub's time on the right.
func (m Model) titleBar(title string) string {
	now := m.opts.Clock.Now().In(store.Local)
	clock := m.T("district.now", now.Hour(), now.Minute(), now.Day(), int(now.Month()), now.Year())
	w := m.Width - 2
	line := fit(title, w-lipgloss.Width(clock)-1) + " " + clock
	return m.Styles.Title.Width(m.Width).Render(line)
}

func (m Model) label() string {
	if m.opts.Label == "tỉnh" || m.opts.Label == "tinh" {
		return m.T("district.label.tinh")
	}
	return m.T("district.label.huyen")
}

func (m Model) help() string {
	if m.drillID != "" {
		return fit(m.HelpBar(m.Binding("esc", "key.back", "esc"), m.Binding("r", "district.key.refresh", "r"),
			m.Binding(ReportKey, "district.key.report", ReportKey), m.Binding("F2", "key.lang", "f2")), m.Width)
	}
	return fit(m.HelpBar(m.Binding("↑/↓", "key.move", "up", "down"), m.Binding("enter", "district.key.drill", "enter"),
		m.Binding("r", "district.key.refresh", "r"), m.Binding(ReportKey, "district.key.report", ReportKey),
		m.Binding("F2", "key.lang", "f2"), m.Binding("q", "key.quit", "q")), m.Width)
}

// listHeight is how many commune rows fit on the list.
func (m Model) listHeight() int { return max(m.Height-6, 1) }

// columns are the widths of the list's columns; the commune name takes
// what is left, and a warnings column appears on wide screens.
type columns struct{ mark, name, last, today, backlog, clock, flags int }

func (m Model) columns() columns {
	c := columns{mark: 2, last: 17, today: 8, backlog: 8, clock: 10}
	if m.Width >= 110 {
		c.last, c.today, c.backlog, c.clock, c.flags = 20, 10, 10, 12, 30
	}
	c.name = m.Width - c.mark - c.last - c.today - c.backlog - c.clock - c.flags - 5
	if c.flags > 0 {
		c.name--
	}
	return c
}

func (m Model) listLines() []string {
	lines := []string{m.titleBar(m.T("district.title", m.label()))}
	switch {
	case m.err != nil && !m.loaded:
		return append(lines, "", m.Styles.Error.Render(m.T("district.error", common.Sanitize(m.err.Error()))))
	case !m.loaded:
		return append(lines, "", m.Styles.Muted.Render(m.T("district.loading")))
	case len(m.rows) == 0:
		return append(lines, "", m.T("district.empty"))
	}
	silent, clock := 0, 0
	for _, r := range m.rows {
		f := FlagsOf(r, m.gaps[r.ID])
		if f.Silent {
			silent++
		}
		if f.Clock {
			clock++
		}
	}
	summary := m.T("district.summary", len(m.rows), silent, clock)
	if silent+clock > 0 {
		summary = m.Styles.Warn.Render(summary)
	}
	if m.err != nil { // a later reading failed: keep the last one, say so
		summary = m.Styles.Error.Render(m.T("district.error", common.Sanitize(m.err.Error())))
	}
	lines = append(lines, summary, "")
	c := m.columns()
	head := strings.Repeat(" ", c.mark) + fit(m.T("district.col.commune"), c.name) + " " + fit(m.T("district.col.last_sync"), c.last) + " " +
		fitRight(m.T("district.col.today"), c.today) + " " + fitRight(m.T("district.col.backlog"), c.backlog) + " " +
		fitRight(m.T("district.col.clock"), c.clock)
	if c.flags > 0 {
		head += "  " + fit(m.T("district.col.flags"), c.flags)
	}
	lines = append(lines, m.Styles.Header.Render(head))
	n := m.listHeight()
	first := 0
	if m.cursor >= n {
		first = m.cursor - n + 1
	}
	for i := first; i < len(m.rows) && i < first+n; i++ {
		lines = append(lines, m.rowLine(i, c))
	}
	return lines
}

func (m Model) rowLine(i int, c columns) string {
	r := m.rows[i]
	f := FlagsOf(r, m.gaps[r.ID])
	now := m.opts.Clock.Now()
	mark := "  "
	if f.Problem() {
		mark = "! "
	}
	name := common.Sanitize(r.Name) + " (" + common.Sanitize(r.ID) + ")"
	clock := offset(m.Common, r)
	if f.Clock {
		clock += " !"
	}
	cells := []string{
		mark + fit(name, c.name),
		fit(ago(m.Common, now, r.LastSuccess), c.last),
		fitRight(fmt.Sprint(r.RecordsToday), c.today),
		fitRight(backlog(m.Common, r), c.backlog),
		fitRight(clock, c.clock),
	}
	if f.Clock && i != m.cursor {
		cells[4] = m.Styles.Warn.Render(cells[4])
	}
	line := strings.Join(cells, " ")
	if c.flags > 0 {
		line += "  " + fit(m.flagWords(f), c.flags)
	}
	switch {
	case i == m.cursor:
		return m.Styles.Selected.Render(fit(line, m.Width))
	case f.Silent:
		return m.Styles.Error.Render(line)
	case f.Disabled:
		return m.Styles.Muted.Render(line)
	}
	return line
}

func (m Model) flagWords(f Flags) string {
	var w []string
	for _, p := range []struct {
		on  bool
		key string
	}{{f.Silent, "district.flag.silent"}, {f.Clock, "district.flag.clock"}, {f.Gaps, "district.flag.gaps"},
		{f.NoKey, "district.flag.nokey"}, {f.Disabled, "district.flag.disabled"}} {
		if p.on {
			w = append(w, m.T(p.key))
		}
	}
	return strings.Join(w, ", ")
}
