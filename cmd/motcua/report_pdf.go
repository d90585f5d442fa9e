package main

import (
	"fmt"
	"os"
	"strconv"
	"time"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/queue/report"
	"motcua/receipts"
	"motcua/store"
)

// reportPDF turns the figures of a period into the printed report
// (`motcua report --pdf FILE`): the tickets by service and the
// satisfaction levels as bar charts, then the tickets, waiting and service
// times, counters, clerks, dossiers and satisfaction by counter as tables.
// receipts lays it out; it does not know queue/report, hence the copy
// into plain strings and numbers here.
func reportPDF(r report.Report, lang i18n.Lang) receipts.ReportDoc {
	t := func(key string, args ...any) string { return i18n.T(lang, key, args...) }
	n := strconv.Itoa
	tk, d, s := r.Tickets, r.Dossiers, r.Satisfaction

	title := t("report.title")
	if scope := r.Scope(lang); scope != "" {
		title += " — " + scope
	}
	doc := receipts.ReportDoc{Lang: lang, Title: title, Period: pdfPeriod(r.Period, lang), GeneratedAt: r.At}

	service := receipts.ReportChart{Title: t("report.section.by_service"), Unit: t("receipts.report.unit.tickets")}
	for _, c := range tk.ByService {
		service.Labels = append(service.Labels, pickName(lang, c.NameVI, c.NameEN))
		service.Values = append(service.Values, float64(c.N))
	}
	// No ratings is not "0 % satisfied": the title gives a share only
	// when there is one.
	rating := receipts.ReportChart{Title: t("report.section.satisfaction"), Unit: t("receipts.report.unit.ratings")}
	if s.All.Total > 0 {
		rating.Title = t("receipts.report.sat_chart", receipts.FormatFigure(s.All.PercentSatisfied(), 1, lang))
		for i, l := range queue.Levels {
			rating.Labels = append(rating.Labels, t("rating.level."+string(l)))
			rating.Values = append(rating.Values, float64(s.All.Levels[i]))
		}
	}
	doc.Charts = []receipts.ReportChart{service, rating}

	figure, value := t("report.col.figure"), t("report.col.value")
	summary := receipts.ReportSection{Title: t("receipts.report.summary"), Columns: []string{figure, value}, Rows: [][]string{
		{t("report.tickets.issued"), n(tk.Issued)},
		{t("report.tickets.served"), n(tk.Served)},
		{t("report.tickets.no_shows"), n(tk.NoShows)},
		{t("report.tickets.expired"), n(tk.Expired)},
		{t("report.tickets.transferred"), n(tk.Transferred)},
	}}
	mins := func(x time.Duration) string { return receipts.FormatFigure(x.Minutes(), 1, lang) }
	durations := func(x report.Durations) []string { return []string{n(x.N), mins(x.Mean), mins(x.Median), mins(x.P90)} }
	times := receipts.ReportSection{
		Title:   t("receipts.report.times_section"),
		Columns: []string{figure, t("report.col.count"), t("report.col.mean"), t("report.col.median"), t("report.col.p90")},
		Rows: [][]string{
			append([]string{t("report.times.waiting")}, durations(tk.Waiting)...),
			append([]string{t("report.times.service")}, durations(tk.Service)...),
		},
	}
	work := []string{t("report.col.served"), t("report.col.no_show"), t("report.col.mean"), t("report.col.median"), t("report.col.p90")}
	counters := receipts.ReportSection{Title: t("report.section.counters"), Columns: append([]string{t("report.col.counter")}, work...)}
	for _, c := range tk.Counters {
		counters.Rows = append(counters.Rows, append([]string{c.Name(), n(c.Served), n(c.NoShows)}, durations(c.Service)[1:]...))
	}
	clerks := receipts.ReportSection{Title: t("report.section.clerks"), Columns: append([]string{t("report.col.clerk")}, work...)}
	for _, c := range tk.Clerks {
		clerks.Rows = append(clerks.Rows, append([]string{c.ClerkName(t("report.clerk.unknown")), n(c.Served), n(c.NoShows)}, durations(c.Service)[1:]...))
	}

	dossiers := receipts.ReportSection{Title: t("report.section.dossiers"), Columns: []string{figure, value}}
	for _, f := range d.Figures() {
		dossiers.Rows = append(dossiers.Rows, []string{t(f.Key), n(f.Value)})
	}

	levels := []string{t("report.col.counter")}
	for _, l := range queue.Levels {
		levels = append(levels, t("rating.level."+string(l)))
	}
	byCounter := receipts.ReportSection{Title: t("report.section.sat_counters"), Columns: append(levels, t("report.col.total"), t("report.col.percent"))}
	for _, g := range append(append([]report.Ratings{}, s.Counters...), s.All) {
		name := g.Name(t("report.other"))
		if !g.Other && g.Counter == 0 {
			name = t("report.all")
		}
		byCounter.Rows = append(byCounter.Rows, []string{name, n(g.Levels[0]), n(g.Levels[1]), n(g.Levels[2]), n(g.Total),
			receipts.FormatFigure(g.PercentSatisfied(), 1, lang)})
	}
	if s.All.Total == 0 {
		byCounter.Rows = nil
	}
	doc.Sections = []receipts.ReportSection{summary, times, counters, clerks, dossiers, byCounter}
	return doc
}

// writeReportPDF renders the report of r and writes it to path.
func writeReportPDF(path string, r report.Report, lang i18n.Lang) error {
	pdf, err := reportPDF(r, lang).Render()
	if err != nil {
		return fmt.Errorf("report PDF: %w", err)
	}
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		return fmt.Errorf("write report PDF: %w", err)
	}
	return nil
}

// pdfPeriod is the period as the report's heading writes it: one day, or
// its first and last days.
func pdfPeriod(p report.Period, lang i18n.Lang) string {
	day := func(x time.Time) string { return x.In(store.Local).Format("02/01/2006") }
	if p.FirstDay() == p.LastDay() {
		return i18n.T(lang, "receipts.report.day", day(p.From))
	}
	return i18n.T(lang, "receipts.report.period", day(p.From), day(p.To))
}

// pickName is a catalog name in the reader's language (Vietnamese when the
// catalog has no English name).
func pickName(lang i18n.Lang, vi, en string) string {
	if lang == i18n.EN && en != "" {
		return en
	}
	return vi
}
