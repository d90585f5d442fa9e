package dossiers

import (
	"strings"

	"motcua/intake"
)

// dialogView is the open dialog in a box: its question, the warning of a
// repeat supplement request, its fields, why the last attempt failed, and
// the confirmation line.
func (m Model) dialogView(w int) []string {
	dl := m.dlg
	dw := dialogWidth(w)
	inner := dw - 4
	var lines []string
	lines = append(lines, wrap(m.T("dossiers.dlg."+string(dl.action)), inner, m.Styles.Header)...)
	if dl.second {
		lines = append(lines, wrap(m.T("dossiers.dlg.second_warning", m.d.Supplements), inner, m.Styles.Error)...)
	}
	if dl.action == intake.ActApologise {
		lines = append(lines, m.T("dossiers.field.old_due", dateTime(m.d.DueAt)))
	}
	for _, f := range dl.fields {
		lines = append(lines, wrap(m.T(f.label), inner, m.Styles.Bold)...)
		if f.area {
			lines = append(lines, strings.Split(f.ta.View(), "\n")...)
		} else {
			lines = append(lines, f.in.View())
		}
	}
	if dl.err != nil {
		lines = append(lines, wrap(m.errText(dl.err), inner, m.Styles.Error)...)
	}
	switch {
	case dl.confirming:
		lines = append(lines, wrap(m.T("dossiers.dlg.second_confirm", m.d.Supplements+1), inner, m.Styles.Flash)...)
	case m.busy:
		lines = append(lines, m.Styles.Bold.Render(m.T("dossiers.busy")))
	case len(dl.fields) <= 1:
		lines = append(lines, m.Styles.Muted.Render(m.T("dossiers.dlg.enter_hint")))
	default:
		lines = append(lines, wrap(m.T("dossiers.dlg.form_hint"), inner, m.Styles.Muted)...)
	}
	return strings.Split(m.Styles.Box.Width(dw).Render(strings.Join(lines, "\n")), "\n")
}

// dialogHelp is the help line under a dialog.
func (m Model) dialogHelp() string {
	if m.dlg.confirming {
		return m.help(
			m.Binding("y", "dossiers.key.yes", "y"),
			m.Binding("n/esc", "dossiers.key.edit", "n", "esc"),
		)
	}
	if len(m.dlg.fields) > 1 {
		return m.help(
			m.Binding("tab", "dossiers.key.field", "tab"),
			m.Binding("ctrl+s", "dossiers.key.confirm", "ctrl+s"),
			m.Binding("esc", "dossiers.key.cancel", "esc"),
		)
	}
	return m.help(
		m.Binding("enter", "dossiers.key.confirm", "enter"),
		m.Binding("esc", "dossiers.key.cancel", "esc"),
	)
}
