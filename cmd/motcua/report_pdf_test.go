package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/queue/report"
	"motcua/store"
)

// sampleFigures is a month whose every figure is distinct, so that a
// figure copied into the wrong row shows.
func sampleFigures() report.Report {
	min := func(m float64) time.Duration { return time.Duration(m * float64(time.Minute)) }
	return report.Report{
		Period: report.MonthPeriod(2026, time.November),
		At:     time.Date(2026, 12, 1, 7, 30, 0, 0, store.Local),
		Tickets: report.Tickets{
			Issued: 1797, Served: 1650, NoShows: 61, Expired: 44, Transferred: 42,
			ByService: []report.Count{
				{Code: "DD", NameVI: "Đất đai – Xây dựng", NameEN: "Land and construction", N: 412},
				{Code: "HT", NameVI: "Hộ tịch – Chứng thực", NameEN: "Civil status", N: 1288},
				{Code: "LD", NameVI: "Lao động – Thương binh và Xã hội", N: 97},
			},
			Waiting:  report.Durations{N: 1711, Mean: min(14.26), Median: min(12.4), P90: min(31)},
			Service:  report.Durations{N: 1650, Mean: min(9.5), Median: min(8.1), P90: min(17.3)},
			Counters: []report.Workload{{Counter: 2, Served: 830, NoShows: 30, Service: report.Durations{N: 830, Mean: min(9), Median: min(8), P90: min(16)}}},
			Clerks:   []report.Workload{{Clerk: "Trần Thị Hồng", Served: 829, NoShows: 31}, {Served: 1}},
		},
		Dossiers: report.Dossiers{Received: 341, ResolvedOnTime: 298, ResolvedLate: 7, OverdueNow: 5, Returned: 280,
			Mailed: 19, Supplements: 23, SupplementedAgain: 4, Refused: 2, Apologies: 9},
		Satisfaction: report.Satisfaction{
			All:      report.Ratings{Levels: [3]int{120, 55, 25}, Total: 200},
			Counters: []report.Ratings{{Counter: 2, Levels: [3]int{70, 30, 10}, Total: 110}, {Other: true, Levels: [3]int{50, 25, 15}, Total: 90}},
		},
	}
}

func TestReportPDFDocument(t *testing.T) {
	doc := reportPDF(sampleFigures(), i18n.VI)
	if doc.Period != "Từ ngày 01/11/2026 đến ngày 30/11/2026" {
		t.Errorf("period = %q", doc.Period)
	}
	if len(doc.Charts) != 2 {
		t.Fatalf("%d charts, want 2", len(doc.Charts))
	}
	svc, sat := doc.Charts[0], doc.Charts[1]
	if strings.Join(svc.Labels, "|") != "Đất đai – Xây dựng|Hộ tịch – Chứng thực|Lao động – Thương binh và Xã hội" ||
		len(svc.Values) != 3 || svc.Values[0] != 412 || svc.Values[1] != 1288 || svc.Values[2] != 97 {
		t.Errorf("service chart = %+v", svc)
	}
	// (120 + 55) / 200 = 87.5 %.
	if !strings.Contains(sat.Title, "87,5%") || len(sat.Values) != 3 || sat.Values[0] != 120 || sat.Values[2] != 25 {
		t.Errorf("satisfaction chart = %+v", sat)
	}
	en := reportPDF(sampleFigures(), i18n.EN)
	if en.Charts[0].Labels[0] != "Land and construction" || en.Charts[0].Labels[2] != "Lao động – Thương binh và Xã hội" {
		t.Errorf("English labels = %q", en.Charts[0].Labels)
	}
	if !strings.Contains(en.Charts[1].Title, "87.5%") {
		t.Errorf("English satisfaction title = %q", en.Charts[1].Title)
	}
	day := reportPDF(report.Report{Period: report.DayPeriod(time.Date(2026, 11, 20, 9, 0, 0, 0, store.Local))}, i18n.VI)
	if day.Period != "Ngày 20/11/2026" || len(day.Charts[1].Labels) != 0 {
		t.Errorf("a day without ratings: period %q, satisfaction %+v", day.Period, day.Charts[1])
	}
	if _, err := day.Render(); err != nil {
		t.Errorf("an empty day does not render: %v", err)
	}
}

// The figures read back from the PDF in their rows: pdftotext -layout
// keeps a table row on one line.
func TestReportPDFFiguresRoundTrip(t *testing.T) {
	for _, tool := range []string{"pdftotext", "qpdf"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s is required in CI: %v", tool, err)
			}
			t.Skipf("%s not installed", tool)
		}
	}
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := writeReportPDF(path, sampleFigures(), i18n.VI); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	lines := strings.Split(string(out), "\n")
	row := func(cells ...string) bool {
		for _, l := range lines {
			if strings.Join(strings.Fields(l), " ") == strings.Join(cells, " ") {
				return true
			}
		}
		return false
	}
	for _, want := range [][]string{
		{"Báo", "cáo", "hoạt", "động", "Bộ", "phận", "Một", "cửa"},
		{"Số", "phiếu", "đã", "cấp", "1797"},
		{"Gọi", "không", "có", "mặt", "61"},
		{"Hồ", "sơ", "tiếp", "nhận", "341"},
		{"Giải", "quyết", "quá", "hạn", "7"},
		{"Thư", "xin", "lỗi", "9"},
		{"2", "830", "30", "9,0", "8,0", "16,0"},
		{"Trần", "Thị", "Hồng", "829", "31", "0,0", "0,0", "0,0"},
		{"Tất", "cả", "120", "55", "25", "200", "87,5"},
	} {
		if !row(want...) {
			t.Errorf("row %q missing from the PDF text:\n%s", want, out)
		}
	}
	// A long figure name wraps in its cell: its numbers share the line of
	// the name's first words.
	for _, want := range []string{"Thời gian chờ (từ lấy số đến khi được 1711 14,3 12,4 31,0", "Thời gian phục vụ (từ khi gọi đến khi 1650 9,5 8,1 17,3"} {
		if !row(strings.Fields(want)...) {
			t.Errorf("row %q missing from the PDF text", want)
		}
	}
	flat := strings.Join(strings.Fields(string(out)), " ")
	for _, want := range []string{"Phiếu theo lĩnh vực", "1288 phiếu", "412 phiếu", "Mức độ hài lòng của người dân (87,5% hài lòng)",
		"120 lượt", "Trang 1/"} {
		if !strings.Contains(flat, want) {
			t.Errorf("%q missing from the PDF text:\n%s", want, out)
		}
	}
	check, err := exec.Command("qpdf", "--check", path).CombinedOutput()
	if err != nil || !strings.Contains(string(check), "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check: %v\n%s", err, check)
	}
}
