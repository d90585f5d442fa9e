package receipts

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
	"github.com/boombuler/barcode/qr"
)

// ptToMM converts a font size in points to millimetres.
const ptToMM = 25.4 / 72

// lineFactor is the line height as a multiple of the font size.
const lineFactor = 1.25

// docInfo is the metadata of a document. Created is written as the PDF's
// creation date so that the same input always gives the same bytes.
type docInfo struct {
	Title   string
	Lang    string // "vi" or "en"
	Created time.Time
}

// newPDF starts a document in millimetres with both DejaVu faces loaded.
// Each document gets its own fpdf.Fpdf: fpdf is not safe for concurrent
// use, and documents are small.
func newPDF(fonts fontPair, info docInfo) *fpdf.Fpdf {
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: 80, Ht: 100}})
	f.SetCatalogSort(true) // deterministic object order
	f.SetCreationDate(info.Created)
	f.SetModificationDate(info.Created)
	f.SetCreator("motcua", true)
	f.SetProducer("motcua", true)
	f.SetTitle(info.Title, true)
	f.SetLang(info.Lang)
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(0, 0, 0)
	f.SetCellMargin(0)
	// Each document reads its own copy of the font: fpdf slices the bytes
	// it is given and, for fonts whose last glyphs share one advance width
	// (utf8FontFile.getMetrics), appends to such a slice, which would write
	// into an array shared between goroutines. DejaVu does not reach that
	// path today; the copy costs microseconds and removes the question.
	f.AddUTF8FontFromBytes(fontFamily, "", bytes.Clone(fonts.regular))
	f.AddUTF8FontFromBytes(fontFamily, "B", bytes.Clone(fonts.bold))
	return f
}

// output finishes the document.
func output(f *fpdf.Fpdf) ([]byte, error) {
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, fmt.Errorf("%w: write PDF: %v", ErrInvalidDocument, err)
	}
	return buf.Bytes(), nil
}

// sheet lays text out top-down in one column. A slip is laid out twice
// with the same code: first with draw false, to learn its height so that
// the page is exactly as long as its content (paper is cut after it), then
// with draw true on a page of that height.
type sheet struct {
	pdf   *fpdf.Fpdf
	left  float64 // x of the column, mm
	width float64 // width of the column, mm
	y     float64 // next free line, mm from the top
	draw  bool
}

// gap leaves mm of blank paper.
func (s *sheet) gap(mm float64) { s.y += mm }

// text writes txt in the given style ("" or "B") and size, wrapped to the
// column, each line aligned "L", "C" or "R".
func (s *sheet) text(style string, sizePt float64, align, txt string) {
	if txt == "" {
		return
	}
	s.pdf.SetFont(fontFamily, style, sizePt)
	lh := sizePt * ptToMM * lineFactor
	for _, line := range wrap(s.pdf, txt, s.width) {
		if s.draw {
			s.pdf.SetXY(s.left, s.y)
			s.pdf.CellFormat(s.width, lh, line, "", 0, align, false, 0, "")
		}
		s.y += lh
	}
}

// fit writes txt on one line in the largest size up to maxPt that fills at
// most the column (for the ticket number, which must never wrap).
func (s *sheet) fit(style string, maxPt float64, txt string) {
	s.pdf.SetFont(fontFamily, style, maxPt)
	size := maxPt
	if w := s.pdf.GetStringWidth(txt); w > s.width {
		size = maxPt * s.width / w
	}
	s.pdf.SetFont(fontFamily, style, size)
	// Digits and capitals have no descenders: a line of 0.95 em keeps the
	// number tight without touching its neighbours.
	lh := size * ptToMM * 0.95
	if s.draw {
		s.pdf.SetXY(s.left, s.y)
		s.pdf.CellFormat(s.width, lh, txt, "", 0, "CM", false, 0, "")
	}
	s.y += lh
}

