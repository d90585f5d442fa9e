package kiosk

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// hit is a button's place on screen, so a click or a touch finds it. Hits
// come from the same layout that draws the screen, so they cannot drift
// apart.
type hit struct {
	x, y, w, h int
	a          action
}

// block is a piece of screen being laid out: its lines and its buttons,
// with coordinates relative to its top-left corner.
type block struct {
	w     int
	lines []string
	hits  []hit
}

func newBlock(w int) *block { return &block{w: w} }

// add appends s below what is there, at column x (centred when x < 0), and
// records it as a button when a does something.
func (b *block) add(s string, x int, a action) {
	lines := strings.Split(s, "\n")
	sw := lipgloss.Width(s)
	if x < 0 {
		x = max((b.w-sw)/2, 0)
	}
	if a.kind != actNone {
		b.hits = append(b.hits, hit{x: x, y: len(b.lines), w: sw, h: len(lines), a: a})
	}
	pad := strings.Repeat(" ", x)
	for _, l := range lines {
		b.lines = append(b.lines, pad+l)
	}
}

// text appends s centred, without a button.
func (b *block) text(s string) { b.add(s, -1, action{}) }

// blank appends n empty lines.
func (b *block) blank(n int) {
	for range n {
		b.lines = append(b.lines, "")
	}
}

// addBlock appends another block at the bottom.
func (b *block) addBlock(o *block) {
	y := len(b.lines)
	for _, h := range o.hits {
		h.y += y
		b.hits = append(b.hits, h)
	}
	b.lines = append(b.lines, o.lines...)
}

func (b *block) height() int { return len(b.lines) }

// render pads or cuts every line to the block's width.
func (b *block) render() string {
	out := make([]string, len(b.lines))
	for i, l := range b.lines {
		w := lipgloss.Width(l)
		switch {
		case w > b.w:
			out[i] = ansi.Truncate(l, b.w, "")
		case w < b.w:
			out[i] = l + strings.Repeat(" ", b.w-w)
		default:
			out[i] = l
		}
	}
	return strings.Join(out, "\n")
}

// screen stacks header, body (vertically centred in the room left) and
// footer into a block of exactly w×h.
func screen(w, h int, header, body, footer *block) *block {
	out := newBlock(w)
	out.addBlock(header)
	room := h - header.height() - footer.height() - body.height()
	top := max(room/2, 0)
	out.blank(top)
	out.addBlock(body)
	out.blank(max(room-top, 0))
	out.addBlock(footer)
	if len(out.lines) > h {
		out.lines = out.lines[:h]
	}
	return out
}

// fitButtons picks the tallest button height and the gap between buttons
// that let n buttons fit in rows; ok is false when even the smallest does
// not.
func fitButtons(n, rows int) (height, gap int, ok bool) {
	for _, c := range [][2]int{{7, 1}, {7, 0}, {5, 1}, {5, 0}, {3, 1}, {3, 0}} {
		if n*c[0]+(n-1)*c[1] <= rows {
			return c[0], c[1], true
		}
	}
	return 3, 0, false
}
