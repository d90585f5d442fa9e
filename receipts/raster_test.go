package receipts

import (
	"bytes"
	"errors"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/boombuler/barcode/qr"
	"golang.org/x/text/unicode/norm"

	"motcua/assets/i18n"
)

func mustRaster(t testing.TB, sl TicketSlip, w Width) *Bitmap {
	t.Helper()
	bm, err := RenderTicketRaster(sl, w)
	if err != nil {
		t.Fatalf("raster %s: %v", w, err)
	}
	return bm
}

// keepPNG saves a bitmap beside the kept PDFs (see keepPDF).
func keepPNG(t testing.TB, name string, bm *Bitmap) {
	t.Helper()
	if dir := os.Getenv("MOTCUA_KEEP_PDF"); dir != "" {
		data, err := encodePNG(bm)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, name), data, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// rowInk is, for each row, the number of black dots and the leftmost and
// rightmost one.
func rowInk(bm *Bitmap) (count, left, right []int) {
	count, left, right = make([]int, bm.Height), make([]int, bm.Height), make([]int, bm.Height)
	for y := 0; y < bm.Height; y++ {
		left[y], right[y] = -1, -1
		for x := 0; x < bm.Width; x++ {
			if bm.Black(x, y) {
				count[y]++
				if left[y] < 0 {
					left[y] = x
				}
				right[y] = x
			}
		}
	}
	return count, left, right
}

// The ticket goes through the ESC/POS stream and comes back as the same
// picture: as wide as the head, and with the number as a block at least
// 15 mm (120 dots) tall on 80 mm paper, 10 mm on 58 mm, that spans most
// of the width and is heavily inked, below the title and above the rest.
func TestTicketRasterRoundTripsThroughESCPOS(t *testing.T) {
	for _, w := range []Width{Width80, Width58} {
		bm := mustRaster(t, sampleSlip(i18n.VI), w)
		keepPNG(t, "ticket-"+w.String()[:2]+".png", bm)
		s := decodeESCPOS(t, EncodeESCPOS(bm, EncodeOptions{}))
		if s.bm.Width != w.Dots() || s.bm.Height != bm.Height || !bytes.Equal(s.bm.Bits, bm.Bits) {
			t.Fatalf("%s: decoded %d×%d differs from the %d×%d render", w, s.bm.Width, s.bm.Height, bm.Width, bm.Height)
		}
		if !s.cut || s.feed != DefaultFeed {
			t.Errorf("%s: feed %d, cut %v", w, s.feed, s.cut)
		}
		if w.Dots() != map[Width]int{Width80: 576, Width58: 384}[w] {
			t.Errorf("%s: %d dots", w, w.Dots())
		}

		// Find the tallest run of rows whose ink spans 70% of the width.
		count, left, right := rowInk(s.bm)
		best, bestTop, run := 0, 0, 0
		for y := 0; y < s.bm.Height; y++ {
			if left[y] >= 0 && right[y]-left[y] >= s.bm.Width*7/10 {
				run++
				if run > best {
					best, bestTop = run, y-run+1
				}
			} else {
				run = 0
			}
		}
		minRows := map[Width]int{Width80: 120, Width58: 80}[w]
		if best < minRows {
			t.Fatalf("%s: widest ink block is %d rows tall, want a number of at least %d", w, best, minRows)
		}
		ink := 0
		for y := bestTop; y < bestTop+best; y++ {
			ink += count[y]
		}
		if share := float64(ink) / float64(best*s.bm.Width); share < 0.3 {
			t.Errorf("%s: the number's block is only %.0f%% inked", w, 100*share)
		}
		if bestTop < 10*dotsPerMM || bestTop+best > s.bm.Height*2/3 {
			t.Errorf("%s: number at rows %d–%d of %d: expected below the title, in the upper part", w, bestTop, bestTop+best, s.bm.Height)
		}
		// White paper at the top and bottom, as on the PDF ticket.
		for _, y := range []int{0, 1, s.bm.Height - 1} {
			if count[y] != 0 {
				t.Errorf("%s: ink on row %d of %d", w, y, s.bm.Height)
			}
		}
	}
}

// qrBand records where a slip's design puts its QR code.
type qrBand struct {
	*rasterSheet
	top, bottom float64 // dots
}

func (q *qrBand) qrCode(content string, side float64) error {
	q.top = q.y
	err := q.rasterSheet.qrCode(content, side)
	q.bottom = q.y
	return err
}

// The raster is the PDF ticket printed by another rasteriser: poppler
// renders the PDF at the head's 203.2 dpi, cropped to the printable band.
// Both must be the same size and put their ink in the same places, within
// one dot (the fonts are rasterised by different code, so edges differ by
// a dot; the layout must not). The QR code is compared module by module
// with the code of the ticket ID instead: the raster rounds its modules
// to whole dots so that each prints alike, which makes it a little
// smaller than the PDF's.
func TestTicketRasterMatchesThePDF(t *testing.T) {
	needTool(t, "pdftoppm")
	for _, w := range []Width{Width80, Width58} {
		sl := sampleSlip(i18n.VI)
		bm := mustRaster(t, sl, w)
		fs, err := newFaces()
		if err != nil {
			t.Fatal(err)
		}
		band := &qrBand{rasterSheet: &rasterSheet{fs: fs, width: float64(w.Dots())}}
		if err := layoutTicket(band, sl.Lines(), w); err != nil {
			t.Fatal(err)
		}

		dir := t.TempDir()
		pdfPath := filepath.Join(dir, "t.pdf")
		if err := os.WriteFile(pdfPath, mustRender(t, sl, w), 0o644); err != nil {
			t.Fatal(err)
		}
		run(t, "pdftoppm", "-png", "-gray", "-r", "203.2", "-singlefile", pdfPath, filepath.Join(dir, "t"))
		f, err := os.Open(filepath.Join(dir, "t.png"))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		ref := BitmapFrom(img)
		margin := (ref.Width - w.Dots()) / 2
		if d := ref.Height - bm.Height; d < -2 || d > 2 {
			t.Fatalf("%s: PDF is %d rows, raster %d", w, ref.Height, bm.Height)
		}
		near := func(b *Bitmap, x, y int) bool {
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if b.Black(x+dx, y+dy) {
						return true
					}
				}
			}
			return false
		}
		ink, inkHit, refInk, refHit := 0, 0, 0, 0
		for y := 0; y < bm.Height; y++ {
			if y >= int(band.top)-1 && y <= int(band.bottom)+1 {
				continue
			}
			for x := 0; x < bm.Width; x++ {
				if bm.Black(x, y) {
					ink++
					if near(ref, x+margin, y) {
						inkHit++
					}
				}
				if ref.Black(x+margin, y) {
					refInk++
					if near(bm, x, y) {
						refHit++
					}
				}
			}
		}
		precision, recall := float64(inkHit)/float64(ink), float64(refHit)/float64(refInk)
		t.Logf("%s: %.3f of the raster's ink is on the PDF's, %.3f of the PDF's on the raster's", w, precision, recall)
		if precision < 0.97 || recall < 0.97 {
			t.Errorf("%s: raster and PDF differ: precision %.3f, recall %.3f", w, precision, recall)
		}

		code, err := qr.Encode(sl.TicketID, qr.M, qr.Auto)
		if err != nil {
			t.Fatal(err)
		}
		n := code.Bounds().Dx()
		side := int(band.bottom - band.top)
		m := side / n
		x0, y0 := (bm.Width-m*n)/2, int(band.top+0.5)+(side-m*n)/2
		for row := 0; row < n; row++ {
			for col := 0; col < n; col++ {
				for _, p := range [][2]int{{0, 0}, {m - 1, 0}, {0, m - 1}, {m - 1, m - 1}} {
					if got := bm.Black(x0+col*m+p[0], y0+row*m+p[1]); got != dark(code.At(col, row)) {
						t.Fatalf("%s: QR module (%d, %d) printed %v, want %v", w, col, row, got, !got)
					}
				}
			}
		}
	}
}

