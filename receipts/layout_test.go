package receipts

import (
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"motcua/assets/i18n"
)

const mmToPt = 72 / 25.4

type word struct {
	x0, y0, x1, y1 float64
	text           string
}

var (
	pageRe = regexp.MustCompile(`<page width="([0-9.]+)" height="([0-9.]+)">`)
	wordRe = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
)

// bboxes reads the page size and word boxes (in points) of a one-page PDF.
func bboxes(t *testing.T, pdf []byte) (w, h float64, words []word) {
	t.Helper()
	out := run(t, "pdftotext", "-bbox", writePDF(t, pdf), "-")
	m := pageRe.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no page in pdftotext -bbox output:\n%s", out)
	}
	w, h = atof(t, m[1]), atof(t, m[2])
	for _, m := range wordRe.FindAllStringSubmatch(out, -1) {
		words = append(words, word{atof(t, m[1]), atof(t, m[2]), atof(t, m[3]), atof(t, m[4]), m[5]})
	}
	return w, h, words
}

func atof(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// The page is the roll's width, every word sits inside the printable band
// and above the bottom edge (nothing cut), and the number is big: it fills
// most of the printable width and is at least 15 mm tall on 80 mm paper.
func TestTicketLayoutFitsThePaper(t *testing.T) {
	for _, w := range []Width{Width80, Width58} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			sl := sampleSlip(lang)
			pw, ph, words := bboxes(t, mustRender(t, sl, w))
			if want := float64(w) * mmToPt; pw < want-0.1 || pw > want+0.1 {
				t.Errorf("%s: page width %.2f pt, want %.2f", w, pw, want)
			}
			margin := (float64(w) - w.Printable()) / 2 * mmToPt
			if len(words) < 20 {
				t.Fatalf("%s: only %d words found", w, len(words))
			}
			for _, wd := range words {
				if wd.x0 < margin-0.5 || wd.x1 > pw-margin+0.5 {
					t.Errorf("%s %s: %q at x %.1f–%.1f pt leaves the printable band %.1f–%.1f", w, lang.Code(), wd.text, wd.x0, wd.x1, margin, pw-margin)
				}
				if wd.y0 < 0 || wd.y1 > ph-3*mmToPt {
					t.Errorf("%s %s: %q at y %.1f–%.1f pt is cut or too close to the edge of a %.1f pt page", w, lang.Code(), wd.text, wd.y0, wd.y1, ph)
				}
			}
			var num *word
			for i := range words {
				if words[i].text == sl.Display {
					num = &words[i]
				}
			}
			if num == nil {
				t.Fatalf("%s: number %s not found", w, sl.Display)
			}
			minTall := map[Width]float64{Width80: 15, Width58: 10}[w]
			if tall := (num.y1 - num.y0) / mmToPt; tall < minTall {
				t.Errorf("%s: number is %.1f mm tall, want at least %.0f", w, tall, minTall)
			}
			if wide := (num.x1 - num.x0) / mmToPt; wide < 0.8*w.Printable() {
				t.Errorf("%s: number is %.1f mm wide, want most of the %.0f mm line", w, wide, w.Printable())
			}
		}
	}
}

// The raster a printer gets (pdftoppm at 150 dpi) has ink only inside the
// printable band (QR code and priority band included, which pdftotext does
// not see) and white paper at the top and bottom.
func TestTicketRasterStaysInsideThePrintableBand(t *testing.T) {
	needTool(t, "pdftoppm")
	for _, w := range []Width{Width80, Width58} {
		dir := t.TempDir()
		pdfPath := filepath.Join(dir, "t.pdf")
		if err := os.WriteFile(pdfPath, mustRender(t, sampleSlip(i18n.VI), w), 0o644); err != nil {
			t.Fatal(err)
		}
		run(t, "pdftoppm", "-png", "-gray", "-r", "150", "-singlefile", pdfPath, filepath.Join(dir, "t"))
		f, err := os.Open(filepath.Join(dir, "t.png"))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		b := img.Bounds()
		px := func(mm float64) int { return int(mm * 150 / 25.4) }
		margin := px((float64(w)-w.Printable())/2) - 1
		ink := func(x, y int) bool {
			r, _, _, _ := img.At(x, y).RGBA()
			return r < 0x8000
		}
		inked := 0
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				if !ink(x, y) {
					continue
				}
				inked++
				if x < margin || x >= b.Max.X-margin {
					t.Fatalf("%s: ink at x=%d px, outside the printable band (margin %d px of %d)", w, x, margin, b.Dx())
				}
				if y < px(2) || y >= b.Max.Y-px(3) {
					t.Fatalf("%s: ink at y=%d px, too close to the top or bottom of %d px", w, y, b.Dy())
				}
			}
		}
		if share := float64(inked) / float64(b.Dx()*b.Dy()); share < 0.05 || share > 0.5 {
			t.Errorf("%s: %.1f%% of the ticket is inked; expected a readable ticket", w, 100*share)
		}
	}
}
