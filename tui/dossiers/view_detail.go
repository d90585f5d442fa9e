package dossiers

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/intake"
	"motcua/tui/common"
)

// statuses are the states in their order of life, for column widths.
var statuses = []intake.Status{intake.Received, intake.Processing, intake.AwaitingSupplement,
	intake.Resolved, intake.Returned, intake.Mailed, intake.Refused}

// detailView is one dossier: its data, its history and the keys of the
// steps its state allows; or, while a step is prompted, a summary and the
// step's dialog.
func (m Model) detailView(w, h int) []string {
	d := m.d
	title := m.T("dossiers.detail.title", common.Sanitize(m.ref))
	if !m.detailOK {
		msg := m.T("dossiers.detail.loading")
		if m.detailErr != nil {
			msg = m.T("dossiers.detail.failed", m.errText(m.detailErr))
		}
		bottom := []string{m.help(m.Binding("esc", "dossiers.key.back", "esc"))}
		return append(append([]string{m.titleBar(title, "", w)}, fitRows(wrap(msg, w, m.Styles.Muted), h-2)...), bottom...)
	}
	title = m.T("dossiers.detail.title", common.Sanitize(d.Code))
	top := []string{m.titleBar(title, m.statusChip(d), w)}
	if m.dlg.open {
		top = append(top, m.summary(d)...)
		bottom := append(m.noticeLines(w), m.dialogHelp())
		room := h - len(top) - len(bottom)
		return append(append(top, fitRows(m.dialogView(w), room)...), bottom...)
	}
	top = append(top, m.info(d)...)
	top = append(top, "")
	bottom := m.noticeLines(w)
	if m.opts.Forms == nil && m.printNote.kind == noteNone {
		bottom = append(bottom, m.Styles.Warn.Render(m.T("dossiers.no_printer")))
	}
	bottom = append(bottom, m.actionLines(d, w)...)
	bottom = append(bottom, m.help(
		m.Binding("↑/↓", "dossiers.key.scroll", "up", "down"),
		m.Binding("esc", "dossiers.key.back", "esc"),
	))
	room := h - len(top) - len(bottom)
	return append(append(top, fitRows(m.historyLines(room, w), room)...), bottom...)
}

// statusChip is the state, in red when the dossier is overdue.
func (m Model) statusChip(d intake.Dossier) string {
	s := m.T(d.Status.Key())
	if d.Overdue(m.clock()) {
		return m.Styles.Error.Render(s + " · " + m.T("dossiers.detail.overdue"))
	}
	return m.Styles.Header.Render(s)
}

// info are the dossier's data, one line each.
func (m Model) info(d intake.Dossier) []string {
	who := []string{m.T("dossiers.detail.applicant", m.Styles.Bold.Render(common.Sanitize(d.Citizen.Name)))}
	if d.Citizen.IDNumber != "" {
		who = append(who, m.T("dossiers.detail.id", common.Sanitize(d.Citizen.IDNumber)))
	}
	if d.Citizen.Phone != "" {
		who = append(who, m.T("dossiers.detail.phone", common.Sanitize(d.Citizen.Phone)))
	}
	proc := m.procName(d, true)
	if d.ProcedureCode != "" {
		proc += " (" + common.Sanitize(d.ProcedureCode) + ")"
	}
	length := m.T("dossiers.detail.same_day")
	if d.Days > 0 {
		length = m.T("dossiers.detail.time", d.Days, m.T(d.Unit.Key()))
	}
	due := m.T("dossiers.detail.due", dateTime(d.DueAt))
	if d.Overdue(m.clock()) {
		due += " " + m.Styles.Error.Render(m.T("dossiers.detail.overdue"))
	}
	if !d.FirstDueAt.Equal(d.DueAt) && !d.FirstDueAt.IsZero() {
		due += " " + m.T("dossiers.detail.first_due", dateTime(d.FirstDueAt))
	}
	lines := []string{strings.Join(who, " · ")}
	lines = append(lines, twoLines(m.T("dossiers.detail.address", common.Sanitize(d.Citizen.Address)), m.width())...)
	lines = append(lines, twoLines(m.T("dossiers.detail.procedure", proc), m.width())...)
	lines = append(lines,
		length+" · "+m.T("dossiers.detail.return", m.T(d.Return.Key())),
		m.T("dossiers.detail.received", dateTime(d.ReceivedAt), d.Counter),
		due,
		m.T("dossiers.detail.status", m.Styles.Bold.Render(m.T(d.Status.Key())))+" · "+
			m.T("dossiers.detail.lookup", intake.FormatLookup(d.Lookup)),
		m.T("dossiers.detail.counts", d.Supplements, d.Apologies),
	)
	if d.Return == intake.ByPost && d.PostalAddress != "" {
		lines = append(lines, m.T("dossiers.detail.postal", common.Sanitize(d.PostalAddress)))
	}
	return lines
}

