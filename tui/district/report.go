package district

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/queue/report"
	"motcua/store"
	"motcua/tui/common"
	reportscreen "motcua/tui/report"
)

// ReportKey opens the report page: of all communes from the list, of the
// open commune from its page ("b" for báo cáo; "r" refreshes).
const ReportKey = "b"

// openReport shows the report of this month so far, of commune id, or of
// all communes when id is "". The page is the report screen (tui/report)
// fed by the hub's records; Esc comes back here.
func (m *Model) openReport(id string) tea.Cmd {
	h := m.opts.Hub
	heading := m.T("hubreport.all")
	if id != "" {
		heading = id
		for _, r := range m.rows {
			if r.ID == id && r.Name != "" {
				heading = r.Name + " (" + id + ")"
			}
		}
	}
	now := m.opts.Clock.Now().In(store.Local)
	rm := reportscreen.New(reportscreen.Options{
		Context: m.Context(),
		Source: func(ctx context.Context, p report.Period, fn report.Progress) (report.Report, error) {
			ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
			defer cancel()
			return h.Report(ctx, p, id, report.Options{Progress: fn})
		},
		Heading: common.Sanitize(heading), // a commune's name came from its station
		Period:  report.MonthPeriod(now.Year(), now.Month()),
		Lang:    m.Lang,
		Clock:   m.opts.Clock,
	})
	next, _ := rm.Update(tea.WindowSizeMsg{Width: m.Width, Height: m.Height})
	rm = next.(reportscreen.Model)
	m.report = &rm
	return rm.Init()
}

// updateReport gives the open report page a message; its Esc
// (common.GoBackMsg) closes it. The district's own readings go on.
func (m Model) updateReport(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case common.GoBackMsg:
		m.Lang = m.report.Lang // a language chosen on the page stays
		m.report = nil
		return m, nil
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return m, m.quit()
		}
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
	}
	next, cmd := m.report.Update(msg)
	rm := next.(reportscreen.Model)
	m.report = &rm
	return m, cmd
}
