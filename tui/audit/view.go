package audit

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	"motcua/store"
	"motcua/tui/common"
)

// The screen, top to bottom: the title (not when embedded), the filter
// and page, the column header, the entries, the selected entry in full,
// and the key help.

var emptyFilter store.AuditFilter

func itoa(n int) string { return strconv.Itoa(n) }

// chromeLines is how many lines are not entries.
func (m Model) chromeLines() int {
	if m.opts.Embedded {
		return 4
	}
	return 5
}

// View draws the screen.
func (m Model) View() tea.View {
	v := tea.NewView(m.screen())
	v.AltScreen = m.opts.Standalone
	return v
}

func (m Model) screen() string {
	if !m.opts.Embedded {
		if s, small := m.TooSmall(common.MinWidth, common.MinHeight); small {
			return s
		}
	}
	if m.Width == 0 {
		return ""
	}
	var lines []string
	if !m.opts.Embedded {
		lines = append(lines, m.Styles.Title.Width(m.Width).Render(fit(m.T("auditscreen.title"), m.Width-2)))
	}
	lines = append(lines, m.Styles.Muted.Render(fit(" "+m.filterText(), m.Width)))
	var body []string
	switch {
	case m.editing:
		body = m.formLines()
	case m.err != nil:
		body = []string{"", "  " + m.Styles.Error.Render(fit(m.ErrorText(m.err), m.Width-2))}
	case !m.loaded:
		body = []string{"", "  " + m.T("auditscreen.loading")}
	default:
		body = m.entryLines()
	}
	height := m.Height - len(lines) - 2
	body = body[:min(len(body), height)]
	for len(body) < height {
		body = append(body, "")
	}
	lines = append(lines, body...)
	lines = append(lines, fit(m.detailLine(), m.Width), fit(m.help(), m.Width))
	return strings.Join(lines, "\n")
}

// filterText says what the filter selects and which page is shown.
func (m Model) filterText() string {
	f := m.filter
	var parts []string
	if f.AtThisPC {
		parts = append(parts, m.T("auditscreen.f.account", m.T("audit.at_this_pc")))
	}
	if f.Account != "" {
		parts = append(parts, m.T("auditscreen.f.account", common.Sanitize(f.Account)))
	}
	if f.Counter > 0 {
		parts = append(parts, m.T("auditscreen.f.counter", f.Counter))
	}
	if f.Action != "" {
		parts = append(parts, m.T("auditscreen.f.action", common.Sanitize(f.Action)))
	}
	if !f.From.IsZero() {
		parts = append(parts, m.T("auditscreen.f.from", dayText(f.From, false)))
	}
	if !f.To.IsZero() {
		parts = append(parts, m.T("auditscreen.f.to", dayText(f.To, true)))
	}
	what := m.T("auditscreen.all")
	if len(parts) > 0 {
		what = strings.Join(parts, " · ")
	}
	return what + " — " + m.T("auditscreen.page", m.page+1, m.pages(), m.total)
}

// entryLines draws the column header and the page's entries.
func (m Model) entryLines() []string {
	head := []string{m.T("auditscreen.col.at"), m.T("auditscreen.col.account"), m.T("auditscreen.col.counter"),
		m.T("auditscreen.col.action"), m.T("auditscreen.col.detail")}
	rows := [][]string{head}
	for _, e := range m.entries {
		rows = append(rows, m.cells(e))
	}
	widths := columnWidths(rows, m.Width-2)
	out := []string{m.Styles.Bold.Render(fit(" "+join(head, widths), m.Width))}
	if len(m.entries) == 0 {
		return append(out, "  "+m.Styles.Muted.Render(m.T("auditscreen.empty")))
	}
	for i, r := range rows[1:] {
		line := fit(" "+join(r, widths), m.Width)
		if i == m.cursor {
			line = m.Styles.Selected.Render(line + strings.Repeat(" ", max(m.Width-ansi.StringWidth(line), 0)))
		}
		out = append(out, line)
	}
	return out
}

