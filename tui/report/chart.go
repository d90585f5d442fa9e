package report

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// eighths are the partial blocks a bar ends with, so bars of close values
// differ even on an 80-column terminal.
var eighths = []string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}

// bars draws one line per label: the label padded to a column, a bar of
// █ scaled so the largest value fills the width left, and the value.
// Labels longer than a third of the width are cut with "…".
func bars(labels []string, values []int, width int) []string {
	labelW, numW, top := 0, 1, 0
	for i, l := range labels {
		labelW = max(labelW, ansi.StringWidth(l))
		numW = max(numW, len(strconv.Itoa(values[i])))
		top = max(top, values[i])
	}
	labelW = min(labelW, width/3)
	barW := max(width-labelW-numW-4, 1)
	lines := make([]string, len(labels))
	for i, l := range labels {
		l = ansi.Truncate(l, labelW, "…")
		l += strings.Repeat(" ", labelW-ansi.StringWidth(l))
		lines[i] = "  " + l + " " + bar(values[i], top, barW) + " " + strconv.Itoa(values[i])
	}
	return lines
}

// bar is v out of top drawn in w cells, padded to w; any v above zero
// shows at least a sliver.
func bar(v, top, w int) string {
	n := 0
	if top > 0 {
		n = (v*w*8 + top/2) / top
	}
	if v > 0 && n == 0 {
		n = 1
	}
	s := strings.Repeat("█", n/8) + eighths[n%8]
	return s + strings.Repeat(" ", w-ansi.StringWidth(s))
}
