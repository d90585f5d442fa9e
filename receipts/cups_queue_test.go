package receipts

import (
	"context"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// cupsPDFQueue is the cups-pdf virtual printer .ci/run creates:
//
//	lpadmin -p motcua-pdf -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd
//
// MOTCUA_CUPS_QUEUE names another one.
func cupsPDFQueue(t *testing.T) string {
	t.Helper()
	queue := os.Getenv("MOTCUA_CUPS_QUEUE")
	if queue == "" {
		queue = "motcua-pdf"
	}
	if err := exec.Command("lpstat", "-v", queue).Run(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CUPS queue %s is missing in CI (.ci/run installs cups and printer-driver-cups-pdf): %v", queue, err)
		}
		t.Skipf("no CUPS queue %s (apt-get install cups printer-driver-cups-pdf; see .ci/run)", queue)
	}
	return queue
}

// TestMau01ThroughRealCUPS prints Mẫu 01 with lp to the cups-pdf virtual
// printer, finds the PDF the scheduler produced, and reads the
// Vietnamese text back from it.
func TestMau01ThroughRealCUPS(t *testing.T) {
	queue := cupsPDFQueue(t)
	home, err := os.UserHomeDir()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(home, "PDF") // cups-pdf.conf: Out ${HOME}/PDF
	if d := os.Getenv("MOTCUA_CUPS_PDF_DIR"); d != "" {
		out = d
	}
	job, err := NewFormJob(sampleMau01(), A5)
	if err != nil {
		t.Fatal(err)
	}
	job.Name += "-" + time.Now().Format("150405.000000") // find our file among earlier runs
	printer := CUPS{Queue: queue, Timeout: 20 * time.Second}
	if err := printer.Print(context.Background(), job); err != nil {
		t.Fatalf("lp: %v", err)
	}
	var found string
	deadline := time.Now().Add(30 * time.Second)
	for found == "" && time.Now().Before(deadline) {
		matches, _ := filepath.Glob(filepath.Join(out, "*.pdf"))
		for _, m := range matches {
			if strings.Contains(filepath.Base(m), safeName(job.Name)) {
				found = m
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	if found == "" {
		t.Fatalf("no PDF for job %q appeared in %s within 30 s", job.Name, out)
	}
	t.Cleanup(func() { os.Remove(found) })

	// The CUPS filter chain re-draws the text as Type 3 glyphs without a
	// usable Unicode map, so pdftotext cannot read it back (our own PDF's
	// text is checked in form_text_test.go). What came out is checked as
	// a person would: same number of pages, on A5, looking the same.
	run(t, "qpdf", "--check", found)
	info := run(t, "pdfinfo", found)
	if !strings.Contains(info, "Pages:           2") {
		t.Errorf("CUPS output should have the two copies on 2 pages:\n%s", info)
	}
	if !strings.Contains(info, "(A5)") {
		t.Errorf("CUPS output is not on A5 (lp -o media=A5 was ignored?):\n%s", info)
	}
	orig := writePDF(t, job.PDF)
	for page := 1; page <= 2; page++ {
		a, b := grayPage(t, orig, page), grayPage(t, found, page)
		if ab, ba := inkCovered(a, b), inkCovered(b, a); ab < 0.9 || ba < 0.9 {
			t.Errorf("page %d printed through CUPS differs from the PDF sent: %.0f%% / %.0f%% of the ink matches", page, ab*100, ba*100)
		}
	}
}

// grayPage renders one page at 50 dpi in grey levels.
func grayPage(t *testing.T, pdf string, page int) *image.Gray {
	t.Helper()
	prefix := filepath.Join(t.TempDir(), "p")
	p := fmt.Sprint(page)
	run(t, "pdftoppm", "-png", "-gray", "-r", "50", "-f", p, "-l", p, "-singlefile", pdf, prefix)
	f, err := os.Open(prefix + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	g := image.NewGray(img.Bounds())
	draw.Draw(g, g.Bounds(), img, img.Bounds().Min, draw.Src)
	return g
}

// inkCovered is the share of a's dark pixels that have a dark pixel of b
// within one pixel: 1 when b shows everything a shows.
func inkCovered(a, b *image.Gray) float64 {
	dark := func(g *image.Gray, x, y int) bool {
		return image.Pt(x, y).In(g.Bounds()) && g.GrayAt(x, y).Y < 128
	}
	ink, covered := 0, 0
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			if !dark(a, x, y) {
				continue
			}
			ink++
		near:
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if dark(b, x+dx, y+dy) {
						covered++
						break near
					}
				}
			}
		}
	}
	if ink == 0 {
		return 0
	}
	return float64(covered) / float64(ink)
}
