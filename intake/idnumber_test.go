package intake_test

import (
	"fmt"
	"testing"

	"golang.org/x/text/unicode/norm"

	"motcua/intake"
)

func TestEveryProvinceCode(t *testing.T) {
	n := 0
	for code := 0; code < 1000; code++ {
		s := fmt.Sprintf("%03d", code)
		if name, ok := intake.ProvinceName(s); ok {
			n++
			if name == "" || !norm.NFC.IsNormalString(name) {
				t.Errorf("%s: name %q", s, name)
			}
			if _, err := intake.ParseIDNumber(s + "090012345"); err != nil {
				t.Errorf("%s rejected: %v", s, err)
			}
		}
	}
	if n != 63 {
		t.Fatalf("%d province codes, want 63", n)
	}
	for code, want := range map[string]string{"001": "Hà Nội", "079": "Hồ Chí Minh", "048": "Đà Nẵng", "096": "Cà Mau", "046": "Thừa Thiên Huế"} {
		if got, _ := intake.ProvinceName(code); got != want {
			t.Errorf("%s = %q, want %q", code, got, want)
		}
	}
}

func TestCenturyDigits(t *testing.T) {
	cases := map[string]struct {
		year   int
		female bool
	}{
		"001090012345": {1990, false}, "001190012345": {1990, true},
		"001205012345": {2005, false}, "001305012345": {2005, true},
		"001405012345": {2105, false}, "001505012345": {2105, true},
		"001605012345": {2205, false}, "001705012345": {2205, true},
		"001805012345": {2305, false}, "001905012345": {2305, true},
	}
	for s, want := range cases {
		id := must(intake.ParseIDNumber(s))(t)
		if id.BirthYear != want.year || id.Female != want.female {
			t.Errorf("%s: %d female=%v, want %d female=%v", s, id.BirthYear, id.Female, want.year, want.female)
		}
	}
}
