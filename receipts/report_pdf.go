package receipts

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"motcua/assets/i18n"
	"motcua/store"
)

// ReportDoc is the commune's activity report as it is printed: plain text
// and numbers, already translated by the caller. It is kept free of
// queue/report's types so that receipts, which every screen imports, does
// not depend on the queue (cmd/motcua converts one into the other).
type ReportDoc struct {
	Lang        i18n.Lang // of the lines the PDF adds (page numbers, "made at")
	Title       string
	Period      string // "Từ ngày 01/11/2026 đến ngày 30/11/2026"
	Commune     string // "" prints no commune line
	GeneratedAt time.Time
	// Charts are drawn first, under the title: what the reader takes in at
	// a glance; the Sections follow with every figure.
	Charts   []ReportChart
	Sections []ReportSection
}

// ReportSection is one ruled table under a bold title. The first column
// names the figure; it is given more width than the others.
type ReportSection struct {
	Title   string
	Columns []string
	Rows    [][]string
}

// ReportChart is a horizontal bar chart: one bar per label, each with its
// value written at its end followed by Unit. Bars run horizontally because
// the labels are service names long enough to need two lines.
type ReportChart struct {
	Title  string
	Labels []string
	Values []float64
	Unit   string
}

// reportGeometry is A4 portrait with the margins of an administrative
// document (Decree 30/2020: 20–30 mm at the left) and the type unscaled.
var reportGeometry = geometry{w: 210, h: 297, left: 20, right: 15, top: 15, bottom: 18, k: 1}

// FormatFigure writes v with the given decimals the way the report's
// reader writes numbers: a decimal comma in Vietnamese, a point in
// English.
func FormatFigure(v float64, decimals int, lang i18n.Lang) string {
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if lang == i18n.VI {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// texts is every string printed, to choose the fonts.
func (d ReportDoc) texts() []string {
	out := []string{d.Title, d.Period, d.Commune}
	for _, c := range d.Charts {
		out = append(out, c.Title, c.Unit)
		out = append(out, c.Labels...)
	}
	for _, s := range d.Sections {
		out = append(out, s.Title)
		out = append(out, s.Columns...)
		for _, r := range s.Rows {
			out = append(out, r...)
		}
	}
	return out
}

// normalised cleans every text (NFC, no control characters).
func (d ReportDoc) normalised() ReportDoc {
	d.Title, d.Period, d.Commune = clean(d.Title, false), clean(d.Period, false), clean(d.Commune, false)
	charts := make([]ReportChart, len(d.Charts))
	for i, c := range d.Charts {
		c.Title, c.Unit = clean(c.Title, false), clean(c.Unit, false)
		c.Labels = cleanAll(c.Labels)
		charts[i] = c
	}
	sections := make([]ReportSection, len(d.Sections))
	for i, s := range d.Sections {
		s.Title = clean(s.Title, false)
		s.Columns = cleanAll(s.Columns)
		rows := make([][]string, len(s.Rows))
		for j, r := range s.Rows {
			rows[j] = cleanAll(r)
		}
		s.Rows = rows
		sections[i] = s
	}
	d.Charts, d.Sections = charts, sections
	return d
}

func cleanAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = clean(s, true)
	}
	return out
}

func (d ReportDoc) validate() error {
	if d.Title == "" {
		return fmt.Errorf("%w: report without a title", ErrInvalidDocument)
	}
	for _, c := range d.Charts {
		if len(c.Labels) != len(c.Values) {
			return fmt.Errorf("%w: chart %q has %d labels and %d values", ErrInvalidDocument, c.Title, len(c.Labels), len(c.Values))
		}
		for _, v := range c.Values {
			if v < 0 || v != v {
				return fmt.Errorf("%w: chart %q has the value %v", ErrInvalidDocument, c.Title, v)
			}
		}
	}
	for _, s := range d.Sections {
		if len(s.Columns) == 0 {
			return fmt.Errorf("%w: table %q without columns", ErrInvalidDocument, s.Title)
		}
		for i, r := range s.Rows {
			if len(r) != len(s.Columns) {
				return fmt.Errorf("%w: table %q row %d has %d cells for %d columns", ErrInvalidDocument, s.Title, i+1, len(r), len(s.Columns))
			}
		}
	}
	return nil
}

// Render lays the report out on A4 portrait: the title block, the
// charts, the tables, and "Trang x/y" at the foot of every page. The same
// document always gives the same bytes (the creation date is
// GeneratedAt).
func (d ReportDoc) Render() ([]byte, error) {
	d = d.normalised()
	if err := d.validate(); err != nil {
		return nil, err
	}
	t := func(key string, args ...any) string { return i18n.T(d.Lang, key, args...) }
	f := newPDF(fontsFor(d.texts()...), docInfo{Title: d.Title, Lang: d.Lang.Code(), Created: d.GeneratedAt.UTC()})
	s := newFormSheet(f, reportGeometry)
	s.newPage()
	if d.Commune != "" {
		s.para(paraStyle{size: 10, align: "C"}, bold(upper(d.Commune)))
	}
	s.para(paraStyle{size: 15, align: "C", after: 1}, bold(d.Title))
	s.para(paraStyle{size: 10.5, align: "C"}, italic(d.Period))
	if !d.GeneratedAt.IsZero() {
		s.para(paraStyle{size: 8.5, align: "C"}, plain(t("receipts.report.generated", d.GeneratedAt.In(store.Local).Format("15:04 02/01/2006"))))
	}
	s.gap(4)
	format := func(v float64, dec int) string { return FormatFigure(v, dec, d.Lang) }
	for _, c := range d.Charts {
		drawChart(s, c, format, t("receipts.report.no_data"))
		s.gap(5)
	}
	for _, sec := range d.Sections {
		s.need(lineHeight(11)*2 + 20) // keep a title with its header row and first rows
		s.para(paraStyle{size: 11, after: 1}, bold(sec.Title))
		if len(sec.Rows) == 0 {
			s.para(paraStyle{size: 9}, italic(t("receipts.report.no_data")))
		} else {
			s.table(reportColumns(sec.Columns), sec.Rows)
		}
		s.gap(5)
	}
	reportPageNumbers(s, func(i, n int) string { return t("receipts.report.page", i, n) })
	return finish(f, "report "+d.Title)
}

// reportColumns gives the first column (the figure's name) two shares of
// the width against one for each number, and right-aligns the numbers.
func reportColumns(titles []string) []column {
	cols := make([]column, len(titles))
	total := float64(len(titles) + 1)
	for i, title := range titles {
		cols[i] = column{title: title, share: 1 / total, align: "R"}
	}
	cols[0].share, cols[0].align = 2/total, "L"
	if len(titles) == 1 {
		cols[0].share = 1
	}
	return cols
}

// reportPageNumbers writes the page line at the foot of every page, once
// the number of pages is known.
func reportPageNumbers(s *formSheet, text func(i, n int) string) {
	n := s.pdf.PageCount()
	pt := 8.0
	for i := 1; i <= n; i++ {
		s.pdf.SetPage(i)
		txt := text(i, n)
		w := s.measure("", pt, txt)
		s.drawText("", pt, s.left+(s.width-w)/2, s.g.h-s.g.bottom+5, w, lineHeight(pt), txt)
	}
}
