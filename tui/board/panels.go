package board

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/tui/common"
	"motcua/tui/components/bigtext"
)

// Panel geometry: a rounded border and one cell of padding each side; the
// counter's name above the digits and one line of detail below them.
const (
	panelChromeW = 4
	panelChromeH = 2
	panelText    = 2 // name line + detail line
	maxScale     = 8
)

// openCounters are the counters that take calls or are paused: a closed
// counter has nobody behind it and stays off the board.
func (m Model) openCounters() []queue.Counter {
	var out []queue.Counter
	for _, c := range m.snap.Counters {
		if c.State != queue.Closed {
			out = append(out, c)
		}
	}
	return out
}

// sample is the widest display number to fit: the tickets served now, and
// a typical "A000" so the digits do not jump as numbers change.
func sample(cs []queue.Counter) string {
	s := "A000"
	for _, c := range cs {
		if c.Current != nil && bigtext.Width(c.Current.Display, 1) > bigtext.Width(s, 1) {
			s = c.Current.Display
		}
	}
	return s
}

// grid picks the arrangement of n panels in w×h that draws the biggest
// digits; on a tie, more columns (a wide TV shows counters side by side).
// ok is false when even the smallest digits do not fit.
func grid(n, w, h int, s string) (cols, scale int, ok bool) {
	for c := n; c >= 1; c-- {
		rows := (n + c - 1) / c
		innerW, innerH := w/c-panelChromeW, h/rows-panelChromeH-panelText
		if innerW < bigtext.Width(s, 1) || innerH < bigtext.Height {
			continue
		}
		if sc := bigtext.ScaleToFit(s, innerW, innerH, maxScale); sc > scale {
			cols, scale, ok = c, sc, true
		}
	}
	return cols, scale, ok
}

// countersArea draws the open counters in w×h.
func (m Model) countersArea(w, h int) string {
	cs := m.openCounters()
	if len(cs) == 0 {
		return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, m.Styles.Muted.Render(m.T("board.none_open")))
	}
	cols, scale, ok := grid(len(cs), w, h, sample(cs))
	if !ok {
		return m.compactCounters(cs, w, h)
	}
	rows := (len(cs) + cols - 1) / cols
	var lines []string
	for r := range rows {
		ph := share(h, rows, r)
		var row []string
		for c := range cols {
			i := r*cols + c
			if i >= len(cs) {
				break
			}
			row = append(row, m.panel(cs[i], share(w, cols, c), ph, scale))
		}
		lines = append(lines, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	}
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Top, strings.Join(lines, "\n"))
}

// share is part i of total cut into n nearly equal parts.
func share(total, n, i int) int {
	s := total / n
	if i < total%n {
		s++
	}
	return s
}

// panel draws one counter in a w×h box.
func (m Model) panel(c queue.Counter, w, h, scale int) string {
	innerW, innerH := w-panelChromeW, h-panelChromeH
	flash := m.counterFlashing(c)
	box := m.Styles.Box
	nameStyle := m.Styles.Header
	if flash {
		box = box.Border(lipgloss.ThickBorder()).BorderForeground(common.ColorFlash)
		nameStyle = m.Styles.Flash.Padding(0, 1)
	}
	name := nameStyle.Render(m.T("board.counter", c.Number))

	var big, detail string
	switch {
	case c.State == queue.Paused:
		big = m.Styles.Warn.Bold(true).Render(m.T("board.paused"))
		detail = m.Styles.Warn.Render(ansi.Truncate(common.Sanitize(c.PauseReason), innerW, "…"))
	case c.Current == nil:
		big = m.Styles.Muted.Render(bigtext.Render("-", scale))
		detail = m.Styles.Muted.Render(m.T("board.idle"))
	default:
		digits := bigtext.Render(c.Current.Display, scale)
		if flash && bigtext.Width(c.Current.Display, scale)+2 <= innerW {
			// Black digits on a gold plate: seen from anywhere in the hall.
			digits = m.Styles.Flash.Padding(0, 1).Render(digits)
		} else {
			digits = m.Styles.Bold.Render(digits)
		}
		big = digits
		detail = ansi.Truncate(m.serviceName(c.Current.Service), innerW, "…")
	}

	// The digits sit in the middle of the room left by the two text lines.
	room := innerH - panelText
	bigH := lipgloss.Height(big)
	top := max((room-bigH)/2, 0)
	body := make([]string, 0, innerH)
	body = append(body, name)
	for range top {
		body = append(body, "")
	}
	body = append(body, strings.Split(big, "\n")...)
	for len(body) < innerH-1 {
		body = append(body, "")
	}
	body = append(body, detail)
	for i, l := range body {
		body[i] = lipgloss.PlaceHorizontal(innerW, lipgloss.Center, l)
	}
	return box.Width(w).Render(strings.Join(body, "\n"))
}

// compactCounters lists the counters one per line when big digits do not
// fit (many counters on a small screen).
func (m Model) compactCounters(cs []queue.Counter, w, h int) string {
	var lines []string
	for _, c := range cs {
		ticket := "—"
		detail := m.T("board.idle")
		switch {
		case c.State == queue.Paused:
			ticket, detail = m.T("board.paused"), common.Sanitize(c.PauseReason)
		case c.Current != nil:
			ticket, detail = c.Current.Display, m.serviceName(c.Current.Service)
		}
		label := m.T("board.counter", c.Number) + "   "
		if m.counterFlashing(c) {
			lines = append(lines, m.Styles.Flash.Render(ansi.Truncate(label+ticket+"   "+detail, w, "…")))
			continue
		}
		lines = append(lines, ansi.Truncate(label+m.Styles.Bold.Render(ticket)+"   "+detail, w, "…"))
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, strings.Join(lines, "\n"))
}

// serviceName is a service's name in the board's language.
func (m Model) serviceName(code string) string {
	sv, ok := m.snap.Config.Service(code)
	if !ok {
		return code
	}
	if m.Lang == i18n.EN && sv.NameEN != "" {
		return sv.NameEN
	}
	return sv.NameVI
}