// cells are an entry's columns, its user text made safe to draw.
func (m Model) cells(e store.AuditEntry) []string {
	counter := "–"
	if e.Counter > 0 {
		counter = itoa(e.Counter)
	}
	return []string{e.At.In(store.Local).Format("15:04:05 02/01/2006"), m.account(e.Account), counter,
		m.action(e.Action), common.Sanitize(e.Detail)}
}

// account names the account, or says the action was taken at the PC.
func (m Model) account(a string) string {
	if a == "" {
		return m.T("auditscreen.local")
	}
	return common.Sanitize(a)
}

// action is the action's name in the screen's language when the table
// has one, else its code.
func (m Model) action(a string) string {
	if k := "audit.action." + a; i18n.Has(k) {
		return m.T(k)
	}
	return common.Sanitize(a)
}

// detailLine shows the selected entry's detail in full and where it came
// from.
func (m Model) detailLine() string {
	if m.editing || m.cursor >= len(m.entries) {
		return ""
	}
	e := m.entries[m.cursor]
	s := " " + common.Sanitize(e.Detail)
	if e.Remote != "" {
		s += " · " + m.T("auditscreen.from_remote", common.Sanitize(e.Remote))
	}
	return m.Styles.Muted.Render(s)
}

// formLines draws the filter form.
func (m Model) formLines() []string {
	labels := []string{"auditscreen.field.account", "auditscreen.field.counter", "auditscreen.field.action",
		"auditscreen.field.from", "auditscreen.field.to"}
	out := []string{"", "  " + m.Styles.Header.Render(m.T("auditscreen.filter_title"))}
	for i, in := range m.inputs {
		label := fit(m.T(labels[i]), 24)
		label += strings.Repeat(" ", 24-ansi.StringWidth(label))
		if i == m.focus {
			label = m.Styles.Bold.Render(label)
		}
		out = append(out, "  "+label+" "+in.View())
	}
	// the hint wraps: at 80 columns its second half is what to type
	hint := m.Styles.Muted.Width(max(m.Width-4, 20)).Render(m.T("auditscreen.filter_hint"))
	out = append(out, "")
	out = append(out, strings.Split(lipgloss.NewStyle().PaddingLeft(2).Render(hint), "\n")...) // one line each
	if m.formErr != "" {
		out = append(out, "", "  "+m.Styles.Error.Render(fit(m.formErr, m.Width-4)))
	}
	return out
}

func (m Model) help() string {
	if m.editing {
		return m.HelpBar(m.Binding("enter", "auditscreen.key.apply", "enter"), m.Binding("esc", "auditscreen.key.cancel", "esc"),
			m.Binding("tab", "auditscreen.key.field", "tab"))
	}
	b := []key.Binding{m.keys.Next, m.keys.Filter, m.keys.Clear}
	if !m.opts.Embedded {
		b = append(b, m.keys.Lang, m.keys.Quit)
	}
	return m.HelpBar(append(b, m.host...)...)
}

// fit cuts s to w cells.
func fit(s string, w int) string { return ansi.Truncate(s, max(w, 0), "…") }

// columnWidths sizes the columns to their widest cell, the last one
// (the detail) taking what is left.
func columnWidths(rows [][]string, w int) []int {
	n := len(rows[0])
	widths := make([]int, n)
	for _, r := range rows {
		for i := range r {
			widths[i] = max(widths[i], ansi.StringWidth(r[i]))
		}
	}
	used := 0
	for i := 0; i < n-1; i++ {
		widths[i] = min(widths[i], max(w/4, 4))
		used += widths[i] + 2
	}
	widths[n-1] = max(w-used, 4)
	return widths
}

func join(cells []string, widths []int) string {
	var b strings.Builder
	for i, c := range cells {
		c = fit(c, widths[i])
		b.WriteString(c)
		if i < len(cells)-1 {
			b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(c)+2))
		}
	}
	return b.String()
}
