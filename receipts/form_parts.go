package receipts

import (
	"fmt"
	"math"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/boombuler/barcode/qr"
)

// FormHeader is the top of every form: who issues it, where and when.
type FormHeader struct {
	Agency string    // "UBND xã Tân Hòa"; printed in capitals at the top left
	Unit   string    // "" prints "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"
	Place  string    // place name of the date line, e.g. "Tân Hòa"
	Date   time.Time // date of the form, printed in Vietnam time
	Number string    // "Số" of Mẫu 02–04; "" leaves dots to write by hand
}

// normalised cleans every field.
func (h FormHeader) normalised() FormHeader {
	h.Agency, h.Unit = clean(h.Agency, false), clean(h.Unit, false)
	h.Place, h.Number = clean(h.Place, false), clean(h.Number, false)
	if h.Unit == "" {
		h.Unit = vi("receipts.form.unit")
	}
	return h
}

// validate refuses a header that cannot make a legal document.
func (h FormHeader) validate(form string) error {
	switch {
	case h.Agency == "":
		return fmt.Errorf("%w: %s without an agency name", ErrInvalidDocument, form)
	case h.Date.IsZero():
		return fmt.Errorf("%w: %s without a date", ErrInvalidDocument, form)
	}
	return nil
}

// header draws the two-column top of the circular's forms, as Decree
// 30/2020/NĐ-CP lays out administrative documents: at the left the agency
// in capitals, the issuing unit in bold capitals and a short rule under
// it (a third to a half of that line); at the right the national motto
// in bold with a rule as long as "Độc lập - Tự do - Hạnh phúc"; then the
// document number at the left (withNumber) and the place and date in
// italics at the right.
func (s *formSheet) header(h FormHeader, withNumber bool) {
	leftW := s.width * 0.45
	rightW := s.width - leftW
	agency := upper(h.Agency)
	motto1, motto2 := vi("receipts.form.motto1"), vi("receipts.form.motto2")
	// The largest size at which the lines fit their column unbroken; a
	// very long agency name wraps at the smallest size.
	hs := s.size(8.5)
	for hs > s.size(6.5) && (s.measure("", hs, agency) > leftW-2 || s.measure("B", hs, h.Unit) > leftW-2 ||
		s.measure("B", hs, motto1) > rightW-2 || s.measure("B", hs*1.08, motto2) > rightW-2) {
		hs -= 0.25
	}
	y0 := s.y
	yl := s.centred(s.left, leftW, y0, "", hs, agency)
	yl = s.centred(s.left, leftW, yl, "B", hs, h.Unit)
	unitW := math.Min(s.measure("B", hs, h.Unit), leftW)
	yl += 1.2
	s.hrule(s.left+leftW/2, yl, unitW*0.4)

	yr := s.centred(s.left+leftW, rightW, y0, "B", hs, motto1)
	yr = s.centred(s.left+leftW, rightW, yr, "B", hs*1.08, motto2)
	yr += 1.2
	s.hrule(s.left+leftW+rightW/2, yr, math.Min(s.measure("B", hs*1.08, motto2), rightW))

	y := math.Max(yl, yr) + 2.5
	yl, yr = y, y
	if withNumber {
		yl = s.centred(s.left, leftW, y, "", s.size(8.5), vi("receipts.form.number", orDots(h.Number)))
	}
	yr = s.centred(s.left+leftW, rightW, y, "I", s.size(8.5), FormatPlaceDate(h.Place, h.Date))
	s.y = math.Max(yl, yr) + 4
}

// centred writes lines centred in a band [x, x+w) from the current y,
// without page breaks (for the header and signature blocks, which are
// kept together by their callers), and returns the y below them.
func (s *formSheet) centred(x, w, y float64, style string, pt float64, lines ...string) float64 {
	lh := lineHeight(pt)
	for _, l := range lines {
		for _, part := range wrap(s.fontFor(style, pt), l, w) {
			tw := s.measure(style, pt, part)
			s.drawText(style, pt, x+(w-tw)/2, y, tw, lh, part)
			y += lh
		}
	}
	return y
}

// fontFor selects a face and returns the document, for wrap.
func (s *formSheet) fontFor(style string, pt float64) *fpdf.Fpdf {
	s.setFont(style, pt)
	return s.pdf
}

// hrule draws a thin centred line of length w under a header line.
func (s *formSheet) hrule(cx, y, w float64) {
	s.pdf.SetLineWidth(0.25)
	s.pdf.SetDrawColor(0, 0, 0)
	s.pdf.Line(cx-w/2, y, cx+w/2, y)
}

