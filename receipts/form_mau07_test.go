package receipts

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"motcua/store"
)

var (
	regFrom = time.Date(2026, 11, 1, 0, 0, 0, 0, store.Local)
	regTo   = time.Date(2026, 11, 30, 0, 0, 0, 0, store.Local)
)

// registerNames are applicants typed with decomposed marks (NFD), as some
// keyboards send them; the register must print them composed.
var registerNames = []string{"Nguyễn Thị Hương", "Trần Văn Đức", "Lê Hoàng Yến", "Phạm Quốc Việt", "Đặng Thu Thảo"}

var registerProcedures = []string{
	"Đăng ký khai sinh",
	"Cấp bản sao trích lục hộ tịch",
	"Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)",
	"Đăng ký kết hôn",
}

// sampleRegister is a register of n dossiers received one per working
// hour, with every kind of note and some long cells.
func sampleRegister(n int) Mau07 {
	m := Mau07{Header: sampleHeader(), From: regFrom, To: regTo, Book: "2026"}
	for i := 0; i < n; i++ {
		rec := regFrom.Add(time.Duration(7*24*i/max(n, 1))*time.Hour + 8*time.Hour + time.Duration(i%50)*time.Minute)
		r := RegisterRow{
			Seq:         9990 + i,
			DossierCode: fmt.Sprintf("H99.99.01.01-2611%02d-%04d", 1+i%28, i+1),
			Procedure:   registerProcedures[i%len(registerProcedures)],
			Sets:        1 + i%2,
			Applicant:   norm.NFD.String(registerNames[i%len(registerNames)]),
			Address:     "Thôn Đông, xã Tân Hòa",
			Phone:       fmt.Sprintf("0912%06d", i),
			ReceivedAt:  rec,
			DueAt:       rec.Add(72 * time.Hour),
		}
		switch i % 5 {
		case 1:
			r.SentTo, r.SentAt = "Công chức Tư pháp - Hộ tịch", rec.Add(time.Hour)
			r.ResultAt, r.ReturnedAt = rec.Add(48*time.Hour), rec.Add(50*time.Hour)
		case 2:
			r.ResultAt = rec.Add(120 * time.Hour)
			r.Note = norm.NFD.String("Trễ hạn 2 ngày; Đã xin lỗi, hẹn lại (1 lần)")
		case 3:
			r.Note = "Từ chối"
		}
		m.Rows = append(m.Rows, r)
	}
	return m
}

func renderRegister(t testing.TB, m Mau07) []byte {
	t.Helper()
	pdf, err := m.Render(A4)
	if err != nil {
		t.Fatalf("render Mẫu 07 of %d rows: %v", len(m.Rows), err)
	}
	return pdf
}

var trangRe = regexp.MustCompile(`Trang (\d+)/(\d+)`)

// The register round-trips through pdftotext: title, period, agency and
// unit, the headings on every page, every code exactly once with its row
// whole on one page, composed Vietnamese, A4 landscape, "Trang x/y" on
// each page, and a file qpdf accepts.
func TestMau07RoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 60} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			m := sampleRegister(n)
			pdf := renderRegister(t, m)
			if out := run(t, "qpdf", "--check", writePDF(t, pdf)); !strings.Contains(out, "No syntax or stream encoding errors") {
				t.Errorf("qpdf --check:\n%s", out)
			}
			pages := pageCount(t, pdf)
			for i, sz := range pageSizes(t, pdf) {
				if d0, d1 := sz[0]-841.89, sz[1]-595.28; d0*d0+d1*d1 > 0.01 {
					t.Errorf("page %d is %.2f × %.2f pt, want A4 landscape 841.89 × 595.28", i+1, sz[0], sz[1])
				}
			}
			text := pdfText(t, pdf)
			if !isNFC(text) {
				t.Error("extracted text is not NFC")
			}
			all := flat(text)
			// -raw keeps each cell's lines together, for the headings and
			// names that wrap inside their cell.
			raw := flat(run(t, "pdftotext", "-raw", "-enc", "UTF-8", writePDF(t, pdf), "-"))
			for _, want := range []string{"SỔ THEO DÕI HỒ SƠ", "Từ ngày 01/11/2026 đến ngày 30/11/2026", "Quyển số: 2026",
				"UBND XÃ TÂN HÒA", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", fmt.Sprintf("Tổng số hồ sơ: %d", n)} {
				if !strings.Contains(all, want) {
					t.Errorf("text lacks %q:\n%s", want, text)
				}
			}
			texts := strings.Split(strings.TrimRight(text, "\f"), "\f")
			if len(texts) != pages {
				t.Fatalf("pdftotext gave %d pages, pdfinfo %d", len(texts), pages)
			}
			for _, h := range []string{"Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)", "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại",
				"Cơ quan chủ trì giải quyết", "Nhận hồ sơ (giờ, ngày)", "Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết",
				"Nhận kết quả từ cơ quan giải quyết", "Giờ, ngày"} {
				if c := strings.Count(raw, h); c != pages {
					t.Errorf("heading %q printed %d times on %d pages", h, c, pages)
				}
			}
			for i, p := range texts {
				for _, h := range []string{"STT", "Mã hồ sơ", "Ghi chú", "Trả kết quả", "(1)", "(14)"} {
					if !strings.Contains(p, h) {
						t.Errorf("page %d lacks the heading %q", i+1, h)
					}
				}
				if i > 0 && !strings.Contains(flat(p), "Sổ theo dõi hồ sơ từ ngày 01/11/2026 đến ngày 30/11/2026 (tiếp theo)") {
					t.Errorf("page %d lacks the continuation line", i+1)
				}
				if mm := trangRe.FindStringSubmatch(p); mm == nil || mm[1] != fmt.Sprint(i+1) || mm[2] != fmt.Sprint(pages) {
					t.Errorf("page %d: page number %v, want Trang %d/%d", i+1, mm, i+1, pages)
				}
			}
			assertRegisterMargins(t, pdf)
			if n == 0 && !strings.Contains(all, "Không có hồ sơ nào được tiếp nhận") {
				t.Error("an empty register does not say so")
			}
			if n >= 60 && pages < 2 {
				t.Errorf("%d rows on %d page", n, pages)
			}
			for _, r := range m.Rows {
				if c := strings.Count(text, r.DossierCode); c != 1 {
					t.Errorf("%s printed %d times", r.DossierCode, c)
				}
				// The code is on the first line of the row and the phone on
				// the last line of its contact cell: same page, row whole.
				for i, p := range texts {
					if strings.Contains(p, r.DossierCode) != strings.Contains(p, r.Phone) {
						t.Errorf("row %s is split: page %d has the code %v, the phone %v", r.DossierCode, i+1,
							strings.Contains(p, r.DossierCode), strings.Contains(p, r.Phone))
					}
				}
				if name := norm.NFC.String(r.Applicant); !strings.Contains(raw, name) {
					t.Errorf("applicant %q missing", name)
				}
			}
		})
	}
}

