package receipts

import (
	"fmt"
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// PageSize is the paper a form is printed on. The zero value is A5, the
// size of the slips since Circular 01/2018/TT-VPCP; a commune whose
// printer only takes A4 chooses A4.
type PageSize int

// The paper sizes of the forms.
const (
	A5 PageSize = iota
	A4
)

// String names the size.
func (p PageSize) String() string {
	switch p {
	case A5:
		return "A5"
	case A4:
		return "A4"
	}
	return fmt.Sprintf("PageSize(%d)", int(p))
}

// geometry is the page of a size: paper, margins (Decree 30/2020 margins
// on A4; on A5 the narrower margins of printed slips) and a type scale.
type geometry struct {
	w, h                     float64 // paper, mm
	left, right, top, bottom float64 // margins, mm
	k                        float64 // type scale; 1 on A5
}

func (p PageSize) geometry() (geometry, error) {
	switch p {
	case A5:
		return geometry{w: 148, h: 210, left: 15, right: 10, top: 10, bottom: 10, k: 1}, nil
	case A4:
		return geometry{w: 210, h: 297, left: 25, right: 15, top: 15, bottom: 15, k: 1.35}, nil
	}
	return geometry{}, fmt.Errorf("%w: unknown page size %s", ErrInvalidDocument, p)
}

// italicSkew is the slant of italic text, in degrees. DejaVu Sans Oblique
// is DejaVu Sans slanted by about this angle, so skewing the regular face
// prints the same letters without a third font to load in every document.
const italicSkew = 11

// span is a stretch of text in one style: "" regular, "B" bold, "I"
// italic, "BI" bold italic.
type span struct {
	style, text string
}

func plain(s string) span  { return span{"", s} }
func bold(s string) span   { return span{"B", s} }
func italic(s string) span { return span{"I", s} }

// token is a word of a paragraph, or a hard line break.
type token struct {
	style, word string
	br          bool
}

// formSheet lays a form out on pages that flow: when the next line or
// table row does not fit, it starts a new page and draws the
// continuation line (cont) at its top.
type formSheet struct {
	pdf   *fpdf.Fpdf
	g     geometry
	left  float64 // x of the text column, mm
	width float64 // width of the text column, mm
	y     float64
	cont  func() // draws the top of a continuation page; may be nil

	// A box at the right of the column (the QR code) that lines beside it
	// wrap around, down to sideBottom.
	sideWidth, sideBottom float64
}

func newFormSheet(f *fpdf.Fpdf, g geometry) *formSheet {
	return &formSheet{pdf: f, g: g, left: g.left, width: g.w - g.left - g.right}
}

// newPage starts a page; the first page of each copy is started with
// cont unset, continuation pages get it.
func (s *formSheet) newPage() {
	s.pdf.AddPageFormat("P", fpdf.SizeType{Wd: s.g.w, Ht: s.g.h})
	s.y = s.g.top
	s.sideBottom = 0
	if s.cont != nil {
		s.cont()
	}
}

// need starts a new page unless h mm still fit above the bottom margin.
func (s *formSheet) need(h float64) {
	if s.y+h > s.g.h-s.g.bottom {
		s.newPage()
	}
}

// gap leaves mm of paper (never past the bottom: a gap at the foot of a
// page is simply the page's end).
func (s *formSheet) gap(mm float64) { s.y += mm }

// size scales a type size for the page.
func (s *formSheet) size(pt float64) float64 { return pt * s.g.k }

// lineHeight of a type size in points.
func lineHeight(pt float64) float64 { return pt * ptToMM * lineFactor }

// setFont selects the face of style ("I" is the regular face, slanted
// when drawn).
func (s *formSheet) setFont(style string, pt float64) {
	face := ""
	if strings.Contains(style, "B") {
		face = "B"
	}
	s.pdf.SetFont(fontFamily, face, pt)
}

// measure is the width of txt in style and size.
func (s *formSheet) measure(style string, pt float64, txt string) float64 {
	s.setFont(style, pt)
	return s.pdf.GetStringWidth(txt)
}

// lineWidth is the width free for a line at the current y.
func (s *formSheet) lineWidth() float64 {
	if s.y < s.sideBottom {
		return s.width - s.sideWidth
	}
	return s.width
}

// clearSide moves below the side box (before a table or a block that
// needs the whole width).
func (s *formSheet) clearSide() {
	if s.y < s.sideBottom {
		s.y = s.sideBottom
	}
	s.sideBottom = 0
}

// paraStyle shapes a paragraph.
type paraStyle struct {
	size   float64 // points, before scaling
	align  string  // "L", "C" or "R"
	indent float64 // first line, mm
	hang   float64 // following lines, mm
	after  float64 // space below, mm
}

// para writes runs as one paragraph, wrapped to the column (around the
// side box), flowing over pages.
func (s *formSheet) para(ps paraStyle, runs ...span) {
	pt := s.size(ps.size)
	lh := lineHeight(pt)
	toks := tokenize(runs)
	first := true
	for len(toks) > 0 || first {
		s.need(lh)
		ind := ps.hang
		if first {
			ind = ps.indent
		}
		var line []token
		line, toks = s.fill(toks, s.lineWidth()-ind, pt)
		s.drawLine(line, s.left+ind, s.lineWidth()-ind, lh, pt, ps.align)
		s.y += lh
		first = false
	}
	s.gap(ps.after)
}

// tokenize splits runs into words at plain spaces (a no-break space keeps
// its words together) and marks line breaks.
func tokenize(runs []span) []token {
	var toks []token
	for _, r := range runs {
		for i, line := range strings.Split(r.text, "\n") {
			if i > 0 {
				toks = append(toks, token{br: true})
			}
			for _, w := range strings.Split(line, " ") {
				if w != "" {
					toks = append(toks, token{style: r.style, word: w})
				}
			}
		}
	}
	return toks
}

// fill takes the words of one line no wider than width; a word wider
// than a whole line is cut between letters.
func (s *formSheet) fill(toks []token, width, pt float64) (line, rest []token) {
	used := 0.0
	for i, t := range toks {
		if t.br {
			return line, toks[i+1:]
		}
		w := s.measure(t.style, pt, t.word)
		sp := 0.0
		if len(line) > 0 {
			sp = s.measure(t.style, pt, " ")
		}
		if used+sp+w <= width {
			line = append(line, t)
			used += sp + w
			continue
		}
		if len(line) > 0 {
			return line, toks[i:]
		}
		s.setFont(t.style, pt)
		cut := fitRunes(s.pdf, t.word, width)
		if cut >= len(t.word) {
			return []token{t}, toks[i+1:]
		}
		rest = append([]token{{style: t.style, word: t.word[cut:]}}, toks[i+1:]...)
		return []token{{style: t.style, word: t.word[:cut]}}, rest
	}
	return line, nil
}

// drawLine draws the words of a line, grouped into one string per style
// so that text extraction reads whole phrases.
func (s *formSheet) drawLine(line []token, x, width, lh, pt float64, align string) {
	type seg struct {
		style, text string
		w           float64
	}
	var segs []seg
	for _, t := range line {
		if n := len(segs); n > 0 && segs[n-1].style == t.style {
			segs[n-1].text += " " + t.word
			continue
		}
		segs = append(segs, seg{style: t.style, text: t.word})
	}
	total := 0.0
	for i := range segs {
		segs[i].w = s.measure(segs[i].style, pt, segs[i].text)
		total += segs[i].w
		if i > 0 {
			total += s.measure(segs[i].style, pt, " ")
		}
	}
	switch align {
	case "C":
		x += (width - total) / 2
	case "R":
		x += width - total
	}
	for i, sg := range segs {
		if i > 0 {
			x += s.measure(sg.style, pt, " ")
		}
		s.drawText(sg.style, pt, x, s.y, sg.w, lh, sg.text)
		x += sg.w
	}
}

// drawText draws one string at (x, y) in a cell of height lh; italic text
// is slanted about its baseline so it stays on the line.
func (s *formSheet) drawText(style string, pt, x, y, w, lh float64, txt string) {
	s.setFont(style, pt)
	slant := strings.Contains(style, "I")
	if slant {
		s.pdf.TransformBegin()
		s.pdf.TransformSkewX(italicSkew, x, y+lh/2+0.3*pt*ptToMM)
	}
	s.pdf.SetXY(x, y)
	s.pdf.CellFormat(w, lh, txt, "", 0, "L", false, 0, "")
	if slant {
		s.pdf.TransformEnd()
	}
}
