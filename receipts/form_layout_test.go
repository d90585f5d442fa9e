package receipts

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var (
	pagesRe    = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)
	pageSizeRe = regexp.MustCompile(`(?m)^Page\s+\d+ size:\s+([0-9.]+) x ([0-9.]+) pts`)
)

// pageCount asks pdfinfo how many pages pdf has.
func pageCount(t *testing.T, pdf []byte) int {
	t.Helper()
	m := pagesRe.FindStringSubmatch(run(t, "pdfinfo", writePDF(t, pdf)))
	if m == nil {
		t.Fatal("pdfinfo printed no page count")
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// pageSizes asks pdfinfo for the size of every page, in points.
func pageSizes(t *testing.T, pdf []byte) [][2]float64 {
	t.Helper()
	out := run(t, "pdfinfo", "-f", "1", "-l", "99", writePDF(t, pdf))
	var sizes [][2]float64
	for _, m := range pageSizeRe.FindAllStringSubmatch(out, -1) {
		w, _ := strconv.ParseFloat(m[1], 64)
		h, _ := strconv.ParseFloat(m[2], 64)
		sizes = append(sizes, [2]float64{w, h})
	}
	return sizes
}

// Every page of every form is A5 (419.53 × 595.28 pt) or A4 (595.28 ×
// 841.89 pt), portrait, and qpdf finds nothing wrong in the file.
func TestFormsPageSizeAndStructure(t *testing.T) {
	want := map[PageSize][2]float64{A5: {419.53, 595.28}, A4: {595.28, 841.89}}
	for _, f := range []Form{sampleMau01(), sampleMau02(), sampleMau03(), sampleMau04()} {
		for _, size := range []PageSize{A5, A4} {
			pdf := mustForm(t, f, size)
			sizes := pageSizes(t, pdf)
			if len(sizes) == 0 {
				t.Fatalf("%s %s: no pages", f.kind(), size)
			}
			for i, got := range sizes {
				if d0, d1 := got[0]-want[size][0], got[1]-want[size][1]; d0*d0+d1*d1 > 0.01 {
					t.Errorf("%s %s page %d: %.2f × %.2f pt, want %.2f × %.2f", f.kind(), size, i+1, got[0], got[1], want[size][0], want[size][1])
				}
			}
			out := run(t, "qpdf", "--check", writePDF(t, pdf))
			if !strings.Contains(out, "No syntax or stream encoding errors") {
				t.Errorf("%s %s: qpdf --check:\n%s", f.kind(), size, out)
			}
		}
	}
}

// A dossier with 40 papers flows: each copy takes as many pages as it
// needs, copy 2 starts on a fresh page, continuation pages say which
// dossier and copy they continue, every paper is listed once per copy,
// and nothing is drawn in the bottom margin.
func TestMau01LongListFlows(t *testing.T) {
	m := sampleMau01()
	m.Documents = nil
	for i := 1; i <= 40; i++ {
		m.Documents = append(m.Documents, FormDocument{Name: fmt.Sprintf("Giấy tờ kèm theo số %02d của hồ sơ đăng ký", i), Kind: DocPhotocopy, Count: 1})
	}
	for _, size := range []PageSize{A5, A4} {
		pdf := mustForm(t, m, size)
		keepPDF(t, "mau01-long-"+size.String()+".pdf", pdf)
		n := pageCount(t, pdf)
		if n < 4 || n%2 != 0 {
			t.Fatalf("%s: %d pages; want two equal copies of at least two pages", size, n)
		}
		half := n / 2
		copyOf := func(page int) int {
			if page <= half {
				return 1
			}
			return 2
		}
		seen := map[int]map[string]int{1: {}, 2: {}}
		for p := 1; p <= n; p++ {
			text := flat(pageText(t, pdf, p))
			label := map[int]string{1: "Liên 1: Lưu", 2: "Liên 2: Giao người nộp"}[copyOf(p)]
			first := p == 1 || p == half+1
			if first && !strings.Contains(text, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ") {
				t.Errorf("%s page %d: a copy must start with the title", size, p)
			}
			if !first && !strings.Contains(text, "Mã hồ sơ H99.99.01.01-261123-0001 – "+label+" (tiếp theo)") {
				t.Errorf("%s page %d: continuation line missing:\n%s", size, p, text)
			}
			if !first && !strings.Contains(text, "TT Tên giấy tờ Hình thức Số lượng") && strings.Contains(text, "Giấy tờ kèm theo") {
				t.Errorf("%s page %d: the table header is not repeated", size, p)
			}
			for i := 1; i <= 40; i++ {
				if strings.Contains(text, fmt.Sprintf("%d Giấy tờ kèm theo số %02d của hồ sơ đăng ký Bản chụp 1", i, i)) {
					seen[copyOf(p)][fmt.Sprint(i)]++
				}
			}
			if p == half || p == n {
				mustContain(t, fmt.Sprintf("%s last page of copy %d", size, copyOf(p)), pageText(t, pdf, p),
					"Vào Sổ theo dõi hồ sơ", "NGƯỜI NỘP HỒ SƠ", "Trần Văn Đức")
			}
		}
		for c := 1; c <= 2; c++ {
			for i := 1; i <= 40; i++ {
				if got := seen[c][fmt.Sprint(i)]; got != 1 {
					t.Errorf("%s copy %d: paper %d listed %d times", size, c, i, got)
				}
			}
		}
		assertInkInsideMargins(t, pdf, size)
	}
}

// assertInkInsideMargins renders every page at 50 dpi and checks that no
// ink falls in the margins of the page size (with 1 mm of tolerance for
// italics and the rasteriser).
func assertInkInsideMargins(t *testing.T, pdf []byte, size PageSize) {
	t.Helper()
	g, _ := size.geometry()
	dir := t.TempDir()
	path := filepath.Join(dir, "f.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, "pdftoppm", "-png", "-gray", "-r", "50", path, filepath.Join(dir, "p"))
	files, _ := filepath.Glob(filepath.Join(dir, "p-*.png"))
	if len(files) == 0 {
		t.Fatal("pdftoppm made no pages")
	}
	px := func(mm float64) int { return int(mm * 50 / 25.4) }
	for _, file := range files {
		fh, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(fh)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		b := img.Bounds()
		minX, maxX := px(g.left-1), b.Dx()-px(g.right-1)
		minY, maxY := px(g.top-1), b.Dy()-px(g.bottom-1)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				if r, _, _, _ := img.At(x, y).RGBA(); r < 0x8000 && (x < minX || x >= maxX || y < minY || y >= maxY) {
					t.Fatalf("%s %s: ink at (%d, %d) px, outside the margins [%d,%d)×[%d,%d)", size, filepath.Base(file), x, y, minX, maxX, minY, maxY)
				}
			}
		}
	}
}

// The sample forms keep inside their margins too (long names wrap).
func TestFormsInkInsideMargins(t *testing.T) {
	m4 := sampleMau04()
	m4.Applicant.Name = "Công Tằng Tôn Nữ Thị Phương Thảo Nguyễn Hoàng Bảo Ngọc Trâm"
	m4.Header.Agency = "Trung tâm Phục vụ hành chính công xã Tân Hòa, tỉnh Phú Thọ"
	for _, f := range []Form{sampleMau01(), sampleMau02(), sampleMau03(), m4} {
		for _, size := range []PageSize{A5, A4} {
			assertInkInsideMargins(t, mustForm(t, f, size), size)
		}
	}
}

// NewFormJob names the job after the form and the dossier; the forms
// exist only as PDF.
func TestNewFormJob(t *testing.T) {
	job, err := NewFormJob(sampleMau01(), A5)
	if err != nil {
		t.Fatal(err)
	}
	if job.Name != "mau01-H99.99.01.01-261123-0001" || job.Kind != KindMau01 || job.Raster != nil || len(job.PDF) == 0 {
		t.Errorf("job %q kind %q raster %v, %d bytes", job.Name, job.Kind, job.Raster != nil, len(job.PDF))
	}
	m3 := sampleMau03()
	m3.DossierCode = ""
	if job, err := NewFormJob(m3, A4); err != nil || job.Name != "mau03" || job.Kind != KindMau03 {
		t.Errorf("refusal without code: %q %v", job.Name, err)
	}
	if _, err := NewFormJob(Mau02{}, A5); err == nil {
		t.Error("an empty form made a job")
	}
}