// assertRegisterMargins checks that every word but the page number lies
// inside the register's margins: a row that did not move to the next page
// would run into the bottom margin or off the paper.
func assertRegisterMargins(t *testing.T, pdf []byte) {
	t.Helper()
	const mm = 72 / 25.4
	g := registerGeometry
	out := run(t, "pdftotext", "-bbox", writePDF(t, pdf), "-")
	for _, m := range wordRe.FindAllStringSubmatch(out, -1) {
		x0, y0, x1, y1 := atof(t, m[1]), atof(t, m[2]), atof(t, m[3]), atof(t, m[4])
		if m[5] == "Trang" || trangRe.MatchString("Trang "+m[5]) {
			continue
		}
		if x0 < (g.left-0.5)*mm || x1 > (g.w-g.right+0.5)*mm || y0 < (g.top-0.5)*mm || y1 > (g.h-g.bottom+0.5)*mm {
			t.Errorf("%q at (%.0f, %.0f)–(%.0f, %.0f) pt is in the margin", m[5], x0, y0, x1, y1)
		}
	}
}

// The rows keep the caller's order and book numbers, and a row without a
// number is numbered by its place.
func TestMau07Order(t *testing.T) {
	m := sampleRegister(3)
	m.Rows[2].Seq = 0
	all := flat(pdfText(t, renderRegister(t, m)))
	a, b := strings.Index(all, m.Rows[0].DossierCode), strings.Index(all, m.Rows[1].DossierCode)
	if a < 0 || b < 0 || a > b {
		t.Errorf("rows out of order (%d, %d)", a, b)
	}
	if !strings.Contains(all, "9990 "+m.Rows[0].DossierCode) || !strings.Contains(all, "3 "+m.Rows[2].DossierCode) {
		t.Errorf("book numbers not printed before the codes:\n%s", all)
	}
}

func TestMau07Refuses(t *testing.T) {
	cases := map[string]func(*Mau07) PageSize{
		"A5":          func(*Mau07) PageSize { return A5 },
		"no agency":   func(m *Mau07) PageSize { m.Header.Agency = " "; return A4 },
		"no period":   func(m *Mau07) PageSize { m.From = time.Time{}; return A4 },
		"backwards":   func(m *Mau07) PageSize { m.From, m.To = m.To, m.From; return A4 },
		"row no code": func(m *Mau07) PageSize { m.Rows[0].DossierCode = "\x1b[2J"; return A4 },
	}
	for name, spoil := range cases {
		m := sampleRegister(2)
		size := spoil(&m)
		if _, err := m.Render(size); !errors.Is(err, ErrInvalidDocument) {
			t.Errorf("%s: %v, want ErrInvalidDocument", name, err)
		}
	}
}

func TestMau07Job(t *testing.T) {
	job, err := NewFormJob(sampleRegister(2), A4)
	if err != nil {
		t.Fatal(err)
	}
	if job.Kind != KindMau07 || job.Media != "A4" || job.Name != "mau07-2026-11-01_2026-11-30" || len(job.PDF) == 0 {
		t.Errorf("job %q kind %q media %q, %d bytes", job.Name, job.Kind, job.Media, len(job.PDF))
	}
}

// TestMau07Picture writes page 1 of a register as PNG for a person to
// look at: MOTCUA_PNG_DIR=/tmp/x go test -run Mau07Picture ./receipts.
func TestMau07Picture(t *testing.T) {
	dir := os.Getenv("MOTCUA_PNG_DIR")
	if dir == "" {
		t.Skip("MOTCUA_PNG_DIR not set")
	}
	for _, n := range []int{0, 60} {
		path := filepath.Join(dir, fmt.Sprintf("mau07-%d.pdf", n))
		if err := os.WriteFile(path, renderRegister(t, sampleRegister(n)), 0o644); err != nil {
			t.Fatal(err)
		}
		run(t, "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", path, strings.TrimSuffix(path, ".pdf"))
	}
}

func BenchmarkRenderMau07(b *testing.B) {
	m := sampleRegister(500)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Render(A4); err != nil {
			b.Fatal(err)
		}
	}
}
