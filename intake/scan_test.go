package intake_test

import (
	"testing"

	"golang.org/x/text/unicode/norm"

	"motcua/intake"
)

func TestParseChipQR(t *testing.T) {
	scan := "001090012345|123456789|" + norm.NFD.String("Nguyễn Văn An") + "|15081990|Nam|Thôn 3, xã Tân Hòa, tỉnh Gia Lai|20042021\r\n"
	sc := must(intake.ParseChipQR(scan))(t)
	want := intake.ChipScan{
		IDNumber: "001090012345", OldID: "123456789", Name: "Nguyễn Văn An", BirthDate: local(1990, 8, 15, 0, 0),
		Gender: "Nam", Address: "Thôn 3, xã Tân Hòa, tỉnh Gia Lai", IssueDate: local(2021, 4, 20, 0, 0),
	}
	if sc != want {
		t.Fatalf("got %+v\nwant %+v", sc, want)
	}
	c, errs := intake.CheckCitizen(sc.Citizen(), today)
	if len(errs) != 0 || c.Name != "Nguyễn Văn An" || !c.BirthDate.Equal(want.BirthDate) {
		t.Fatalf("scanned citizen: %+v %v", c, errs)
	}
	if !intake.LooksLikeChipQR(scan) || intake.LooksLikeChipQR("Nguyễn Văn An") || intake.LooksLikeChipQR("0010900|x") {
		t.Fatal("LooksLikeChipQR")
	}
}

func TestParseChipQRTolerance(t *testing.T) {
	cases := map[string]string{
		"empty old ID":          "079303001234||Trần Thị Bình|01012003|Nữ|Quận 1|01022022",
		"newer card, more":      "079303001234||Trần Thị Bình|01012003|Nữ|Quận 1|01022022|x|y|z",
		"no issue date":         "079303001234||Trần Thị Bình|01012003|Nữ|Quận 1",
		"only up to birth date": "079303001234||Trần Thị Bình|01012003",
		"spaces and CR":         "  079303001234||Trần Thị Bình|01012003|Nữ|Quận 1|01022022 \r",
		"double scan":           "079303001234||Trần Thị Bình|01012003|Nữ|Quận 1|01022022\r\n001090012345||Other|15081990|Nam|x|01012020\r\n",
		"escape typed in":       "\x1b[2~079303001234||Trần Thị Bình|01012003|Nữ|Quận 1|01022022",
		"bad issue date":        "079303001234||Trần Thị Bình|01012003|Nữ|Quận 1|99999999",
	}
	for name, s := range cases {
		sc, err := intake.ParseChipQR(s)
		if err != nil || sc.IDNumber != "079303001234" || sc.Name != "Trần Thị Bình" || !sc.BirthDate.Equal(local(2003, 1, 1, 0, 0)) {
			t.Errorf("%s: %+v, %v", name, sc, err)
		}
	}
}

func TestParseChipQRRejects(t *testing.T) {
	cases := map[string]string{
		"not a scan":    "Nguyễn Văn An",
		"too few":       "079303001234||Trần Thị Bình",
		"short ID":      "07930300123||Trần Thị Bình|01012003|Nữ|Quận 1|01022022",
		"no name":       "079303001234|| |01012003|Nữ|Quận 1|01022022",
		"bad birth day": "079303001234||Trần Thị Bình|31022003|Nữ|Quận 1|01022022",
		"empty":         "\r\n",
	}
	for name, s := range cases {
		if sc, err := intake.ParseChipQR(s); err == nil {
			t.Errorf("%s: accepted %+v", name, sc)
		}
	}
}
