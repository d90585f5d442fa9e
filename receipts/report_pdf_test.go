package receipts

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/store"
)

// sampleReport is a month of a commune, with rows enough (clerks) to
// flow onto a second page.
func sampleReport(clerks int) ReportDoc {
	d := ReportDoc{
		Lang:        i18n.VI,
		Title:       "Báo cáo hoạt động Bộ phận Một cửa",
		Period:      "Từ ngày 01/11/2026 đến ngày 30/11/2026",
		Commune:     "UBND xã Tân Hòa",
		GeneratedAt: time.Date(2026, 12, 1, 7, 30, 0, 0, store.Local),
		Charts: []ReportChart{
			{Title: "Phiếu theo lĩnh vực", Unit: "phiếu",
				Labels: []string{"Đất đai – Xây dựng", "Hộ tịch – Chứng thực", "Lao động – Thương binh và Xã hội"},
				Values: []float64{412, 1288, 97}},
			{Title: "Mức độ hài lòng (87,5% hài lòng)", Unit: "lượt",
				Labels: []string{"Rất hài lòng", "Hài lòng", "Không hài lòng"},
				Values: []float64{120, 55, 25}},
		},
		Sections: []ReportSection{
			{Title: "Thời gian chờ và phục vụ", Columns: []string{"Chỉ tiêu", "Số lượt", "Trung vị (phút)"},
				Rows: [][]string{{"Thời gian chờ", "1797", "12,4"}, {"Thời gian phục vụ", "1650", "8,1"}}},
			{Title: "Hồ sơ", Columns: []string{"Chỉ tiêu", "Giá trị"},
				Rows: [][]string{{"Hồ sơ tiếp nhận", "341"}, {"Thư xin lỗi", "3"}}},
		},
	}
	if clerks > 0 {
		sec := ReportSection{Title: "Theo cán bộ", Columns: []string{"Cán bộ", "Đã phục vụ"}}
		for i := range clerks {
			sec.Rows = append(sec.Rows, []string{fmt.Sprintf("Nguyễn Văn Đức %03d", i+1), fmt.Sprint(1000 + i)})
		}
		d.Sections = append(d.Sections, sec)
	}
	return d
}

func renderReport(t testing.TB, d ReportDoc) []byte {
	t.Helper()
	pdf, err := d.Render()
	if err != nil {
		t.Fatal(err)
	}
	return pdf
}

// Every title, label and figure reads back from the PDF, letter for
// letter, spelled out here rather than taken from the document.
func TestReportPDFTextRoundTrips(t *testing.T) {
	pdf := renderReport(t, sampleReport(60))
	text := pdfText(t, pdf)
	if !isNFC(text) {
		t.Errorf("extracted text is not NFC")
	}
	got := flat(text)
	for _, want := range []string{
		"UBND XÃ TÂN HÒA", "Báo cáo hoạt động Bộ phận Một cửa", "Từ ngày 01/11/2026 đến ngày 30/11/2026",
		"Lập lúc 07:30 01/12/2026", "Phiếu theo lĩnh vực", "Đất đai – Xây dựng", "Hộ tịch – Chứng thực",
		"412 phiếu", "1288 phiếu", "97 phiếu", "Mức độ hài lòng (87,5% hài lòng)", "Rất hài lòng",
		"Không hài lòng", "120 lượt", "25 lượt", "Thời gian chờ 1797 12,4", "Thời gian phục vụ 1650 8,1",
		"Hồ sơ tiếp nhận 341", "Thư xin lỗi 3", "Nguyễn Văn Đức 060 1059", "Trang 1/2", "Trang 2/2",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from the PDF text:\n%s", want, text)
		}
	}
	// The header row is repeated on the second page.
	if n := strings.Count(got, "Cán bộ Đã phục vụ"); n != 2 {
		t.Errorf("clerks' header row printed %d times, want 2 (one per page)", n)
	}
	out := run(t, "qpdf", "--check", writePDF(t, pdf))
	if !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
}

// The English lines the PDF adds come from the table too.
func TestReportPDFEnglish(t *testing.T) {
	d := sampleReport(0)
	d.Lang = i18n.EN
	got := flat(pdfText(t, renderReport(t, d)))
	for _, want := range []string{"Made at 07:30 01/12/2026", "Page 1 of 1"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from:\n%s", want, got)
		}
	}
}

// An empty chart or table says so instead of drawing an empty frame.
func TestReportPDFNoData(t *testing.T) {
	d := sampleReport(0)
	d.Charts[0].Labels, d.Charts[0].Values = nil, nil
	d.Sections[1].Rows = nil
	got := flat(pdfText(t, renderReport(t, d)))
	if n := strings.Count(got, "Không có số liệu trong thời gian này."); n != 2 {
		t.Errorf("no-data line printed %d times, want 2:\n%s", n, got)
	}
}

// The same document gives the same bytes (reprints and golden checks).
func TestReportPDFIsDeterministic(t *testing.T) {
	a, b := renderReport(t, sampleReport(5)), renderReport(t, sampleReport(5))
	if !bytes.Equal(a, b) {
		t.Error("two renderings of the same report differ")
	}
}

func TestReportPDFRefusesMalformed(t *testing.T) {
	for name, change := range map[string]func(*ReportDoc){
		"no title":        func(d *ReportDoc) { d.Title = "" },
		"labels ≠ values": func(d *ReportDoc) { d.Charts[0].Values = d.Charts[0].Values[:1] },
		"negative value":  func(d *ReportDoc) { d.Charts[1].Values[0] = -1 },
		"short row":       func(d *ReportDoc) { d.Sections[0].Rows[0] = []string{"x"} },
	} {
		d := sampleReport(0)
		change(&d)
		if _, err := d.Render(); !errors.Is(err, ErrInvalidDocument) {
			t.Errorf("%s: err = %v, want ErrInvalidDocument", name, err)
		}
	}
}

func TestNiceScale(t *testing.T) {
	for _, c := range []struct{ max, step, top float64 }{
		{0, 1, 1}, {3, 1, 3}, {7, 2, 8}, {10, 2, 10}, {12, 2.5, 12.5}, {97, 20, 100}, {1288, 500, 1500}, {100, 20, 100},
	} {
		step, top := niceScale(c.max)
		if step != c.step || top != c.top {
			t.Errorf("niceScale(%v) = %v, %v; want %v, %v", c.max, step, top, c.step, c.top)
		}
	}
	if l := barLength(50, 100, 120); l != 60 {
		t.Errorf("barLength(50 of 100 over 120 mm) = %v, want 60", l)
	}
}

// MOTCUA_REPORT_PNG=dir writes page 1 as a PNG for a person to look at.
func TestReportPDFPage1PNG(t *testing.T) {
	dir := os.Getenv("MOTCUA_REPORT_PNG")
	if dir == "" {
		t.Skip("set MOTCUA_REPORT_PNG=dir to write page 1 as PNG")
	}
	pdf := writePDF(t, renderReport(t, sampleReport(60)))
	run(t, "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf, filepath.Join(dir, "report"))
}