// twoLines wraps a long value over at most two lines.
func twoLines(s string, w int) []string {
	lines := wrap(s, max(w, 20), lipgloss.NewStyle())
	if len(lines) > 2 {
		lines[1] = ansi.Truncate(lines[1]+" "+lines[2], max(w, 20)-1, "") + "…"
		lines = lines[:2]
	}
	return lines
}

// summary is the dossier in a few lines, above a dialog.
func (m Model) summary(d intake.Dossier) []string {
	return []string{
		m.T("dossiers.detail.summary", m.Styles.Bold.Render(common.Sanitize(d.Citizen.Name)),
			m.T(d.Status.Key()), m.T("dossiers.detail.due", dateTime(d.DueAt))),
		m.T("dossiers.detail.procedure", m.procName(d, true)),
		m.T("dossiers.detail.counts", d.Supplements, d.Apologies),
		"",
	}
}

// historyLines are the last events that fit in n lines, or earlier ones
// after scrolling back; a long event wraps under its text.
func (m Model) historyLines(n, w int) []string {
	if n <= 0 {
		return nil
	}
	const indent = 18 // "15:04 02/01/2006  "
	var body []string
	for i := len(m.history) - m.histOff - 1; i >= 0; i-- {
		e := m.history[i]
		text := wrap(m.event(e), max(w-indent, 20), lipgloss.NewStyle())
		lines := []string{m.Styles.Muted.Render(e.At.Format("15:04 02/01/2006")) + "  " + text[0]}
		for _, l := range text[1:] {
			lines = append(lines, strings.Repeat(" ", indent)+l)
		}
		if len(body)+len(lines) > n-1 && len(body) > 0 {
			break
		}
		body = append(lines, body...)
	}
	return append([]string{m.Styles.Header.Render(m.T("dossiers.detail.history", len(m.history)))}, body...)
}

// event is one history line.
func (m Model) event(e intake.DossierEvent) string {
	var s string
	switch e.Kind {
	case "supplement_requested":
		missing := make([]string, len(e.Missing))
		for i, x := range e.Missing {
			missing[i] = common.Sanitize(x)
		}
		s = m.T("dossiers.ev.supplement_requested", e.Nth, strings.Join(missing, "; "))
		if e.Confirmed {
			s += " · " + m.Styles.Error.Render(m.T("dossiers.ev.supplement_confirmed", e.Nth))
		}
	case "supplemented":
		s = m.T("dossiers.ev.supplemented", dateTime(e.DueAfter))
	case "apologised":
		s = m.T("dossiers.ev.apologised", dateTime(e.DueBefore), dateTime(e.DueAfter))
	case "received", "processing", "resolved", "returned", "mailed", "refused":
		s = m.T("dossiers.ev." + e.Kind)
	default:
		s = common.Sanitize(e.Kind)
	}
	if e.Reason != "" {
		s += " · " + m.T("dossiers.ev.reason", common.Sanitize(e.Reason))
	}
	if e.Note != "" {
		s += " · " + m.T("dossiers.ev.note", common.Sanitize(e.Note))
	}
	by := m.T("dossiers.ev.by_counter", e.Counter)
	if e.Clerk != "" {
		by = m.T("dossiers.ev.by", e.Counter, common.Sanitize(e.Clerk))
	}
	return s + m.Styles.Muted.Render(" — "+by)
}

// actionLines list the keys of the steps the state allows, and the
// reprint, wrapped without cutting one in two.
func (m Model) actionLines(d intake.Dossier, w int) []string {
	var items []string
	for _, ak := range actionKeys {
		if ak.action.Allows(d.Status) {
			items = append(items, m.actionItem(ak.key, "dossiers.act."+string(ak.action)))
		}
	}
	lead := m.Styles.Bold.Render(m.T("dossiers.detail.actions"))
	if len(items) == 0 {
		lead += " " + m.Styles.Muted.Render(m.T("dossiers.detail.no_actions"))
	}
	items = append(items, m.actionItem(reprintKey, "dossiers.act.reprint"))
	if m.busy {
		items = append(items, m.Styles.Bold.Render(m.T("dossiers.busy")))
	}
	lines := []string{lead}
	for _, it := range items {
		last := &lines[len(lines)-1]
		if ansi.StringWidth(*last)+2+ansi.StringWidth(it) > w {
			lines = append(lines, it)
			continue
		}
		*last += "  " + it
	}
	return lines
}

func (m Model) actionItem(k, label string) string {
	return m.Styles.Selected.Render(" "+k+" ") + " " + m.T(label)
}
