package district

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"motcua/hub"
	"motcua/tui/common"
)

// status finds the list row of the open commune.
func (m Model) status() (hub.StationStatus, bool) {
	for _, r := range m.rows {
		if r.ID == m.drillID {
			return r, true
		}
	}
	return hub.StationStatus{ID: m.drillID}, false
}

func (m Model) drillLines() []string {
	s, _ := m.status()
	title := m.T("district.drill.title", common.Sanitize(s.Name), common.Sanitize(s.ID))
	lines := []string{m.titleBar(title), ""}
	switch {
	case m.drillErr != nil:
		return append(lines, m.Styles.Error.Render(m.T("district.error", common.Sanitize(m.drillErr.Error()))))
	case m.drill == nil:
		return append(lines, m.Styles.Muted.Render(m.T("district.loading")))
	}
	d := m.drill
	left := m.activity(d)
	right := m.syncInfo(s, d, m.Width-lipgloss.Width(left)-3)
	top := lipgloss.JoinHorizontal(lipgloss.Top, left, "   ", right)
	lines = append(lines, strings.Split(top, "\n")...)
	lines = append(lines, "", m.Styles.Header.Render(m.T("district.drill.overdue", len(d.Overdue))))
	if len(d.Overdue) == 0 {
		return append(lines, m.Styles.OK.Render(m.T("district.drill.none_late")))
	}
	room := m.Height - 1 - len(lines)
	// Columns sized on the rows shown, so the due dates line up.
	codeW, whenW := 14, 0
	whens := make([]string, len(d.Overdue))
	for i, o := range d.Overdue {
		whens[i] = m.T("district.drill.late_row", dateTime(o.DueAt), late(m.Common, o.Late))
		codeW = min(max(codeW, lipgloss.Width(common.Sanitize(o.Code))), 24)
		whenW = max(whenW, lipgloss.Width(whens[i]))
	}
	procW := m.Width - codeW - whenW - 4
	for i, o := range d.Overdue {
		if i == room-1 && len(d.Overdue) > room {
			lines = append(lines, m.Styles.Muted.Render(m.T("district.drill.more", len(d.Overdue)-i)))
			break
		}
		line := fit(common.Sanitize(o.Code), codeW) + "  " + fit(common.Sanitize(o.Procedure), procW) + "  " +
			m.Styles.Warn.Render(fit(whens[i], whenW))
		lines = append(lines, line)
	}
	return lines
}

// activity is the table of counts for today and the last 7 days.
func (m Model) activity(d *hub.Drill) string {
	labelW, numW := 22, 8
	if m.Width >= 110 {
		labelW, numW = 28, 10
	}
	rows := []string{m.Styles.Header.Render(fit(m.T("district.drill.activity"), labelW) +
		fitRight(m.T("district.drill.today"), numW) + fitRight(m.T("district.drill.week"), numW))}
	for _, r := range []struct {
		key         string
		today, week int64
	}{
		{"district.kind.issued", d.Today.TicketsIssued, d.Week.TicketsIssued},
		{"district.kind.called", d.Today.TicketsCalled, d.Week.TicketsCalled},
		{"district.kind.finished", d.Today.TicketsFinished, d.Week.TicketsFinished},
		{"district.kind.no_show", d.Today.NoShows, d.Week.NoShows},
		{"district.kind.received", d.Today.DossiersReceived, d.Week.DossiersReceived},
		{"district.kind.resolved", d.Today.DossiersResolved, d.Week.DossiersResolved},
		{"district.kind.refused", d.Today.DossiersRefused, d.Week.DossiersRefused},
		{"district.kind.apologies", d.Today.Apologies, d.Week.Apologies},
	} {
		rows = append(rows, fit(m.T(r.key), labelW)+fitRight(fmt.Sprint(r.today), numW)+fitRight(fmt.Sprint(r.week), numW))
	}
	return strings.Join(rows, "\n")
}

// syncInfo is the commune's sync state, missing records and conflicts.
func (m Model) syncInfo(s hub.StationStatus, d *hub.Drill, w int) string {
	now := m.opts.Clock.Now()
	f := FlagsOf(s, len(d.Missing) > 0)
	contact := m.T("district.drill.contact", ago(m.Common, now, s.LastContact))
	if f.Silent {
		contact = m.Styles.Error.Render(contact + " !")
	}
	clock := m.T("district.drill.clock", offset(m.Common, s))
	if f.Clock {
		clock = m.Styles.Warn.Render(clock + " !")
	}
	lines := []string{
		m.Styles.Header.Render(m.T("district.drill.sync")),
		m.T("district.drill.last_ok", ago(m.Common, now, s.LastSuccess)),
		contact,
		m.T("district.drill.backlog", backlog(m.Common, s)),
		clock,
		m.T("district.drill.batch", s.LastBatch, s.MaxSeq),
	}
	if len(d.Missing) > 0 {
		lines = append(lines, m.Styles.Warn.Render(m.T("district.drill.missing", ranges(d.Missing, 4))))
	} else {
		lines = append(lines, m.Styles.OK.Render(m.T("district.drill.no_gaps")))
	}
	if n := len(d.Conflicts); n > 0 {
		c := d.Conflicts[n-1]
		lines = append(lines, m.Styles.Error.Render(m.T("district.drill.conflicts", n, c.Batch, dateTime(c.At))))
	} else {
		lines = append(lines, m.Styles.OK.Render(m.T("district.drill.no_confl")))
	}
	for i := range lines {
		lines[i] = fit(lines[i], w)
	}
	return strings.Join(lines, "\n")
}