// NFD text rasterises exactly like NFC text; the render is deterministic.
func TestTicketRasterNormalisesAndRepeats(t *testing.T) {
	sl := sampleSlip(i18n.VI)
	nfd := sl
	nfd.Commune, nfd.Service, nfd.Priority = norm.NFD.String(sl.Commune), norm.NFD.String(sl.Service), norm.NFD.String(sl.Priority)
	a, b := mustRaster(t, sl, Width80), mustRaster(t, nfd, Width80)
	if a.Height != b.Height || !bytes.Equal(a.Bits, b.Bits) {
		t.Error("NFD slip rasterises differently")
	}
	if c := mustRaster(t, sl, Width80); !bytes.Equal(a.Bits, c.Bits) {
		t.Error("two renders of one slip differ")
	}
	if _, err := RenderTicketRaster(sl, Width(70)); !errors.Is(err, ErrInvalidDocument) {
		t.Errorf("unknown width: %v", err)
	}
	sl.Display = ""
	if _, err := RenderTicketRaster(sl, Width80); !errors.Is(err, ErrInvalidDocument) {
		t.Errorf("no number: %v", err)
	}
}

// A bitmap survives the PNG the retry folder keeps, dot for dot.
func TestBitmapPNGRoundTrip(t *testing.T) {
	bm := mustRaster(t, sampleSlip(i18n.EN), Width58)
	data, err := encodePNG(bm)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	back := BitmapFrom(img)
	if back.Width != bm.Width || back.Height != bm.Height || !bytes.Equal(back.Bits, bm.Bits) {
		t.Error("bitmap changed through PNG")
	}
	if len(data) > len(bm.Bits) {
		t.Errorf("PNG of %d bytes is larger than the raw %d", len(data), len(bm.Bits))
	}
}
