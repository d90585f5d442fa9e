package receipts

import (
	"math"
)

// chartGeometry is where a chart's parts go across the column, mm.
type chartGeometry struct {
	labelW float64 // the labels at the left
	x0     float64 // the value axis (zero)
	plotW  float64 // from zero to axisMax
	step   float64 // between two ticks, in the chart's unit
	max    float64 // the value at the right end of the plot
}

// Type sizes and sizes of a chart, in points and mm.
const (
	chartLabelPt = 8.0
	chartTickPt  = 7.0
	chartBarH    = 5.0
	chartRowGap  = 2.5
)

// niceScale picks the axis: a step of 1, 2, 2.5 or 5 times a power of ten
// giving at most about five ticks, and the first tick at or above max, so
// that the grid reads in round numbers.
func niceScale(max float64) (step, top float64) {
	if max <= 0 || math.IsInf(max, 0) || math.IsNaN(max) {
		return 1, 1
	}
	raw := max / 5
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step = 10 * mag
	for _, m := range []float64{1, 2, 2.5, 5} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	return step, math.Ceil(max/step-1e-9) * step
}

// barLength is the length in mm of a bar of value v on a plot of width
// plotW whose right end is top.
func barLength(v, top, plotW float64) float64 {
	if top <= 0 || v <= 0 {
		return 0
	}
	return v / top * plotW
}

// valueLabel writes a bar's value with the chart's unit: whole numbers
// without decimals, others with one; "%" is written against the number.
func valueLabel(c ReportChart, v float64, lang func(float64, int) string) string {
	dec := 1
	if v == math.Trunc(v) {
		dec = 0
	}
	txt := lang(v, dec)
	switch c.Unit {
	case "":
	case "%":
		txt += "%"
	default:
		txt += "\u00a0" + c.Unit
	}
	return txt
}

// drawChart draws c as horizontal bars: the title, each label (wrapped)
// beside its bar with the value at the bar's end, the value axis with its
// ticks and light grid lines. A chart is never split over two pages.
func drawChart(s *formSheet, c ReportChart, format func(float64, int) string, noData string) {
	titlePt := 10.5
	titleH := lineHeight(titlePt) + 1.5
	if len(c.Values) == 0 {
		s.need(titleH + lineHeight(9))
		s.para(paraStyle{size: titlePt, after: 1.5}, bold(c.Title))
		s.para(paraStyle{size: 9}, italic(noData))
		return
	}
	maxV, valueW := 0.0, 0.0
	for _, v := range c.Values {
		maxV = math.Max(maxV, v)
		valueW = math.Max(valueW, s.measure("B", chartLabelPt, valueLabel(c, v, format)))
	}
	g := chartGeometry{labelW: s.width * 0.34}
	g.x0 = s.left + g.labelW + 2
	g.plotW = s.width - g.labelW - 2 - valueW - 2
	g.step, g.max = niceScale(maxV)
	lh := lineHeight(chartLabelPt)
	labels := make([][]string, len(c.Labels))
	rows := make([]float64, len(c.Labels))
	plotH := chartRowGap
	for i, l := range c.Labels {
		labels[i] = wrap(s.fontFor("", chartLabelPt), l, g.labelW)
		rows[i] = math.Max(chartBarH, float64(len(labels[i]))*lh) + chartRowGap
		plotH += rows[i]
	}
	tickH := lineHeight(chartTickPt) + 1.5
	s.need(titleH + plotH + tickH)
	s.para(paraStyle{size: titlePt, after: 1.5}, bold(c.Title))
	top := s.y
	bottom := top + plotH

	// Grid lines and ticks first, so that the bars lie over them.
	s.pdf.SetLineWidth(0.1)
	s.pdf.SetDrawColor(190, 190, 190)
	for v := 0.0; v <= g.max+g.step/2; v += g.step {
		x := g.x0 + barLength(v, g.max, g.plotW)
		if v > 0 {
			s.pdf.Line(x, top, x, bottom)
		}
		txt := format(v, decimals(g.step))
		w := s.measure("", chartTickPt, txt)
		s.drawText("", chartTickPt, x-w/2, bottom+1, w, lineHeight(chartTickPt), txt)
	}

	y := top + chartRowGap
	for i, v := range c.Values {
		rowH := rows[i] - chartRowGap
		textH := float64(len(labels[i])) * lh
		ly := y + (rowH-textH)/2
		for j, line := range labels[i] {
			w := s.measure("", chartLabelPt, line)
			s.drawText("", chartLabelPt, g.x0-2-w, ly+float64(j)*lh, w, lh, line)
		}
		by := y + (rowH-chartBarH)/2
		bl := barLength(v, g.max, g.plotW)
		if bl > 0 {
			s.pdf.SetFillColor(46, 100, 170)
			s.pdf.Rect(g.x0, by, bl, chartBarH, "F")
		}
		txt := valueLabel(c, v, format)
		w := s.measure("B", chartLabelPt, txt)
		s.drawText("B", chartLabelPt, g.x0+bl+1.2, by+(chartBarH-lh)/2, w, lh, txt)
		y += rows[i]
	}

	// The axes over everything: zero at the left, the scale below.
	s.pdf.SetLineWidth(0.3)
	s.pdf.SetDrawColor(0, 0, 0)
	s.pdf.Line(g.x0, top, g.x0, bottom)
	s.pdf.Line(g.x0, bottom, g.x0+g.plotW, bottom)
	for v := 0.0; v <= g.max+g.step/2; v += g.step {
		x := g.x0 + barLength(v, g.max, g.plotW)
		s.pdf.Line(x, bottom, x, bottom+0.8)
	}
	s.y = bottom + tickH
}

// decimals is how many decimals the ticks of a step need (2.5 needs one).
func decimals(step float64) int {
	for d := 0; d < 3; d++ {
		p := step * math.Pow(10, float64(d))
		if math.Abs(p-math.Round(p)) < 1e-9 {
			return d
		}
	}
	return 3
}