// title writes the form's name in bold capitals, centred. A title too
// long for one line is broken into lines of even length (the narrowest
// width that still needs as many lines), never leaving one word alone on
// the last line.
func (s *formSheet) title(txt string) {
	pt := s.size(10.5)
	f := s.fontFor("B", pt)
	lines := wrap(f, txt, s.width)
	if n := len(lines); n > 1 {
		lo, hi := s.width/float64(n), s.width
		for hi-lo > 0.5 {
			mid := (lo + hi) / 2
			if len(wrap(f, txt, mid)) > n {
				lo = mid
			} else {
				hi = mid
			}
		}
		lines = wrap(f, txt, hi)
	}
	s.need(float64(len(lines)) * lineHeight(pt))
	s.y = s.centred(s.left, s.width, s.y, "B", pt, lines...)
	s.gap(1)
}

// signBlock is one signature: a bold title, an italic hint, room to sign
// and the signer's name.
type signBlock struct {
	title []string
	hint  string
	name  string
}

// signatures draws the blocks side by side in equal columns, kept on one
// page; a single block sits in the right half, where Vietnamese documents
// put the signer.
func (s *formSheet) signatures(blocks ...signBlock) {
	s.clearSide()
	pt := s.size(8.5)
	lh := lineHeight(pt)
	room := 16 * s.g.k
	lines := 0
	for _, b := range blocks {
		lines = max(lines, len(b.title))
	}
	s.need(float64(lines+2)*lh + room + 2)
	s.gap(2)
	n := len(blocks)
	colW := s.width / float64(n)
	x0 := s.left
	if n == 1 {
		colW = s.width / 2
		x0 = s.left + colW
	}
	bottom := s.y
	for i, b := range blocks {
		x := x0 + float64(i)*colW
		y := s.centred(x, colW, s.y, "B", pt, b.title...)
		y = s.centred(x, colW, y, "I", pt, b.hint)
		y += room + float64(lines-len(b.title))*lh
		if b.name != "" {
			y = s.centred(x, colW, y, "B", pt, b.name)
		}
		bottom = math.Max(bottom, y)
	}
	s.y = bottom
}

// column is one column of a table: its title, share of the width and
// alignment of its cells.
type column struct {
	title string
	share float64
	align string
}

// table draws rows under a bold header row, with ruled cells. A row that
// does not fit moves to the next page whole, under a repeated header, so
// a long list of documents flows cleanly.
func (s *formSheet) table(cols []column, rows [][]string) {
	s.clearSide()
	pt := s.size(8)
	lh := lineHeight(pt)
	pad := 0.8
	widths := make([]float64, len(cols))
	for i, c := range cols {
		widths[i] = c.share * s.width
	}
	layout := func(style string, cells []string) ([][]string, float64) {
		out := make([][]string, len(cells))
		n := 1
		for i, c := range cells {
			out[i] = wrap(s.fontFor(style, pt), c, widths[i]-2*pad)
			n = max(n, len(out[i]))
		}
		return out, float64(n)*lh + 2*pad
	}
	titles := make([]string, len(cols))
	for i, c := range cols {
		titles[i] = c.title
	}
	head, headH := layout("B", titles)
	drawRow := func(style string, cells [][]string, h float64, align func(int) string) {
		x := s.left
		s.pdf.SetLineWidth(0.2)
		s.pdf.SetDrawColor(0, 0, 0)
		for i, lines := range cells {
			s.pdf.Rect(x, s.y, widths[i], h, "D")
			for j, l := range lines {
				tw := s.measure(style, pt, l)
				tx := x + pad
				switch align(i) {
				case "C":
					tx = x + (widths[i]-tw)/2
				case "R":
					tx = x + widths[i] - pad - tw
				}
				s.drawText(style, pt, tx, s.y+pad+float64(j)*lh, tw, lh, l)
			}
			x += widths[i]
		}
		s.y += h
	}
	centre := func(int) string { return "C" }
	body := func(i int) string { return cols[i].align }
	s.need(headH + lh + 2*pad)
	drawRow("B", head, headH, centre)
	for _, r := range rows {
		cells, h := layout("", r)
		if s.y+h > s.g.h-s.g.bottom {
			s.newPage()
			drawRow("B", head, headH, centre)
		}
		drawRow("", cells, h, body)
	}
}

// drawQR draws content as a QR code of side mm with its top-left corner at
// (x, y), as vector squares (sharp at any printer resolution).
func drawQR(f *fpdf.Fpdf, content string, x, y, side float64) error {
	code, err := qr.Encode(content, qr.M, qr.Auto)
	if err != nil {
		return fmt.Errorf("%w: QR code of %q: %v", ErrInvalidDocument, content, err)
	}
	n := code.Bounds().Dx()
	if n == 0 {
		return nil
	}
	m := side / float64(n)
	f.SetFillColor(0, 0, 0)
	for row := 0; row < n; row++ {
		for col := 0; col < n; {
			if !dark(code.At(col, row)) {
				col++
				continue
			}
			start := col
			for col < n && dark(code.At(col, row)) {
				col++
			}
			f.Rect(x+float64(start)*m, y+float64(row)*m, float64(col-start)*m, m, "F")
		}
	}
	return nil
}
