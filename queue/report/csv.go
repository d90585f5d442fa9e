package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"time"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/store"
)

// WriteCSV writes the report as UTF-8 CSV with a byte-order mark (so that
// spreadsheet programs on Windows read Vietnamese correctly): one section
// per table, each a title row, a header row and its rows, sections apart
// by an empty row. Times are in minutes with one decimal.
func WriteCSV(w io.Writer, r Report, lang i18n.Lang) error {
	t := func(key string, args ...any) string { return i18n.T(lang, key, args...) }
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return fmt.Errorf("write report CSV: %w", err)
	}
	cw := csv.NewWriter(w)
	var rows [][]string
	section := func(title string, header ...string) {
		if len(rows) > 0 {
			rows = append(rows, []string{})
		}
		rows = append(rows, []string{title}, header)
	}
	row := func(cells ...string) { rows = append(rows, cells) }
	n := strconv.Itoa

	section(t("report.title"), t("report.from"), t("report.to"), t("report.at"))
	if scope := r.Scope(lang); scope != "" {
		rows[0] = append(rows[0], scope)
	}
	row(r.Period.FirstDay(), r.Period.LastDay(), r.At.In(store.Local).Format("2006-01-02 15:04"))

	tk := r.Tickets
	section(t("report.section.tickets"), t("report.col.figure"), t("report.col.value"))
	row(t("report.tickets.issued"), n(tk.Issued))
	row(t("report.tickets.served"), n(tk.Served))
	row(t("report.tickets.no_shows"), n(tk.NoShows))
	row(t("report.tickets.expired"), n(tk.Expired))
	row(t("report.tickets.transferred"), n(tk.Transferred))

	section(t("report.section.by_service"), t("report.col.service"), t("report.col.tickets"))
	for _, c := range tk.ByService {
		row(pick(lang, c.NameVI, c.NameEN), n(c.N))
	}
	section(t("report.section.by_priority"), t("report.col.group"), t("report.col.tickets"))
	for _, c := range tk.ByPriority {
		name := pick(lang, c.NameVI, c.NameEN)
		if c.Code == "" {
			name = t("report.priority.none")
		}
		row(name, n(c.N))
	}
	times := []string{t("report.col.count"), t("report.col.mean"), t("report.col.median"), t("report.col.p90")}
	section(t("report.section.times"), append([]string{t("report.col.figure")}, times...)...)
	row(append([]string{t("report.times.waiting")}, durationCells(tk.Waiting)...)...)
	row(append([]string{t("report.times.service")}, durationCells(tk.Service)...)...)

	work := []string{t("report.col.served"), t("report.col.no_show"), t("report.col.mean"), t("report.col.median"), t("report.col.p90")}
	section(t("report.section.counters"), append([]string{t("report.col.counter")}, work...)...)
	for _, c := range tk.Counters {
		row(append([]string{c.Name(), n(c.Served), n(c.NoShows)}, durationCells(c.Service)[1:]...)...)
	}
	section(t("report.section.clerks"), append([]string{t("report.col.clerk")}, work...)...)
	for _, c := range tk.Clerks {
		row(append([]string{c.ClerkName(t("report.clerk.unknown")), n(c.Served), n(c.NoShows)}, durationCells(c.Service)[1:]...)...)
	}

	d := r.Dossiers
	section(t("report.section.dossiers"), t("report.col.figure"), t("report.col.value"))
	for _, f := range d.Figures() {
		row(t(f.Key), n(f.Value))
	}

	s := r.Satisfaction
	section(t("report.section.satisfaction"), t("report.col.level"), t("report.col.count"))
	for i, l := range queue.Levels {
		row(t("rating.level."+string(l)), n(s.All.Levels[i]))
	}
	row(t("report.col.total"), n(s.All.Total))
	row(t("report.col.percent"), percent(s.All))

	levels := []string{t("report.col.counter")}
	for _, l := range queue.Levels {
		levels = append(levels, t("rating.level."+string(l)))
	}
	section(t("report.section.sat_counters"), append(levels, t("report.col.total"), t("report.col.percent"))...)
	for _, g := range s.Counters {
		row(g.Name(t("report.other")), n(g.Levels[0]), n(g.Levels[1]), n(g.Levels[2]), n(g.Total), percent(g))
	}

	if err := cw.WriteAll(rows); err != nil {
		return fmt.Errorf("write report CSV: %w", err)
	}
	return nil
}

func pick(lang i18n.Lang, vi, en string) string {
	if lang == i18n.EN && en != "" {
		return en
	}
	return vi
}

func minutes(d time.Duration) string { return strconv.FormatFloat(d.Minutes(), 'f', 1, 64) }

func durationCells(d Durations) []string {
	return []string{strconv.Itoa(d.N), minutes(d.Mean), minutes(d.Median), minutes(d.P90)}
}

func percent(r Ratings) string { return strconv.FormatFloat(r.PercentSatisfied(), 'f', 1, 64) }
