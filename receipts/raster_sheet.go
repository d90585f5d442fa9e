package receipts

import (
	"fmt"
	"image"
	"math"

	"github.com/boombuler/barcode/qr"
)

// slipSheet is what a slip's design draws on: the PDF sheet (pdf.go) or
// the raster sheet below. layoutTicket is written once against it, so the
// ticket on an ESC/POS printer is the ticket of the PDF, dot for dot
// scaled: the same words, breaks, sizes and QR code.
type slipSheet interface {
	gap(mm float64)
	text(style string, sizePt float64, align, txt string)
	fit(style string, maxPt float64, txt string)
	banner(style string, sizePt float64, txt string)
	rule()
	qrCode(content string, side float64) error
}

var (
	_ slipSheet = (*sheet)(nil)
	_ slipSheet = (*rasterSheet)(nil)
)

// rasterSheet lays a slip out top-down on a bitmap as wide as the print
// head. Like sheet it runs twice: without a bitmap to learn the height,
// then drawing.
type rasterSheet struct {
	bm    *Bitmap // nil while measuring
	fs    *faces
	width float64 // dots
	y     float64 // dots from the top
}

// ptDots converts a type size in points to dots.
func ptDots(pt float64) float64 { return pt * rasterDPI / 72 }

func (s *rasterSheet) gap(mm float64) { s.y += mm * dotsPerMM }

// text writes txt wrapped to the width, each line aligned "L", "C" or
// "R", the baseline placed as fpdf places it in a cell.
func (s *rasterSheet) text(style string, sizePt float64, align, txt string) {
	if txt == "" {
		return
	}
	f := s.fs.face(style, sizePt)
	lh := ptDots(sizePt) * lineFactor
	for _, line := range wrapBy(func(t string) float64 { return measure(f, t) }, txt, s.width) {
		if s.bm != nil {
			s.bm.drawString(f, s.alignX(align, measure(f, line)), s.y+lh/2+0.3*ptDots(sizePt), line, true)
		}
		s.y += lh
	}
}

// alignX is the x where a line of width w starts.
func (s *rasterSheet) alignX(align string, w float64) float64 {
	switch align {
	case "C":
		return math.Round((s.width - w) / 2)
	case "R":
		return s.width - w
	}
	return 0
}

// fit writes txt on one line, as large as maxPt allows within the width.
func (s *rasterSheet) fit(style string, maxPt float64, txt string) {
	size := maxPt
	if w := measure(s.fs.face(style, maxPt), txt); w > s.width {
		size = maxPt * s.width / w
	}
	f := s.fs.face(style, size)
	lh := ptDots(size) * 0.95
	if s.bm != nil {
		// The baseline where fpdf puts it in a "CM" cell.
		s.bm.drawString(f, s.alignX("C", measure(f, txt)), s.y+lh/2+0.3*ptDots(size), txt, true)
	}
	s.y += lh
}

// banner writes txt white on a black band across the width.
func (s *rasterSheet) banner(style string, sizePt float64, txt string) {
	f := s.fs.face(style, sizePt)
	lh := ptDots(sizePt) * lineFactor
	pad := 1.0 * dotsPerMM
	inner := s.width - 4*dotsPerMM
	lines := wrapBy(func(t string) float64 { return measure(f, t) }, txt, inner)
	h := float64(len(lines))*lh + 2*pad
	if s.bm != nil {
		s.bm.fill(image.Rect(0, int(math.Round(s.y)), int(s.width), int(math.Round(s.y+h))), true)
		for i, line := range lines {
			top := s.y + pad + float64(i)*lh
			s.bm.drawString(f, s.alignX("C", measure(f, line)), top+lh/2+0.3*ptDots(sizePt), line, false)
		}
	}
	s.y += h
}

// rule draws a line across the width, as thick as the PDF's 0.3 mm.
func (s *rasterSheet) rule() {
	if s.bm != nil {
		y := int(math.Round(s.y))
		s.bm.fill(image.Rect(0, y, int(s.width), y+2), true)
	}
	s.y += 0.3 * dotsPerMM
}

// qrCode draws content as a QR code about side mm wide, centred, each
// module a whole number of dots so that every module prints the same.
func (s *rasterSheet) qrCode(content string, side float64) error {
	sideDots := side * dotsPerMM
	if s.bm == nil {
		s.y += sideDots
		return nil
	}
	code, err := qr.Encode(content, qr.M, qr.Auto)
	if err != nil {
		return fmt.Errorf("%w: QR code of %q: %v", ErrInvalidDocument, content, err)
	}
	n := code.Bounds().Dx()
	if n > 0 {
		m := max(int(sideDots)/n, 1)
		x0 := (int(s.width) - m*n) / 2
		y0 := int(math.Round(s.y)) + (int(sideDots)-m*n)/2
		for row := 0; row < n; row++ {
			for col := 0; col < n; col++ {
				if dark(code.At(col, row)) {
					s.bm.fill(image.Rect(x0+col*m, y0+row*m, x0+(col+1)*m, y0+(row+1)*m), true)
				}
			}
		}
	}
	s.y += sideDots
	return nil
}

// RenderTicketRaster draws the ticket for a receipt printer of roll width
// w, as wide as its head (576 or 384 dots) and as tall as its content.
// It is safe for concurrent use.
func RenderTicketRaster(slip TicketSlip, w Width) (*Bitmap, error) {
	if !w.valid() {
		return nil, fmt.Errorf("%w: unknown paper width %s", ErrInvalidDocument, w)
	}
	slip = slip.normalised()
	if err := slip.validate(); err != nil {
		return nil, err
	}
	lines := slip.Lines()
	return renderSlip(w, func(s slipSheet) error { return layoutTicket(s, lines, w) })
}

// renderSlip runs a slip's layout twice, to measure and to draw.
func renderSlip(w Width, layout func(slipSheet) error) (*Bitmap, error) {
	fs, err := newFaces()
	if err != nil {
		return nil, err
	}
	s := &rasterSheet{fs: fs, width: float64(w.Dots())}
	if err := layout(s); err != nil {
		return nil, err
	}
	s.bm, s.y = NewBitmap(w.Dots(), int(math.Ceil(s.y))), 0
	if err := layout(s); err != nil {
		return nil, err
	}
	return s.bm, nil
}
