package intake

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Sizes of the form.
const (
	minWidth, minHeight   = 80, 24
	wideWidth, wideHeight = 140, 36 // two columns from here
	markerW               = 2       // "▸ " before the focused field
)

// layout is where the parts of the form go: one column on a small
// terminal, applicant | procedure and papers on a large one.
type layout struct {
	wide                    bool
	leftW, rightW           int // column widths; both the full width in one column
	leftLabelW, rightLabelW int // label widths of the columns
}

func (m Model) layout() layout {
	w := max(m.Width, minWidth)
	l := layout{leftW: w, rightW: w}
	if m.Width >= wideWidth && m.Height >= wideHeight {
		l.wide = true
		l.leftW = w * 2 / 5
		l.rightW = w - l.leftW - 3 // " │ "
	}
	for f := range numFields {
		w := min(ansi.StringWidth(m.T(labelKey(f)))+1, 28)
		if l.column(f) == l.leftW && (!l.wide || f <= fAddress) {
			l.leftLabelW = max(l.leftLabelW, w)
		}
		if !l.wide || f > fAddress {
			l.rightLabelW = max(l.rightLabelW, w)
		}
	}
	return l
}

// labelW is the width of a field's label in its column.
func (l layout) labelW(f field) int {
	if l.wide && f <= fAddress {
		return l.leftLabelW
	}
	return l.rightLabelW
}

// inputWidth is how many cells a field's text gets in a column.
func (l layout) inputWidth(f field, colW int) int {
	rest := colW - markerW - l.labelW(f) - 1
	switch f {
	case fBirth:
		return min(15, rest)
	case fSets, fFee:
		return 0 // short numbers: no padding, the unit follows the value
	}
	return max(rest-1, 8) // one cell for the cursor at the end
}

// column is the width of the column a field is drawn in.
func (l layout) column(f field) int {
	if l.wide && f > fAddress {
		return l.rightW
	}
	return l.leftW
}

// sizeInputs gives every text input the width it is drawn at.
func (m *Model) sizeInputs() {
	l := m.layout()
	for f := range numFields {
		if textField(f) {
			m.inputs[f].SetWidth(l.inputWidth(f, l.column(f)))
			pos := m.inputs[f].Position()
			m.inputs[f].CursorEnd() // measure the visible window on the new width
			m.inputs[f].SetCursor(pos)
			if f != m.focus {
				showStart(&m.inputs[f])
			}
		}
	}
}

// cell cuts s with an ellipsis or pads it with spaces to exactly w cells.
func cell(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = ansi.Truncate(s, w, "…")
	return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s)))
}

// wrap breaks s into lines of at most w cells, at spaces where it can,
// keeping at most n lines (the last one cut with an ellipsis).
func wrap(s string, w, n int) []string {
	if w <= 0 || n <= 0 {
		return nil
	}
	lines := strings.Split(ansi.Wrap(s, w, ""), "\n")
	if len(lines) > n {
		lines = lines[:n]
		lines[n-1] = ansi.Truncate(lines[n-1]+" …", w, "…")
	}
	return lines
}

// fitRows cuts or pads lines to exactly h.
func fitRows(lines []string, h int) []string {
	if len(lines) > h {
		return lines[:max(h, 0)]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return lines
}

// padLines makes every line exactly w cells wide (for columns side by
// side).
func padLines(lines []string, w int) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = cell(l, w)
	}
	return out
}
