package intake_test

import (
	"context"
	"io"
	"strings"
	"testing"

	"motcua/assets"
	"motcua/assets/i18n"
	"motcua/intake"
)

func TestDemoCatalog(t *testing.T) {
	cat := must(intake.DemoCatalog())(t)
	commune := must(assets.DemoCommune())(t)
	services := map[string]bool{}
	for _, s := range commune.Services {
		services[s.Code] = true
	}
	if cat.Len() != 29 {
		t.Fatalf("demo catalog has %d procedures, want the 31 researched minus the 2 residence ones", cat.Len())
	}
	perService := map[string]int{}
	for _, p := range cat.Procedures() {
		if !services[p.Service] {
			t.Errorf("%s: service %q is not a demo queue service", p.ID, p.Service)
		}
		perService[p.Service]++
		if p.Code == "" || p.ID != p.Code {
			t.Errorf("%s: every demo procedure has its sourced national code as key", p.NameVI)
		}
		if p.Field == "" || len(p.Documents) == 0 || p.Source == "" {
			t.Errorf("%s: field, documents and source are required in the demo", p.ID)
		}
		if strings.Contains(p.Field, "cư trú") {
			t.Errorf("%s: residence procedures belong to the police", p.ID)
		}
	}
	for s := range services {
		if perService[s] == 0 {
			t.Errorf("no demo procedure for service %s", s)
		}
	}
	birth, ok := cat.Procedure(birthReg)
	if !ok || birth.NameVI != "Thủ tục đăng ký khai sinh" || birth.Days != 0 || birth.Unit != intake.WorkingDays ||
		!birth.FeeKnown || birth.FeeVND != 0 {
		t.Fatalf("birth registration: %+v", birth)
	}
	if p, _ := cat.Procedure(maritalCert); p.FeeKnown || p.Days != 3 {
		t.Fatalf("marital status certificate: fee is set by the province, 3 days: %+v", p)
	}
	if p, _ := cat.Procedure(landMediate); p.Unit != intake.CalendarDays || p.Days != 30 {
		t.Fatalf("land mediation counts 30 calendar days: %+v", p)
	}
}

func TestSeedCatalogOnce(t *testing.T) {
	desk, _ := newDesk(t) // seeds
	ctx := context.Background()
	if seeded := must(intake.SeedCatalog(ctx, desk.DB()))(t); seeded {
		t.Fatal("second seed wrote again")
	}
	got := must(desk.Catalog(ctx))(t)
	want := must(intake.DemoCatalog())(t)
	if got.Len() != want.Len() {
		t.Fatalf("stored %d, demo %d", got.Len(), want.Len())
	}
	for i, p := range got.Procedures() {
		w := want.Procedures()[i]
		if p.ID != w.ID || p.NameVI != w.NameVI || p.FeeKnown != w.FeeKnown || p.FeeVND != w.FeeVND ||
			p.Days != w.Days || p.Unit != w.Unit || strings.Join(p.Documents, "|") != strings.Join(w.Documents, "|") {
			t.Fatalf("procedure %d differs after the table:\n%+v\n%+v", i, p, w)
		}
	}
}

const catalogCSV = "code,name_vi,field,service,days,unit,fee_vnd,documents,note\n" +
	"1.001193,Thủ tục đăng ký khai sinh,Hộ tịch,hotich,0,working_days,0,Tờ khai|Giấy chứng sinh,\n" +
	",Xác nhận đơn của xã,Hành chính,hotich,2,ngày làm việc,,\"Đơn, có chữ ký\",\"Ghi chú\"\n" +
	"2.000884,Chứng thực chữ ký,Chứng thực,chungthuc,0,,10.000,Giấy tờ cần chứng thực,\n"

func TestImportCatalogCSV(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	n, err := intake.ImportCatalog(ctx, desk.DB(), strings.NewReader(catalogCSV), "csv")
	if err != nil || n != 3 {
		t.Fatalf("import: %d, %v", n, err)
	}
	cat := must(desk.Catalog(ctx))(t)
	ps := cat.Procedures()
	if len(ps) != 3 {
		t.Fatalf("catalog has %d procedures after import", len(ps))
	}
	if ps[1].ID != "local-002" || ps[1].Code != "" || ps[1].FeeKnown || ps[1].Unit != intake.WorkingDays ||
		len(ps[1].Documents) != 1 || ps[1].Documents[0] != "Đơn, có chữ ký" {
		t.Fatalf("procedure without code: %+v", ps[1])
	}
	if ps[2].FeeVND != 10000 || !ps[2].FeeKnown {
		t.Fatalf("fee with thousands dots: %+v", ps[2])
	}
	if len(ps[0].Documents) != 2 {
		t.Fatalf("documents split on |: %q", ps[0].Documents)
	}
	events := must(desk.DB().Events(ctx, 0, 1000))(t)
	if events[len(events)-1].Kind != "catalog.imported" {
		t.Fatal("no catalog.imported event")
	}
}

