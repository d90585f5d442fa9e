package intake

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	hoso "motcua/intake"
	"motcua/tui/common"
)

// procedureLines is the procedure field with, under it, the list of
// procedures found while searching, or the checklist of the papers of
// the procedure chosen: exactly h lines.
func (m Model) procedureLines(colW, h, errRows int) []string {
	l := m.layout()
	out := m.fieldLine(l, fProcedure, colW, errRows)
	rest := h - len(out)
	switch {
	case m.searching():
		out = append(out, m.dropdown(colW, rest)...)
	case m.procID != "":
		out = append(out, m.checklist(colW, rest, errRows)...)
	default:
		out = append(out, "    "+m.Styles.Muted.Render(m.T("intakeform.choose_first")))
		out = append(out, m.errorLines(fDocuments, colW, errRows)...)
	}
	return fitRows(out, h)
}

// window is the first row to show so that row sel is visible among n
// rows in h lines.
func window(sel, n, h int) int {
	if h <= 0 || n <= h {
		return 0
	}
	return min(max(sel-h/2, 0), n-h)
}

// dropdown lists the procedures found, code and name, the highlighted
// one selected; h lines at most.
func (m Model) dropdown(colW, h int) []string {
	if h <= 0 {
		return nil
	}
	if len(m.results) == 0 {
		q := common.Sanitize(m.value(fProcedure))
		return []string{"    " + m.Styles.Warn.Render(ansi.Truncate(m.T("intakeform.no_match", q), colW-4, "…"))}
	}
	rows := h
	more := len(m.results) > h
	if more {
		rows = h - 1
	}
	first := window(m.resIdx, len(m.results), rows)
	var out []string
	for i := first; i < min(first+rows, len(m.results)); i++ {
		p := m.results[i]
		code := p.Code
		if code == "" {
			code = "—"
		}
		line := cell(fmt.Sprintf("%-9s %s", code, common.Sanitize(m.procName(p))), colW-4)
		if i == m.resIdx {
			out = append(out, "  "+m.Styles.Selected.Render("▸ "+line))
		} else {
			out = append(out, "    "+line)
		}
	}
	if more {
		out = append(out, "    "+m.Styles.Muted.Render(m.T("intakeform.more_results", m.resIdx+1, len(m.results))))
	}
	return out
}

// procName is the procedure's name in the clerk's language when the
// catalog has it.
func (m Model) procName(p hoso.Procedure) string {
	if m.Lang == i18n.EN && p.NameEN != "" {
		return p.NameEN
	}
	return p.NameVI
}

// checklist draws the papers of the procedure: a header with how many are
// ticked and the processing time, the documents' errors, the rows
// (scrolled to the highlighted one) and, while the list has the focus
// and room is left, the highlighted paper's full name.
func (m Model) checklist(colW, h, errRows int) []string {
	if h <= 0 {
		return nil
	}
	got := 0
	for _, d := range m.docs {
		if d.Received {
			got++
		}
	}
	head := m.T("intakeform.documents", got, len(m.docs))
	if p, ok := m.procedure(); ok {
		head += " · " + m.processing(p)
	}
	style := m.Styles.Bold
	marker := "  "
	if m.focus == fDocuments {
		style, marker = m.Styles.Header, m.Styles.Header.Render("▸ ")
	}
	out := []string{marker + style.Render(cell(head, colW-markerW))}
	out = append(out, m.errorLines(fDocuments, colW, errRows)...)
	rows := h - len(out)
	detail := m.focus == fDocuments && rows >= 6 && m.docIdx < len(m.docs)
	if detail {
		rows -= 2
	}
	if len(m.docs) == 0 {
		return append(out, "    "+m.Styles.Muted.Render(m.T("intakeform.no_documents")))
	}
	kindW := 0
	for _, k := range hoso.DocumentKinds {
		kindW = max(kindW, ansi.StringWidth(m.T(k.Key())))
	}
	nameW := colW - kindW - 15 // marker, box, gaps, count and a spare cell
	first := window(m.docIdx, len(m.docs), rows)
	for i := first; i < min(first+max(rows, 0), len(m.docs)); i++ {
		d := m.docs[i]
		box := "[ ]"
		kind := m.Styles.Muted.Render(cell(m.T(d.Kind.Key()), kindW))
		count := m.Styles.Muted.Render(fmt.Sprintf("×%-2d", d.Count))
		if d.Received {
			box = m.Styles.OK.Render("[✓]")
			kind, count = cell(m.T(d.Kind.Key()), kindW), fmt.Sprintf("×%-2d", d.Count)
		}
		name := cell(common.Sanitize(d.Name), nameW)
		line := box + " " + name + "  " + kind + " " + count
		if m.focus == fDocuments && i == m.docIdx {
			out = append(out, "  "+m.Styles.Selected.Render("▸")+" "+line)
		} else {
			out = append(out, "    "+line)
		}
	}
	if detail {
		for _, l := range wrap(common.Sanitize(m.docs[m.docIdx].Name), colW-4, 2) {
			out = append(out, "    "+m.Styles.Muted.Render(l))
		}
	}
	return out
}

// processing says the procedure's processing time.
func (m Model) processing(p hoso.Procedure) string {
	if p.Days == 0 {
		return m.T("intake.same_day")
	}
	return m.T("intakeform.days", p.Days, m.T(p.Unit.Key()))
}

// helpLine lists the keys of the field with the focus.
func (m Model) helpLine() string {
	var b []key.Binding
	switch {
	case m.focus == fProcedure && m.searching():
		b = append(b, m.Binding("↑/↓", "intakeform.key.move", "up", "down"), m.Binding("enter", "intakeform.key.pick", "enter"))
	case m.focus == fDocuments:
		b = append(b, m.Binding("space", "intakeform.key.tick", "space"), m.Binding("k", "intakeform.key.kind", "k"),
			m.Binding("+/-", "intakeform.key.count", "+", "-"))
	case m.focus == fReturn:
		b = append(b, m.Binding("space", "intakeform.key.switch", "space"))
	}
	b = append(b,
		m.Binding("ctrl+s", "intakeform.key.save", "ctrl+s"),
		m.Binding("ctrl+l/F2", "lang.toggle", "ctrl+l", "f2"),
		m.Binding("esc", "key.back", "esc"),
		m.Binding("tab", "intakeform.key.next", "tab"),
		m.Binding("ctrl+x", "intakeform.key.clear", "ctrl+x"),
	)
	return m.fitHelp(b)
}

// fitHelp is the help bar with as many of the bindings, in order, as fit
// the width (the help bubble lets one that does not fit overflow).
func (m Model) fitHelp(b []key.Binding) string {
	w := max(m.Width, minWidth)
	for n := len(b); n > 1; n-- {
		if s := m.HelpBar(b[:n]...); lipgloss.Width(s) <= w {
			return s
		}
	}
	return ansi.Truncate(m.HelpBar(b[:1]...), w, "…")
}
