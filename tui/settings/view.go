package settings

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/tui/common"
)

// The screen, top to bottom: the title, the tabs, the page's hint, the
// list (or the open form), a status line and the key help.

// chrome is how many lines are not the list: title, tabs, hint, column
// header, status and help.
const chrome = 6

// View draws the screen.
func (m Model) View() tea.View {
	v := tea.NewView(m.screen())
	v.AltScreen = m.opts.Standalone
	return v
}

func (m Model) screen() string {
	if s, small := m.TooSmall(common.MinWidth, common.MinHeight); small {
		return s
	}
	if m.Width == 0 {
		return ""
	}
	title := m.T("settings.title")
	if m.cfg.CommuneName != "" {
		title += " · " + common.Sanitize(m.cfg.CommuneName)
	}
	lines := []string{
		m.Styles.Title.Width(m.Width).Render(fit(title, m.Width-2)),
		m.tabs(),
		m.Styles.Muted.Render(fit(" "+m.T("settings.about."+tabKeys[m.page][len("settings.tab."):]), m.Width)),
	}
	if m.page == pageAudit {
		return strings.Join(lines, "\n") + "\n" + m.audit.View().Content
	}
	var body []string
	switch {
	case m.err != nil:
		body = []string{"", "  " + m.Styles.Error.Render(fit(m.ErrorText(m.err), m.Width-2))}
	case !m.loaded:
		body = []string{"", "  " + m.T("settings.loading")}
	case m.form != nil:
		body = m.formLines(m.Height - len(lines) - 2)
	default:
		body = m.listLines()
	}
	height := m.Height - len(lines) - 2
	if len(body) > height {
		body = body[:height]
	}
	for len(body) < height {
		body = append(body, "")
	}
	lines = append(lines, body...)
	lines = append(lines, fit(m.statusLine(), m.Width), fit(m.help(), m.Width))
	return strings.Join(lines, "\n")
}

// tabs draws the page tabs, numbered, the current one highlighted.
func (m Model) tabs() string {
	// Numbered, padded tabs where they fit; on a narrow screen the numbers
	// go (the keys stay) and only the current tab is padded.
	pad := func(p page) string {
		if p == m.page || m.Width >= 100 {
			return " "
		}
		return ""
	}
	var parts []string
	for p := page(0); p < numPages; p++ {
		label := m.T(tabKeys[p])
		if m.Width >= 100 {
			label = string(rune('1'+p)) + " " + label
		}
		label = pad(p) + label + pad(p)
		if p == m.page {
			label = m.Styles.Selected.Render(label)
		}
		parts = append(parts, label)
	}
	return fit(" "+strings.Join(parts, " "), m.Width)
}

// listHeight is how many rows of a list fit.
func (m Model) listHeight() int { return max(m.Height-chrome, 1) }

// listLines draws the page's column header and the rows around the
// cursor.
func (m Model) listLines() []string {
	rows := m.rows()
	head := m.header()
	all := make([][]string, 0, len(rows)+1)
	all = append(all, head)
	for _, r := range rows {
		all = append(all, r.cells)
	}
	widths := columnWidths(all, m.Width-4)
	out := []string{m.Styles.Bold.Render(fit("  "+joinCells(head, widths), m.Width))}
	if len(rows) == 0 {
		return append(out, "  "+m.Styles.Muted.Render(m.T("settings.empty")))
	}
	h := m.listHeight()
	cur := m.cursor[m.page]
	top := max(min(cur-h/2, len(rows)-h), 0)
	for i := top; i < len(rows) && i < top+h; i++ {
		line := fit("  "+joinCells(rows[i].cells, widths), m.Width)
		if i == cur {
			line = m.Styles.Selected.Render(line + strings.Repeat(" ", max(m.Width-ansi.StringWidth(line), 0)))
		}
		out = append(out, line)
	}
	return out
}

// formLines draws the open form: its title, what was wrong with the last
// try (wrapped, never cut), and each field's label, input and hint; the
// hints go when the form would not fit in height lines.
func (m Model) formLines(height int) []string {
	f := m.form
	out := []string{"", "  " + m.Styles.Header.Render(fit(f.title, m.Width-4))}
	if f.err != "" {
		// Under the title, so a tall form (an account's) never hides it.
		for _, l := range strings.Split(ansi.Wordwrap(f.err, max(m.Width-4, 10), ""), "\n") {
			out = append(out, "  "+m.Styles.Error.Render(fit(l, m.Width-4)))
		}
	}
	if len(f.fields) == 0 {
		out = append(out, "", "  "+m.T("settings.confirm.hint"))
	}
	hints := 0
	for _, fl := range f.fields {
		if fl.hint != "" {
			hints++
		}
	}
	withHints := len(out)+2*len(f.fields)+hints <= height
	for i, fl := range f.fields {
		label := fl.label
		if i == f.focus {
			label = m.Styles.Bold.Render(label)
		}
		out = append(out, "  "+fit(label, m.Width-4), "  "+fl.in.View())
		if fl.hint != "" && withHints {
			out = append(out, "    "+m.Styles.Muted.Render(fit(fl.hint, m.Width-6)))
		}
	}
	return out
}

func (m Model) statusLine() string {
	if m.status != "" {
		return " " + m.status
	}
	return ""
}

func (m Model) help() string {
	k := m.keys
	if m.form != nil {
		if len(m.form.fields) == 0 {
			return m.HelpBar(m.Binding("enter", "settings.key.confirm", "enter"), k.Cancel)
		}
		return m.HelpBar(k.Save, k.Cancel, k.Field)
	}
	bindings := []key.Binding{k.Next, k.Edit}
	switch m.page {
	case pageCounters, pageHolidays:
		bindings = append(bindings, k.Add, k.Remove)
	case pageGroups:
		bindings = append(bindings, k.Add, k.Remove, k.MoveUp)
	case pageServices:
		bindings = append(bindings, k.Add, k.MoveUp)
	case pageAccounts:
		// Five keys of its own: ctrl+l still works, unsaid, so q fits at 80.
		return m.HelpBar(append(bindings, k.Add, k.Toggle, k.Password, k.Quit)...)
	}
	return m.HelpBar(append(bindings, k.Lang, k.Quit)...)
}

// fit cuts s to w cells.
func fit(s string, w int) string { return ansi.Truncate(s, max(w, 0), "…") }

// columnWidths sizes the columns to their widest cell; the last one
// takes what is left of w. When they do not all fit, the last one is
// cut and the others are cut to w/n.
func columnWidths(rows [][]string, w int) []int {
	n := len(rows[0])
	widths := make([]int, n)
	for _, r := range rows {
		for i := 0; i < n && i < len(r); i++ {
			widths[i] = max(widths[i], ansi.StringWidth(r[i]))
		}
	}
	used := 0
	for i := 0; i < n-1; i++ {
		used += widths[i] + 2
	}
	if used+widths[n-1] <= w {
		// Everything fits as it is: cut nothing.
		widths[n-1] = w - used
		return widths
	}
	used = 0
	for i := 0; i < n-1; i++ {
		widths[i] = min(widths[i], max(w/n, 4))
		used += widths[i] + 2
	}
	widths[n-1] = max(w-used, 4)
	return widths
}

func joinCells(cells []string, widths []int) string {
	var b strings.Builder
	for i, c := range cells {
		if i >= len(widths) {
			break
		}
		c = fit(c, widths[i])
		b.WriteString(c)
		if i < len(cells)-1 {
			b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(c)+2))
		}
	}
	return b.String()
}
