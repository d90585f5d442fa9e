package intake_test

import (
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"motcua/assets"
	"motcua/intake"
)

func TestShippedCalendarKeepsStatusAndSource(t *testing.T) {
	cal := defaultCalendar(t)
	days := cal.Days()
	if len(days) < 30 {
		t.Fatalf("only %d special days shipped", len(days))
	}
	byDate := map[string]intake.SpecialDay{}
	for _, d := range days {
		if d.Name == "" || d.Status == "" || d.Source == "" {
			t.Errorf("%s: name, status and source must all be kept: %+v", d.Date, d)
		}
		byDate[d.Date] = d
	}
	for date, want := range map[string]string{
		"2026-08-22": "PROPOSED", "2026-08-31": "PROPOSED", "2026-11-24": "PENDING",
		"2027-02-05": "projected", "2026-01-01": "official",
	} {
		if d, ok := byDate[date]; !ok || !strings.Contains(d.Status, want) {
			t.Errorf("%s: status %q should say %q", date, d.Status, want)
		}
	}
	makeUp := 0
	for _, d := range days {
		if d.Kind == intake.MakeUpDay {
			makeUp++
		}
	}
	if makeUp != 3 {
		t.Errorf("%d make-up Saturdays shipped, want 3 (26/4/2025, 10/1/2026, 22/8/2026)", makeUp)
	}
	var raw struct {
		Version int `json:"format_version"`
	}
	if err := json.Unmarshal(assets.HolidaysJSON(), &raw); err != nil || raw.Version != intake.FormatVersion {
		t.Fatalf("embedded file: version %d, %v", raw.Version, err)
	}
}

func TestImportHolidaysCSVReplacesTheCalendar(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	if _, err := intake.SeedHolidays(ctx, desk.DB()); err != nil {
		t.Fatal(err)
	}
	before := must(desk.Calendar(ctx))(t)
	if before.IsWorkingDay(local(2026, 9, 2, 9, 0)) {
		t.Fatal("seeded calendar should close 2/9/2026")
	}
	csv := "date,kind,name,status,source\n" +
		"2026-09-02,off,Quốc khánh,official,QĐ 1/2026\n" +
		"\n" +
		"2026-10-20,nghỉ,Ngày nghỉ riêng của xã\n" +
		"2026-10-24,workday,Làm bù\n"
	n, err := intake.ImportHolidays(ctx, desk.DB(), strings.NewReader(csv), "csv")
	if err != nil || n != 3 {
		t.Fatalf("import: %d, %v", n, err)
	}
	after := must(desk.Calendar(ctx))(t)
	if after.IsWorkingDay(local(2026, 10, 20, 9, 0)) || !after.IsWorkingDay(local(2026, 10, 24, 9, 0)) {
		t.Fatal("imported days not used")
	}
	if !after.IsWorkingDay(local(2026, 2, 17, 9, 0)) {
		t.Fatal("the import replaces the calendar: Tết 2026 is no longer in it")
	}
	events := must(desk.DB().Events(ctx, 0, 1000))(t)
	if last := events[len(events)-1]; last.Kind != "holidays.imported" {
		t.Fatalf("last outbox event %s, want holidays.imported", last.Kind)
	}
	// A second seed leaves the imported calendar alone.
	if seeded := must(intake.SeedHolidays(ctx, desk.DB()))(t); seeded {
		t.Fatal("SeedHolidays overwrote an imported calendar")
	}
}

func TestImportHolidaysJSONRoundTripsTheShippedFile(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	n, err := intake.ImportHolidays(ctx, desk.DB(), strings.NewReader(string(assets.HolidaysJSON())), "")
	if err != nil {
		t.Fatal(err)
	}
	cal := must(desk.Calendar(ctx))(t)
	if len(cal.Days()) != n || n != len(defaultCalendar(t).Days()) {
		t.Fatalf("imported %d, calendar has %d", n, len(cal.Days()))
	}
}

func TestEmptyTableFallsBackToTheShippedCalendar(t *testing.T) {
	desk, _ := newDesk(t)
	cal := must(desk.Calendar(context.Background()))(t)
	if cal.IsWorkingDay(local(2026, 2, 17, 9, 0)) {
		t.Fatal("Tết 2026 should be closed with the shipped calendar")
	}
}

func TestImportHolidaysErrorsNameTheLine(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	cases := []importCase{
		{"bad date and kind", "csv",
			"date,kind,name\n2026-02-30,off,Tết\n2026-03-02,holiday,Lễ\n2026-03-03,off,\n",
			[]string{"Dòng 2: Ngày “2026-02-30” không hợp lệ", "Dòng 3: Loại ngày “holiday” không hợp lệ", "Dòng 4: Ngày nghỉ 2026-03-03 chưa có tên."}},
		{"make-up on a weekday", "csv", "2026-10-21,workday,Làm bù\n",
			[]string{"Dòng 1: Ngày 2026-10-21 là ngày thường; ngày làm bù phải là thứ Bảy hoặc Chủ nhật."}},
		{"duplicate", "csv", "2026-09-02,off,Quốc khánh\n2026-09-02,off,Quốc khánh\n",
			[]string{"Dòng 2: “2026-09-02” đã có ở dòng 1."}},
		{"columns", "csv", "2026-09-02,off\n", []string{"Dòng 1: Cần các cột date,kind,name"}},
		{"json syntax", "json", "{\"format_version\": 1,\n \"days\": [\n  {\"date\": \"2026-09-02\" \"kind\": \"off\"}\n]}",
			[]string{"Dòng 3: Lỗi cú pháp JSON"}},
		{"json unknown field", "json", "{\"format_version\": 1,\n \"days\": [\n  {\"date\": \"2026-09-02\",\n   \"knd\": \"off\"}]}",
			[]string{"Trường “knd” không có trong định dạng"}},
		{"json bad entry", "json", "{\"format_version\": 1,\n \"days\": [\n  {\"date\": \"2026-09-02\", \"kind\": \"off\", \"name\": \"Quốc khánh\"},\n  {\"date\": \"2026-9-3\", \"kind\": \"off\", \"name\": \"x\"}\n]}",
			[]string{"Dòng 4: Ngày “2026-9-3” không hợp lệ"}},
		{"json version", "json", `{"format_version": 2, "days": []}`, []string{"format_version là 2"}},
		{"empty", "csv", "  \n", []string{"Tệp trống."}},
		{"format", "xlsx", "a", []string{"Định dạng “xlsx” không được hỗ trợ"}},
		{"encoding", "csv", "2026-09-02,off,Qu\xe8c kh\xe1nh\n", []string{"không phải văn bản UTF-8"}},
	}
	checkImportErrors(t, cases, func(r io.Reader, format string) error {
		_, err := intake.ImportHolidays(ctx, desk.DB(), r, format)
		return err
	})
	// Nothing was imported: the shipped calendar is still in force.
	if must(desk.Calendar(ctx))(t).IsWorkingDay(local(2026, 9, 2, 9, 0)) {
		t.Fatal("a failed import changed the calendar")
	}
}
