package intake

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"

	hoso "motcua/intake"
	"motcua/tui/common"
)

// View draws the form in the space SetSize gave it.
func (m Model) View() string {
	if s, small := m.TooSmall(minWidth, minHeight); small {
		return s
	}
	switch {
	case !m.loaded:
		return m.Place(m.Styles.Muted.Render(m.T("intakeform.loading")))
	case m.loadErr != nil:
		msg := m.Styles.Error.Render(m.T("intakeform.load_failed", m.errText(m.loadErr)))
		box := lipgloss.NewStyle().Width(max(20, m.Width-4)).Render(msg)
		return m.Place(box + "\n\n" + m.HelpBar(m.Binding("esc", "key.back", "esc")))
	case m.saved != nil:
		return m.savedView()
	}
	l := m.layout()
	h := max(m.Height, minHeight)
	body := h - 3 // title, notice, help
	var lines []string
	if l.wide {
		left := m.applicantLines(l, 3)
		left = append(left, "")
		for _, line := range wrap(m.T("intakeform.hint.scan_long"), l.leftW-4, 3) {
			left = append(left, "  "+m.Styles.Muted.Render(line))
		}
		left = fitRows(left, body)
		right := m.dossierLines(l, body, 3)
		sep := m.Styles.Muted.Render(" │ ")
		left = padLines(left, l.leftW)
		for i := range body {
			lines = append(lines, left[i]+sep+right[i])
		}
	} else {
		lines = m.narrowBody(l, body)
	}
	out := append([]string{m.titleLine()}, lines...)
	out = append(out, m.noticeLine(), m.helpLine())
	return strings.Join(out, "\n")
}

// narrowBody stacks the applicant, the procedure with its papers and the
// rest in one column; the papers get the rows left. When errors take too
// many rows, each gets one row.
func (m Model) narrowBody(l layout, body int) []string {
	for _, errRows := range []int{2, 1} {
		top := m.applicantLines(l, errRows)
		tail := m.tailLines(l, errRows)
		area := body - len(top) - len(tail)
		if area >= 4 || errRows == 1 {
			mid := m.procedureLines(l.rightW, max(area, 2), errRows)
			return fitRows(slices.Concat(top, mid, tail), body)
		}
	}
	return nil
}

// dossierLines is the right column of the wide layout.
func (m Model) dossierLines(l layout, body, errRows int) []string {
	tail := m.tailLines(l, errRows)
	mid := m.procedureLines(l.rightW, body-len(tail), errRows)
	return padLines(fitRows(slices.Concat(mid, tail), body), l.rightW)
}

// titleLine names the form, the counter and the ticket served.
func (m Model) titleLine() string {
	title := m.T("intakeform.title", m.counter)
	if m.ticket != "" {
		title += " · " + m.T("intakeform.ticket", common.Sanitize(m.ticket))
	}
	right := ""
	if m.clerk != "" {
		right = m.Styles.Bold.Render(common.Sanitize(m.clerk))
	}
	left := m.Styles.Title.Render(title)
	gap := max(m.Width, minWidth) - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

// fieldLine draws a field: marker, label, value; then its errors.
func (m Model) fieldLine(l layout, f field, colW, errRows int) []string {
	label := cell(m.T(labelKey(f)), l.labelW(f))
	marker := "  "
	if m.focus == f {
		marker = m.Styles.Header.Render("▸ ")
		label = m.Styles.Header.Render(label)
	} else if len(m.errorsOf(f)) > 0 {
		label = m.Styles.Error.Render(label)
	}
	var value string
	switch f {
	case fDocuments:
		return nil // the checklist draws itself
	case fReturn:
		value = m.returnValue()
	default:
		in := m.inputs[f]
		in.Placeholder = m.placeholder(f)
		value = in.View()
	}
	line := marker + label + " " + value
	switch {
	case f == fBirth && m.gender != "":
		line += "  " + m.Styles.Muted.Render(m.T("intake.field.gender")+": "+common.Sanitize(m.gender))
	case f == fFee && m.procID != "":
		if p, ok := m.procedure(); ok && !p.FeeKnown {
			line += "  " + m.Styles.Muted.Render(m.T("intake.fee.province"))
		} else {
			line += " " + m.Styles.Muted.Render(m.T("intakeform.dong"))
		}
	}
	out := []string{cell(line, colW)}
	return append(out, m.errorLines(f, colW, errRows)...)
}

// errorLines are a field's errors under it, indented to its value.
func (m Model) errorLines(f field, colW, rows int) []string {
	var out []string
	indent := markerW + 2
	for _, e := range m.errorsOf(f) {
		for _, line := range wrap("⚠ "+e.Message(m.Lang), colW-indent, rows) {
			out = append(out, strings.Repeat(" ", indent)+m.Styles.Error.Render(line))
		}
	}
	return out
}

// placeholder is the grey hint of an empty field.
func (m Model) placeholder(f field) string {
	switch f {
	case fName:
		return m.T("intakeform.hint.scan")
	case fBirth:
		return m.T("intakeform.hint.date")
	case fEmail, fPhone:
		return m.T("intakeform.hint.optional")
	case fProcedure:
		return m.T("intakeform.hint.procedure")
	}
	return ""
}

// returnValue shows the return method with the arrows that switch it.
func (m Model) returnValue() string {
	v := m.T(m.ret.Key())
	if m.focus == fReturn {
		return m.Styles.Selected.Render("‹ " + v + " ›")
	}
	return "  " + v
}

// applicantLines is the applicant's part of the form.
func (m Model) applicantLines(l layout, errRows int) []string {
	var out []string
	for _, f := range applicantFields {
		out = append(out, m.fieldLine(l, f, l.leftW, errRows)...)
	}
	return out
}

// tailLines are the fields under the papers.
func (m Model) tailLines(l layout, errRows int) []string {
	var out []string
	for _, f := range []field{fSets, fFee, fReturn, fPostal, fNote} {
		if m.visible(f) {
			out = append(out, m.fieldLine(l, f, l.rightW, errRows)...)
		}
	}
	return out
}

// noticeLine says what just happened, or what is wrong.
func (m Model) noticeLine() string {
	w := max(m.Width, minWidth)
	if len(m.scanBuf) > 0 {
		return cell(m.Styles.Warn.Render(m.T("intakeform.scan_reading")), w)
	}
	text := m.noticeText()
	if text == "" {
		return ""
	}
	style := m.Styles.OK
	if m.note.bad {
		style = m.Styles.Error
	}
	return style.Render(cell(text, w))
}

func (m Model) noticeText() string {
	n := m.note
	if n.key == "" && n.err == nil {
		return ""
	}
	if n.key == "" {
		return m.errText(n.err)
	}
	args := n.args
	if n.key == "intakeform.fix_errors" {
		args = []any{len(m.errs)}
	}
	if n.err != nil {
		args = append(slices.Clone(args), m.errText(n.err))
	}
	return m.T(n.key, args...)
}

// errText is an error in the clerk's words.
func (m Model) errText(err error) string {
	if key := common.StoreErrorKey(err); key != "" {
		return m.T(key, "")
	}
	return common.Sanitize(hoso.Message(m.Lang, err))
}
