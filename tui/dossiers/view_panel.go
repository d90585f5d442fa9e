package dossiers

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/intake"
	"motcua/tui/common"
)

// cols are the widths of a dossier row's columns.
type cols struct{ code, name, proc, due, last int }

// columns shares the width among the columns: the code whole, the name a
// fifth of the screen, the procedure what is left.
func columns(w int, rows []intake.Dossier, last int) cols {
	c := cols{code: 20, name: min(max(w/5, 14), 28), due: 11, last: last}
	for _, d := range rows {
		c.code = max(c.code, ansi.StringWidth(d.Code))
	}
	c.code = min(c.code, 30)
	c.proc = w - 2 - c.code - c.name - c.due - c.last - 4
	if c.proc < 10 {
		c.name = max(c.name-(10-c.proc), 8)
		c.proc = 10
	}
	return c
}

// header is the row of column titles.
func (m Model) colHeader(c cols, lastKey string) string {
	return m.Styles.Muted.Render("  " + cell(m.T("dossiers.col.code"), c.code) + " " + cell(m.T("dossiers.col.name"), c.name) + " " +
		cell(m.T("dossiers.col.proc"), c.proc) + " " + cell(m.T("dossiers.col.due"), c.due) + " " + cell(m.T(lastKey), c.last))
}

// row draws one dossier: code, applicant, procedure (short), due, and a
// last column (days late, or the state).
func (m Model) row(d intake.Dossier, c cols, sel bool, last string, lastStyle lipgloss.Style) string {
	left := cell(common.Sanitize(d.Code), c.code) + " " + cell(common.Sanitize(d.Citizen.Name), c.name) + " " +
		cell(m.procName(d, true), c.proc) + " " + cell(shortDue(d.DueAt), c.due) + " "
	if sel {
		return m.Styles.Selected.Render("▸ " + left + cell(last, c.last))
	}
	return "  " + left + lastStyle.Render(cell(last, c.last))
}

// late says how late an overdue dossier is.
func (m Model) late(d intake.Dossier) string {
	switch n := lateDays(m.now, d.DueAt); {
	case n <= 0:
		return m.T("dossiers.late_today")
	case n == 1:
		return m.T("dossiers.late_one")
	default:
		return m.T("dossiers.late_days", n)
	}
}

// panelView is the title, the two lists and the help.
func (m Model) panelView(w, h int) []string {
	title := m.T("dossiers.title_nocount")
	if m.opts.Counter > 0 {
		title = m.T("dossiers.title", m.opts.Counter)
	}
	top := []string{m.titleBar(title, m.clockText(), w)}
	bottom := m.noticeLines(w)
	if m.opts.Forms == nil {
		bottom = append(bottom, m.Styles.Warn.Render(m.T("dossiers.no_printer")))
	}
	bottom = append(bottom, m.Styles.Muted.Render(m.T("dossiers.hint_scan")), m.help(
		m.Binding("↑/↓", "dossiers.key.move", "up", "down"),
		m.Binding("enter", "dossiers.key.open", "enter"),
		m.Binding("/", "dossiers.key.find", "/"),
		m.Binding("esc", "dossiers.key.back", "esc"),
	))
	room := h - len(top) - len(bottom)
	if !m.loaded {
		msg := m.T("dossiers.loading")
		if m.loadErr != nil {
			msg = m.T("dossiers.load_failed", m.errText(m.loadErr))
		}
		return append(append(top, fitRows(wrap(msg, w, m.Styles.Muted), room)...), bottom...)
	}
	if m.loadErr != nil {
		bottom = append([]string{m.Styles.Error.Render(m.T("dossiers.refresh_fail", m.errText(m.loadErr)))}, bottom...)
		room--
	}
	c := columns(w, m.rows(), max(ansi.StringWidth(m.T("dossiers.col.late")), 8))
	var lines []string
	at := -1 // line of the cursor
	cur := m.cursor()
	section := func(key string, st lipgloss.Style, ds []intake.Dossier, first int, last func(intake.Dossier) string, lastSt lipgloss.Style) {
		lines = append(lines, st.Render(m.T(key, len(ds))))
		if len(ds) == 0 {
			lines = append(lines, "  "+m.Styles.Muted.Render(m.T("dossiers.none")))
		}
		for i, d := range ds {
			sel := first+i == cur
			if sel {
				at = len(lines)
			}
			lines = append(lines, m.row(d, c, sel, last(d), lastSt))
		}
	}
	section("dossiers.due_today", m.Styles.Header, m.due, 0, func(intake.Dossier) string { return "" }, m.Styles.Muted)
	lines = append(lines, "")
	section("dossiers.overdue", m.Styles.Error, m.overdue, len(m.due), m.late, m.Styles.Error)
	body := append([]string{m.colHeader(c, "dossiers.col.late")}, scrollTo(lines, at, room-1)...)
	return append(append(top, fitRows(body, room)...), bottom...)
}

// scrollTo shows n lines of lines with line at visible.
func scrollTo(lines []string, at, n int) []string {
	if n <= 0 {
		return nil
	}
	if len(lines) <= n {
		return lines
	}
	off := 0
	if at >= n {
		off = at - n + 1
	}
	return lines[off : off+n]
}

// fitRows cuts or pads lines to exactly n.
func fitRows(lines []string, n int) []string {
	if n <= 0 {
		return nil
	}
	if len(lines) > n {
		return lines[:n]
	}
	for len(lines) < n {
		lines = append(lines, "")
	}
	return lines
}

// findView is the search box and its results.
func (m Model) findView(w, h int) []string {
	top := []string{m.titleBar(m.T("dossiers.find.title"), m.clockText(), w)}
	top = append(top, m.Styles.Bold.Render(m.T("dossiers.find.prompt"))+m.query.View())
	top = append(top, wrap(m.T("dossiers.find.hint"), w, m.Styles.Muted)...)
	top = append(top, "")
	bottom := append(m.noticeLines(w), m.help(
		m.Binding("↑/↓", "dossiers.key.move", "up", "down"),
		m.Binding("enter", "dossiers.key.open", "enter"),
		m.Binding("esc", "dossiers.key.close", "esc"),
	))
	room := h - len(top) - len(bottom)
	var body []string
	q := strings.TrimSpace(m.query.Value())
	switch {
	case m.findErr != nil:
		body = wrap(m.T("dossiers.find.failed", m.errText(m.findErr)), w, m.Styles.Error)
	case q == "" || m.resultsFor != m.query.Value():
	case len(m.results) == 0:
		body = wrap(m.T("dossiers.find.none", common.Sanitize(q)), w, m.Styles.Warn)
	default:
		lastW := 8
		for _, s := range statuses {
			lastW = max(lastW, ansi.StringWidth(m.statusShort(s)))
		}
		c := columns(w, m.results, lastW)
		var lines []string
		for i, d := range m.results {
			lines = append(lines, m.row(d, c, i == m.findCursor, m.statusShort(d.Status), m.Styles.Muted))
		}
		more := []string{}
		if len(m.results) >= intake.FindLimit {
			more = []string{m.Styles.Muted.Render(m.T("dossiers.find.more", intake.FindLimit))}
		}
		body = append([]string{m.Styles.Header.Render(m.T("dossiers.find.results", len(m.results))), m.colHeader(c, "dossiers.col.status")},
			scrollTo(lines, m.findCursor, room-2-len(more))...)
		body = append(body, more...)
	}
	return append(append(top, fitRows(body, room)...), bottom...)
}
