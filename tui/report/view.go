package report

import (
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/store"
	"motcua/tui/common"
)

// View draws the title and period, the scrolled report and the key help.
func (m Model) View() tea.View {
	v := tea.NewView(m.screen())
	v.AltScreen = m.opts.Standalone
	v.MouseMode = tea.MouseModeCellMotion // the wheel scrolls
	return v
}

func (m Model) screen() string {
	if s, small := m.TooSmall(common.MinWidth, common.MinHeight); small {
		return s
	}
	if m.Width == 0 {
		return ""
	}
	heading := m.T("report.title")
	if m.opts.Heading != "" {
		heading += " · " + common.Sanitize(m.opts.Heading)
	}
	title := m.Styles.Title.Width(m.Width).Render(fit(heading+" · "+m.periodText(), m.Width-2))
	var sub string
	switch {
	case m.loading:
		sub = " " + m.spin.View() + " " + m.T("reportscreen.loading") + " " + m.progressText()
	case m.loaded:
		sub = "  " + m.T("reportscreen.at", m.rep.At.In(store.Local).Format("15:04 02/01/2006"))
	}
	sub = m.Styles.Muted.Render(fit(sub, m.Width))
	return strings.Join([]string{title, sub, m.vp.View(), fit(m.HelpBar(m.keys.help()...), m.Width)}, "\n")
}

// progressText is the build's progress bar and percentage; empty until
// the build knows how much it has to read.
func (m Model) progressText() string {
	if m.total == 0 {
		return ""
	}
	f := float64(m.done) / float64(m.total)
	return m.bar.ViewAs(f) + " " + strconv.Itoa(int(100*f)) + " %"
}

// fit cuts s to w cells.
func fit(s string, w int) string { return ansi.Truncate(s, w, "…") }

// periodText names the period: a day, a month, or its first and last days.
func (m Model) periodText() string {
	day := func(t time.Time) string { return t.In(store.Local).Format("02/01/2006") }
	p := m.period
	switch {
	case p.FirstDay() == p.LastDay():
		return m.T("reportscreen.day", day(p.From))
	case isMonth(p):
		return m.T("reportscreen.month", p.From.Format("01/2006"))
	}
	return m.T("reportscreen.range", day(p.From), day(p.To))
}

// body is the report drawn for the viewport's width.
func (m Model) body() string {
	switch {
	case m.err != nil:
		return "\n  " + m.Styles.Error.Render(m.T("reportscreen.failed", m.ErrorText(m.err)))
	case !m.loaded:
		return ""
	}
	w := m.Width
	tk, d, s := m.rep.Tickets, m.rep.Dossiers, m.rep.Satisfaction
	var out []string
	section := func(title string, lines ...string) {
		out = append(out, "", m.Styles.Header.Render(fit(title, w)))
		out = append(out, lines...)
	}
	noData := "  " + m.Styles.Muted.Render(m.T("reportscreen.no_data"))

	var labels []string
	var values []int
	for _, c := range tk.ByService {
		labels = append(labels, common.Sanitize(name(m.Lang, c.NameVI, c.NameEN)))
		values = append(values, c.N)
	}
	if tk.Issued == 0 {
		section(m.T("report.section.by_service"), noData)
	} else {
		section(m.T("report.section.by_service"), bars(labels, values, w)...)
	}

	if s.All.Total == 0 {
		section(m.T("report.section.satisfaction"), noData)
	} else {
		labels = labels[:0]
		for _, l := range queue.Levels {
			labels = append(labels, m.T("rating.level."+string(l)))
		}
		title := m.T("report.section.satisfaction") + " · " + m.T("reportscreen.satisfied", figure(s.All.PercentSatisfied(), m.Lang))
		section(title, bars(labels, s.All.Levels[:], w)...)
	}

	n := strconv.Itoa
	section(m.T("report.section.tickets"), table(w, m.Styles, []string{m.T("report.col.figure"), m.T("report.col.value")}, [][]string{
		{m.T("report.tickets.issued"), n(tk.Issued)},
		{m.T("report.tickets.served"), n(tk.Served)},
		{m.T("report.tickets.no_shows"), n(tk.NoShows)},
		{m.T("report.tickets.expired"), n(tk.Expired)},
		{m.T("report.tickets.transferred"), n(tk.Transferred)},
	})...)

	mins := func(x time.Duration) string { return figure(x.Minutes(), m.Lang) }
	times := []string{m.T("report.col.count"), m.T("reportscreen.col.mean"), m.T("reportscreen.col.median"), m.T("reportscreen.col.p90")}
	section(m.T("reportscreen.times"), table(w, m.Styles, append([]string{""}, times...), [][]string{
		{m.T("reportscreen.waiting"), n(tk.Waiting.N), mins(tk.Waiting.Mean), mins(tk.Waiting.Median), mins(tk.Waiting.P90)},
		{m.T("reportscreen.service"), n(tk.Service.N), mins(tk.Service.Mean), mins(tk.Service.Median), mins(tk.Service.P90)},
	})...)

	if len(tk.Counters) > 0 {
		var rows [][]string
		for _, c := range tk.Counters {
			rows = append(rows, []string{common.Sanitize(c.Name()), n(c.Served), n(c.NoShows), mins(c.Service.Mean), mins(c.Service.Median), mins(c.Service.P90)})
		}
		head := []string{m.T("report.col.counter"), m.T("report.col.served"), m.T("report.col.no_show"), times[1], times[2], times[3]}
		section(m.T("report.section.counters"), table(w, m.Styles, head, rows)...)
	}

	var rows [][]string
	for _, f := range d.Figures() {
		rows = append(rows, []string{m.T(f.Key), n(f.Value)})
	}
	section(m.T("report.section.dossiers"), table(w, m.Styles, []string{m.T("report.col.figure"), m.T("report.col.value")}, rows)...)
	return strings.Join(out, "\n")
}

// table draws rows under a bold header: the first column left-aligned and
// cut when the table would be wider than w, the others right-aligned.
func table(w int, st common.Styles, head []string, rows [][]string) []string {
	all := append([][]string{head}, rows...)
	widths := make([]int, len(head))
	for _, r := range all {
		for i, c := range r {
			widths[i] = max(widths[i], ansi.StringWidth(c))
		}
	}
	rest := 2
	for _, cw := range widths[1:] {
		rest += cw + 3
	}
	widths[0] = max(min(widths[0], w-rest), 4)
	lines := make([]string, len(all))
	for j, r := range all {
		var b strings.Builder
		b.WriteString("  ")
		for i, c := range r {
			c = fit(c, widths[i])
			pad := strings.Repeat(" ", widths[i]-ansi.StringWidth(c))
			if i == 0 {
				b.WriteString(c + pad)
			} else {
				b.WriteString("   " + pad + c)
			}
		}
		lines[j] = b.String()
		if j == 0 {
			lines[j] = st.Bold.Render(lines[j])
		}
	}
	return lines
}

// figure writes v with one decimal, with a decimal comma in Vietnamese.
func figure(v float64, lang i18n.Lang) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	if lang == i18n.VI {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// name is a catalog name in the reader's language (Vietnamese when the
// catalog has no English one).
func name(lang i18n.Lang, vi, en string) string {
	if lang == i18n.EN && en != "" {
		return en
	}
	return vi
}
