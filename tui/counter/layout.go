package counter

import (
	"motcua/tui/common"
	"motcua/tui/components/bigtext"
)

// Fixed rows of the screen: header (2), list title (1) and notice line
// (1). The counts take one row, or two when the services of the counter do
// not fit on one; the help bar one or two.
const (
	fixedRows = 4
	smallBoxH = 4 // current-ticket box: two lines and its border
)

// layout is how the rows of the terminal are shared out.
type layout struct {
	scale     int // bigtext scale of the current number; 0 = plain text
	boxH      int // height of the current-ticket box, border included
	countRows int
	helpRows  int
	listRows  int // visible rows of the waiting list
}

// layout sizes the parts for the terminal: at 80×24 the current ticket is
// one line of text and the list gets what is left (at least 8 rows); on a
// bigger screen the current number is drawn in block letters so the clerk
// can read it from their chair.
func (m Model) layout() layout {
	l := layout{boxH: smallBoxH, countRows: m.countRows(), helpRows: len(m.helpLines())}
	switch {
	case m.Height >= 44 && m.Width >= 120:
		l.scale = 2
	case m.Height >= 34 && m.Width >= 100:
		l.scale = 1
	}
	if l.scale > 0 {
		l.boxH = bigtext.Height*l.scale + 2
	}
	l.listRows = max(0, m.Height-fixedRows-l.countRows-l.helpRows-l.boxH)
	return l
}

// minSize is the smallest terminal the screen is drawn in.
func minSize() (int, int) { return common.MinWidth, common.MinHeight }
