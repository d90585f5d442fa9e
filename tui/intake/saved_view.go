package intake

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	hoso "motcua/intake"
	"motcua/receipts"
	"motcua/store"
	"motcua/tui/common"
)

// savedView confirms the dossier: its codes, the appointment, and whether
// Mẫu 01 was printed.
func (m Model) savedView() string {
	d := *m.saved
	w := max(m.Width, minWidth)
	h := max(m.Height, minHeight)
	labelW := 0
	for _, k := range []string{"intakeform.saved.code", "intakeform.saved.lookup", "intakeform.saved.applicant",
		"intakeform.saved.procedure", "intakeform.saved.documents", "intakeform.saved.return"} {
		labelW = max(labelW, ansi.StringWidth(m.T(k)))
	}
	boxW := min(w-4, 100)
	innerW := boxW - 4
	row := func(key, value string) string {
		return cell(m.Styles.Muted.Render(cell(m.T(key), labelW))+"  "+value, innerW)
	}
	name := d.ProcedureName
	if m.Lang == i18n.EN && d.ProcedureNameEN != "" {
		name = d.ProcedureNameEN
	}
	lines := []string{
		m.Styles.OK.Bold(true).Render("✓ " + m.T("intakeform.saved.title")),
		"",
		row("intakeform.saved.code", m.Styles.Bold.Render(common.Sanitize(d.Code))),
		row("intakeform.saved.lookup", m.Styles.Bold.Render(hoso.FormatLookup(common.Sanitize(d.Lookup)))),
		row("intakeform.saved.applicant", common.Sanitize(d.Citizen.Name)+" · "+common.Sanitize(d.Citizen.IDNumber)),
		row("intakeform.saved.procedure", common.Sanitize(name)),
		row("intakeform.saved.documents", m.T("intakeform.saved.counts", len(d.Documents), d.Sets, m.fee(d.FeeVND))),
		row("intakeform.saved.return", m.T(d.Return.Key())),
		"",
	}
	lines = append(lines, wrapStyled(m.Styles.Header.Bold(true).Render, m.T("intakeform.saved.due", m.legalTime(d)), innerW)...)
	lines = append(lines, "")
	status, bad := m.printStatus()
	style := m.Styles.OK
	if bad {
		style = m.Styles.Error
	}
	lines = append(lines, wrapStyled(style.Render, status, innerW)...)
	if t := m.noticeText(); t != "" {
		lines = append(lines, "")
		lines = append(lines, wrapStyled(m.Styles.Error.Render, t, innerW)...)
	}
	box := m.Styles.Box.Width(boxW).Render(strings.Join(lines, "\n"))
	help := m.fitHelp([]key.Binding{
		m.Binding("n", "intakeform.key.another", "n"),
		m.Binding("p", "intakeform.key.reprint", "p"),
		m.Binding("esc", "key.back", "esc"),
		m.Binding("ctrl+l/F2", "lang.toggle", "ctrl+l", "f2"),
	})
	body := strings.Split(box, "\n")
	pad := strings.Repeat(" ", max(0, (w-boxW)/2))
	for i := range body {
		body[i] = pad + body[i]
	}
	top := max(0, (h-2-len(body))/2)
	out := []string{m.titleLine()}
	out = append(out, make([]string, top)...)
	out = append(out, body...)
	out = fitRows(out, h-1)
	return strings.Join(append(out, help), "\n")
}

func wrapStyled(render func(...string) string, s string, w int) []string {
	lines := wrap(s, w, 4)
	for i := range lines {
		lines[i] = render(lines[i])
	}
	return lines
}

// printStatus says what became of Mẫu 01, and whether it went wrong.
func (m Model) printStatus() (string, bool) {
	switch {
	case m.forms == nil:
		return m.T("intakeform.print.none"), true
	case m.printing:
		return m.T("intakeform.print.printing"), false
	case m.printErr != nil:
		return m.T("intakeform.print.failed", receipts.Describe(m.Lang, m.printErr)), true
	case m.printed:
		return m.T("intakeform.print.done"), false
	}
	return "", false
}

// fee writes an amount of đồng, "8.000 đ"; "0 đ" when free.
func (m Model) fee(v int64) string {
	s := fmt.Sprint(v)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	return b.String() + " " + m.T("intakeform.dong")
}

// legalTime writes the appointment as the receipt does, "16 giờ 00 phút,
// ngày 23 tháng 11 năm 2026" (in English "16:00 on 23/11/2026").
func (m Model) legalTime(d hoso.Dossier) string {
	t := d.FirstDueAt
	if t.IsZero() {
		t = d.DueAt
	}
	t = t.In(store.Local)
	return m.T("intakeform.time", t.Hour(), t.Minute(), t.Day(), int(t.Month()), t.Year())
}
