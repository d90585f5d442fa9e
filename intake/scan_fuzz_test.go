package intake_test

import (
	"strings"
	"testing"
	"time"

	"motcua/intake"
)

func FuzzParseChipQR(f *testing.F) {
	for _, s := range []string{
		"001090012345|123456789|Nguyễn Văn An|15081990|Nam|Thôn 3, xã Tân Hòa|20042021\r\n",
		"079303001234||Trần Thị Bình|01012003|Nữ|Quận 1|01022022|extra|fields",
		"001090012345|1|A|31021990|Nam|x|y",
		"a|b|c", "|||||||", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sc, err := intake.ParseChipQR(s)
		if err != nil {
			var fe *intake.FieldError
			if !asFieldError(err, &fe) || fe.Field != intake.FieldScan {
				t.Fatalf("error %v is not a field error of the scan", err)
			}
			return
		}
		if !intake.LooksLikeChipQR(s) {
			t.Fatalf("parsed %q but LooksLikeChipQR says no", s)
		}
		for _, v := range []string{sc.IDNumber, sc.OldID, sc.Name, sc.Gender, sc.Address} {
			checkCleanText(t, v, 0, false)
			if strings.Contains(v, "|") {
				t.Fatalf("field %q holds a separator", v)
			}
		}
		if len(sc.IDNumber) != 12 || sc.Name == "" {
			t.Fatalf("accepted %+v", sc)
		}
		// Writing the scan back and reading it again gives the same scan.
		date := func(d time.Time) string {
			if d.IsZero() {
				return ""
			}
			return d.Format("02012006")
		}
		line := strings.Join([]string{sc.IDNumber, sc.OldID, sc.Name, date(sc.BirthDate), sc.Gender, sc.Address, date(sc.IssueDate)}, "|")
		again, err := intake.ParseChipQR(line)
		if err != nil || again != sc {
			t.Fatalf("round trip of %q: %+v, %+v, %v", s, sc, again, err)
		}
	})
}
