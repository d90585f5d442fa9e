// Package bigtext draws ticket numbers ("A012") and clocks in block
// letters five rows high, for the board and the kiosk: a number must be read
// from the back of the hall by an elderly citizen.
package bigtext

import (
	"strings"
	"unicode"
)

// Height is the number of rows of one line of big text at scale 1.
const Height = 5

// glyphs are 5 rows of 4 cells; '#' is a full block.
var glyphs = map[rune][Height]string{
	'0': {"####", "#  #", "#  #", "#  #", "####"},
	'1': {"  # ", " ## ", "  # ", "  # ", " ###"},
	'2': {"####", "   #", "####", "#   ", "####"},
	'3': {"####", "   #", " ###", "   #", "####"},
	'4': {"#  #", "#  #", "####", "   #", "   #"},
	'5': {"####", "#   ", "####", "   #", "####"},
	'6': {"####", "#   ", "####", "#  #", "####"},
	'7': {"####", "   #", "  # ", " #  ", " #  "},
	'8': {"####", "#  #", "####", "#  #", "####"},
	'9': {"####", "#  #", "####", "   #", "####"},
	'A': {" ## ", "#  #", "####", "#  #", "#  #"},
	'B': {"### ", "#  #", "### ", "#  #", "### "},
	'C': {" ###", "#   ", "#   ", "#   ", " ###"},
	'D': {"### ", "#  #", "#  #", "#  #", "### "},
	'E': {"####", "#   ", "### ", "#   ", "####"},
	'F': {"####", "#   ", "### ", "#   ", "#   "},
	'G': {" ###", "#   ", "# ##", "#  #", " ###"},
	'H': {"#  #", "#  #", "####", "#  #", "#  #"},
	'I': {"###", " # ", " # ", " # ", "###"},
	'J': {"  ##", "   #", "   #", "#  #", " ## "},
	'K': {"#  #", "# # ", "##  ", "# # ", "#  #"},
	'L': {"#   ", "#   ", "#   ", "#   ", "####"},
	'M': {"#   #", "## ##", "# # #", "#   #", "#   #"},
	'N': {"#  #", "## #", "# ##", "#  #", "#  #"},
	'O': {" ## ", "#  #", "#  #", "#  #", " ## "},
	'P': {"### ", "#  #", "### ", "#   ", "#   "},
	'Q': {" ## ", "#  #", "#  #", "# ##", " ###"},
	'R': {"### ", "#  #", "### ", "# # ", "#  #"},
	'S': {" ###", "#   ", " ## ", "   #", "### "},
	'T': {"###", " # ", " # ", " # ", " # "},
	'U': {"#  #", "#  #", "#  #", "#  #", " ## "},
	'V': {"#   #", "#   #", "#   #", " # # ", "  #  "},
	'W': {"#   #", "#   #", "# # #", "## ##", "#   #"},
	'X': {"#  #", "#  #", " ## ", "#  #", "#  #"},
	'Y': {"#   #", " # # ", "  #  ", "  #  ", "  #  "},
	'Z': {"####", "   #", " ## ", "#   ", "####"},
	':': {" ", "#", " ", "#", " "},
	'-': {"   ", "   ", "###", "   ", "   "},
	' ': {"  ", "  ", "  ", "  ", "  "},
}

// Render draws s in block letters at a scale (1 = 5 rows; 2 = 10 rows and
// twice as wide). Characters without a glyph are drawn as a blank cell.
// Letters with diacritics fall back to their base letter (Đ → D).
func Render(s string, scale int) string {
	scale = max(scale, 1)
	rows := make([]strings.Builder, Height)
	for i, r := range strings.ToUpper(s) {
		g, ok := glyphs[base(r)]
		if !ok {
			g = glyphs[' ']
		}
		for y := range Height {
			if i > 0 {
				rows[y].WriteString(strings.Repeat(" ", scale))
			}
			for _, c := range g[y] {
				cell := " "
				if c == '#' {
					cell = "█"
				}
				rows[y].WriteString(strings.Repeat(cell, scale))
			}
		}
	}
	lines := make([]string, 0, Height*scale)
	for y := range Height {
		for range scale {
			lines = append(lines, rows[y].String())
		}
	}
	return strings.Join(lines, "\n")
}

// Width is the number of cells Render(s, scale) takes.
func Width(s string, scale int) int {
	scale = max(scale, 1)
	w := 0
	for i, r := range strings.ToUpper(s) {
		g, ok := glyphs[base(r)]
		if !ok {
			g = glyphs[' ']
		}
		if i > 0 {
			w += scale
		}
		w += len(g[0]) * scale
	}
	return w
}

// ScaleToFit is the largest scale (at least 1, at most limit) at which s
// fits in w×h cells.
func ScaleToFit(s string, w, h, limit int) int {
	scale := 1
	for n := 2; n <= limit; n++ {
		if Width(s, n) > w || Height*n > h {
			break
		}
		scale = n
	}
	return scale
}

func base(r rune) rune {
	if r == 'Đ' {
		return 'D'
	}
	if r > unicode.MaxASCII {
		return ' '
	}
	return r
}