func TestImportCatalogSemicolonsAndBOM(t *testing.T) {
	desk, _ := newDesk(t)
	body := "\ufeffname_vi;service;days\nĐăng ký kết hôn;hotich;0\n"
	if n, err := intake.ImportCatalog(context.Background(), desk.DB(), strings.NewReader(body), "csv"); err != nil || n != 1 {
		t.Fatalf("import: %d, %v", n, err)
	}
}

func TestImportCatalogJSONOfTheDemoFile(t *testing.T) {
	desk, _ := newDesk(t)
	n, err := intake.ImportCatalog(context.Background(), desk.DB(), strings.NewReader(string(assets.DemoCatalogJSON())), "json")
	if err != nil || n != 29 {
		t.Fatalf("import: %d, %v", n, err)
	}
}

func TestImportCatalogErrorsNameTheLine(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	cases := []importCase{
		{"cells", "csv", "code,name_vi,service,days,unit,fee_vnd\n" +
			"1.001193,,hotich,0,,\n" +
			"1.001194,Tên,hotich,ba,,\n" +
			"1.001195,Tên,hotich,400,,\n" +
			"1.001196,Tên,hotich,1,tuần,\n" +
			"1.001197,Tên,hotich,1,,-5\n" +
			"ABC,Tên,hotich,1,,\n" +
			"1.001193,Tên,hotich,1,,\n",
			[]string{"Dòng 2: Thủ tục chưa có tên tiếng Việt", "Dòng 3: Thời hạn giải quyết “ba”", "Dòng 4: Thời hạn giải quyết “400”",
				"Dòng 5: Đơn vị “tuần”", "Dòng 6: Lệ phí “-5”", "Dòng 7: Mã thủ tục “ABC”"}},
		{"duplicate", "csv", "code,name_vi,service,days\n1.001193,A,hotich,0\n1.001193,B,hotich,0\n",
			[]string{"Dòng 3: “1.001193” đã có ở dòng 2."}},
		{"unknown service", "csv", "name_vi,service,days\nA,hotich,0\nB,congan,0\n",
			[]string{"Dòng 3: Lĩnh vực “congan” không có ở điểm một cửa này; dùng một trong: chungthuc, datdai, hotich, kinhdoanh, xahoi."}},
		{"unknown column", "csv", "name_vi,service,days,fee\nA,hotich,0,1\n", []string{"Dòng 1: Cột “fee” không có trong định dạng"}},
		{"missing column", "csv", "name_vi,days\nA,0\n", []string{"Thiếu cột bắt buộc “service”"}},
		{"csv quotes", "csv", "name_vi,service,days\n\"A,hotich,0\n", []string{"Lỗi cú pháp CSV"}},
		{"json type", "json", "{\"format_version\": 1, \"procedures\": [\n {\"name_vi\": \"A\", \"service\": \"hotich\",\n  \"days\": \"ba\"}]}",
			[]string{"Dòng 3: Trường “days” có giá trị sai kiểu"}},
		{"json missing days", "json", "{\"format_version\": 1, \"procedures\": [\n {\"name_vi\": \"A\", \"service\": \"hotich\"}]}",
			[]string{"Dòng 2: Thời hạn giải quyết “”"}},
		{"json no list", "json", `{"format_version": 1}`, []string{"Tệp không có mục nào trong “procedures”."}},
	}
	checkImportErrors(t, cases, func(r io.Reader, format string) error {
		_, err := intake.ImportCatalog(ctx, desk.DB(), r, format)
		return err
	})
	if must(desk.Catalog(ctx))(t).Len() != 29 {
		t.Fatal("a failed import changed the catalog")
	}
}

func TestImportErrorsListAtMostTen(t *testing.T) {
	var b strings.Builder
	b.WriteString("name_vi,service,days\n")
	for i := 0; i < 15; i++ {
		b.WriteString(",hotich,0\n")
	}
	_, err := intake.ParseCatalog(strings.NewReader(b.String()), "csv")
	msg := intake.Message(i18n.VI, err)
	if strings.Count(msg, "\n") != 10 || !strings.Contains(msg, "… và 5 lỗi khác.") {
		t.Fatalf("message:\n%s", msg)
	}
}

// A second start changes nothing, not even the revision other screens
// watch.
func TestSeedingAgainWritesNothing(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	must(intake.SeedCatalog(ctx, desk.DB()))(t) // the first start
	must(intake.SeedHolidays(ctx, desk.DB()))(t)
	before := must(desk.DB().Revision(ctx))(t)
	if again := must(intake.SeedCatalog(ctx, desk.DB()))(t); again {
		t.Fatal("the catalog was seeded twice")
	}
	if again := must(intake.SeedHolidays(ctx, desk.DB()))(t); again {
		t.Fatal("the holidays were seeded twice")
	}
	if after := must(desk.DB().Revision(ctx))(t); after != before {
		t.Fatalf("seeding a seeded station bumped the revision %d → %d", before, after)
	}
}
