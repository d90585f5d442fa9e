package receipts

import (
	"fmt"
	"math"
)

// registerColumn is a column of the register: its heading, the heading
// of the group it belongs to ("" for none), its share of the width and
// the alignment of its cells.
type registerColumn struct {
	key, group string
	share      float64
	align      string
}

// registerColumns are the columns of the Sổ theo dõi hồ sơ in the order
// of the circular's form; "Trả kết quả" groups the day it was handed back
// and the citizen's signature for it.
var registerColumns = []registerColumn{
	{"receipts.mau07.col.seq", "", 8, "C"},
	{"receipts.mau07.col.code", "", 31, "L"},
	{"receipts.mau07.col.procedure", "", 34, "L"},
	{"receipts.mau07.col.sets", "", 10, "C"},
	{"receipts.mau07.col.applicant", "", 26, "L"},
	{"receipts.mau07.col.contact", "", 30, "L"},
	{"receipts.mau07.col.sent_to", "", 20, "L"},
	{"receipts.mau07.col.received", "", 16, "C"},
	{"receipts.mau07.col.due", "", 16, "C"},
	{"receipts.mau07.col.sent", "", 16, "C"},
	{"receipts.mau07.col.result", "", 16, "C"},
	{"receipts.mau07.col.returned", "receipts.mau07.col.return_group", 16, "C"},
	{"receipts.mau07.col.signed", "receipts.mau07.col.return_group", 15, "C"},
	{"receipts.mau07.col.note", "", 24, "L"},
}

// registerTable draws the ruled table of the register. Its heading is
// drawn at the top of the table and again under every page's
// continuation line; a row that does not fit below moves to the next
// page whole, so no dossier is ever split across two pages.
type registerTable struct {
	s      *formSheet
	widths []float64
	pt     float64 // type size of the cells
	headPt float64 // and of the headings
	pad    float64
}

// codeColumn is the index of the dossier code.
const codeColumn = 1

func newRegisterTable(s *formSheet) *registerTable {
	t := &registerTable{s: s, pt: 7, headPt: 6.5, pad: 0.8}
	total := 0.0
	for _, c := range registerColumns {
		total += c.share
	}
	t.widths = make([]float64, len(registerColumns))
	for i, c := range registerColumns {
		t.widths[i] = c.share / total * s.width
	}
	return t
}

// fitUnbroken widens the columns whose text must stay on one line (the
// number in the book; the dossier code, since a code broken over two
// lines cannot be read back or searched; the day under a time) to their
// longest text, taking the room from the other columns in proportion.
func (t *registerTable) fitUnbroken(rows [][]string) {
	need := make([]float64, len(t.widths))
	for _, r := range rows {
		for _, i := range []int{0, codeColumn} {
			need[i] = math.Max(need[i], t.s.measure("", t.pt, r[i]))
		}
	}
	day := t.s.measure("", t.pt, "00/00/0000")
	for i, c := range registerColumns {
		if c.align == "C" && i > codeColumn && c.key != "receipts.mau07.col.signed" {
			need[i] = day
		}
	}
	extra, flexible := 0.0, 0.0
	for i := range t.widths {
		if need[i] > 0 {
			need[i] += 2*t.pad + 0.4
		}
		if need[i] > t.widths[i] {
			extra += need[i] - t.widths[i]
		} else {
			flexible += t.widths[i]
		}
	}
	if extra <= 0 {
		return
	}
	for i := range t.widths {
		if need[i] > t.widths[i] {
			t.widths[i] = need[i]
		} else {
			t.widths[i] -= extra * t.widths[i] / flexible
		}
	}
}

// lines wraps the text of each cell to its column.
func (t *registerTable) lines(style string, pt float64, cells []string) ([][]string, int) {
	out := make([][]string, len(cells))
	n := 1
	for i, c := range cells {
		out[i] = wrap(t.s.fontFor(style, pt), c, t.widths[i]-2*t.pad)
		n = max(n, len(out[i]))
	}
	return out, n
}

// cell draws a ruled box with lines of text, vertically centred when
// middle is set (headings), from the top otherwise.
func (t *registerTable) cell(x, y, w, h float64, style string, pt float64, align string, lines []string, middle bool) {
	s := t.s
	s.pdf.SetLineWidth(0.2)
	s.pdf.SetDrawColor(0, 0, 0)
	s.pdf.Rect(x, y, w, h, "D")
	lh := lineHeight(pt)
	ty := y + t.pad
	if middle {
		ty = y + (h-float64(len(lines))*lh)/2
	}
	for j, l := range lines {
		tw := s.measure(style, pt, l)
		tx := x + t.pad
		switch align {
		case "C":
			tx = x + (w-tw)/2
		case "R":
			tx = x + w - t.pad - tw
		}
		s.drawText(style, pt, tx, ty+float64(j)*lh, tw, lh, l)
	}
}

// head draws the two heading rows (a group's title above its columns)
// and the row of column numbers.
func (t *registerTable) head() {
	s := t.s
	lh := lineHeight(t.headPt)
	titles := make([]string, len(registerColumns))
	for i, c := range registerColumns {
		titles[i] = vi(c.key)
	}
	sub, n := t.lines("B", t.headPt, titles)
	groupH := lh + 2*t.pad
	subH := float64(n)*lh + 2*t.pad
	numH := lineHeight(6) + 1
	s.need(groupH + subH + numH + lineHeight(t.pt)*2 + 2*t.pad)
	x := s.left
	for i := 0; i < len(registerColumns); {
		c := registerColumns[i]
		if c.group == "" {
			t.cell(x, s.y, t.widths[i], groupH+subH, "B", t.headPt, "C", sub[i], true)
			x += t.widths[i]
			i++
			continue
		}
		gw := 0.0
		j := i
		for ; j < len(registerColumns) && registerColumns[j].group == c.group; j++ {
			gw += t.widths[j]
		}
		t.cell(x, s.y, gw, groupH, "B", t.headPt, "C", []string{vi(c.group)}, true)
		for k := i; k < j; k++ {
			t.cell(x, s.y+groupH, t.widths[k], subH, "B", t.headPt, "C", sub[k], true)
			x += t.widths[k]
		}
		i = j
	}
	s.y += groupH + subH
	x = s.left
	for i := range registerColumns {
		t.cell(x, s.y, t.widths[i], numH, "I", 6, "C", []string{fmt.Sprintf("(%d)", i+1)}, true)
		x += t.widths[i]
	}
	s.y += numH
}

// row draws one dossier, on the next page under a new heading when it
// does not fit on this one.
func (t *registerTable) row(cells []string) {
	s := t.s
	lines, n := t.lines("", t.pt, cells)
	h := float64(n)*lineHeight(t.pt) + 2*t.pad
	if s.y+h > s.g.h-s.g.bottom {
		s.newPage() // draws the continuation line and the heading
	}
	x := s.left
	for i, c := range registerColumns {
		t.cell(x, s.y, t.widths[i], h, "", t.pt, c.align, lines[i], false)
		x += t.widths[i]
	}
	s.y += h
}

// empty draws one row across the table saying that nothing was received.
func (t *registerTable) empty(msg string) {
	s := t.s
	h := lineHeight(t.pt)*2 + 2*t.pad
	s.need(h)
	t.cell(s.left, s.y, s.width, h, "I", t.pt, "C", []string{msg}, true)
	s.y += h
}