// banner writes txt white on a black band across the column: thermal
// printers print solid black well, and the band marks priority tickets at
// a glance.
func (s *sheet) banner(style string, sizePt float64, txt string) {
	s.pdf.SetFont(fontFamily, style, sizePt)
	lh := sizePt * ptToMM * lineFactor
	lines := wrap(s.pdf, txt, s.width-4)
	pad := 1.0
	h := float64(len(lines))*lh + 2*pad
	if s.draw {
		s.pdf.SetFillColor(0, 0, 0)
		s.pdf.Rect(s.left, s.y, s.width, h, "F")
		s.pdf.SetTextColor(255, 255, 255)
		for i, line := range lines {
			s.pdf.SetXY(s.left+2, s.y+pad+float64(i)*lh)
			s.pdf.CellFormat(s.width-4, lh, line, "", 0, "C", false, 0, "")
		}
		s.pdf.SetTextColor(0, 0, 0)
	}
	s.y += h
}

// wrap breaks txt into lines no wider than width in the current font of
// f (see wrapBy for the rules).
func wrap(f *fpdf.Fpdf, txt string, width float64) []string {
	return wrapBy(f.GetStringWidth, txt, width)
}

// wrapBy breaks txt into lines no wider than width as measured by
// measure. It breaks only at plain spaces and newlines: a no-break space
// (U+00A0), as in "25\u00a0phút", keeps a number with its unit. (fpdf's
// SplitText breaks at every Unicode space, no-break ones included.) A word
// wider than the line is cut between letters. The PDF and the ESC/POS
// raster share it, so a ticket breaks its lines the same way on both.
func wrapBy(measure func(string) float64, txt string, width float64) []string {
	var lines []string
	for _, para := range strings.Split(txt, "\n") {
		line := ""
		for _, word := range strings.Split(para, " ") {
			if word == "" {
				continue
			}
			switch try := strings.TrimPrefix(line+" "+word, " "); {
			case measure(try) <= width:
				line = try
			case line != "":
				lines = append(lines, line)
				line = ""
				fallthrough
			default:
				for measure(word) > width {
					cut := fitPrefix(measure, word, width)
					lines = append(lines, word[:cut])
					word = word[cut:]
				}
				line = word
			}
		}
		lines = append(lines, line)
	}
	return lines
}

// fitRunes is the byte length of the longest prefix of word (at least one
// letter) that fits width in the current font of f.
func fitRunes(f *fpdf.Fpdf, word string, width float64) int {
	return fitPrefix(f.GetStringWidth, word, width)
}

// fitPrefix is the byte length of the longest prefix of word (at least
// one letter) that measures at most width.
func fitPrefix(measure func(string) float64, word string, width float64) int {
	cut := 0
	for i, r := range word {
		end := i + utf8.RuneLen(r)
		if cut > 0 && measure(word[:end]) > width {
			break
		}
		cut = end
	}
	return cut
}

// rule draws a thin line across the column.
func (s *sheet) rule() {
	if s.draw {
		s.pdf.SetLineWidth(0.3)
		s.pdf.SetDrawColor(0, 0, 0)
		s.pdf.Line(s.left, s.y, s.left+s.width, s.y)
	}
	s.y += 0.3
}

// qrCode draws content as a QR code of side mm, centred. The modules are
// drawn as vector rectangles rather than through fpdf's contrib/barcode:
// that package keeps every code ever registered in a process-wide map (a
// slow leak in a kiosk that runs for months) and embeds the code as a JPEG,
// whose soft edges a 203 dpi thermal head prints badly.
func (s *sheet) qrCode(content string, side float64) error {
	if !s.draw {
		s.y += side // the size is fixed; encoding waits for the drawing pass
		return nil
	}
	code, err := qr.Encode(content, qr.M, qr.Auto)
	if err != nil {
		return fmt.Errorf("%w: QR code of %q: %v", ErrInvalidDocument, content, err)
	}
	if n := code.Bounds().Dx(); n > 0 {
		m := side / float64(n)
		x0 := s.left + (s.width-side)/2
		s.pdf.SetFillColor(0, 0, 0)
		for row := 0; row < n; row++ {
			// One rectangle per run of dark modules keeps the file small.
			for col := 0; col < n; {
				if !dark(code.At(col, row)) {
					col++
					continue
				}
				start := col
				for col < n && dark(code.At(col, row)) {
					col++
				}
				s.pdf.Rect(x0+float64(start)*m, s.y+float64(row)*m, float64(col-start)*m, m, "F")
			}
		}
	}
	s.y += side
	return nil
}

// dark reports whether a QR module is black.
func dark(c interface{ RGBA() (r, g, b, a uint32) }) bool {
	r, _, _, _ := c.RGBA()
	return r < 0x8000
}
