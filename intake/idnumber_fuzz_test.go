package intake_test

import (
	"strings"
	"testing"
	"time"

	"motcua/intake"
)

func FuzzParseIDNumber(f *testing.F) {
	for _, s := range []string{"001090012345", "079 303 001234", "0010900123", "999090012345", "00109001234x", "", "０01090012345"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := intake.ParseIDNumber(s)
		if err != nil {
			var fe *intake.FieldError
			if !asFieldError(err, &fe) || fe.Field != intake.FieldIDNumber {
				t.Fatalf("error %v is not a field error of the ID number", err)
			}
			return
		}
		if len(id.Digits) != 12 || strings.Trim(id.Digits, "0123456789") != "" {
			t.Fatalf("digits %q", id.Digits)
		}
		if _, ok := intake.ProvinceName(id.ProvinceCode); !ok || id.ProvinceCode != id.Digits[:3] {
			t.Fatalf("province %q", id.ProvinceCode)
		}
		if id.BirthYear < 1900 || id.BirthYear > 2399 || id.BirthYear%100 != int(id.Digits[4]-'0')*10+int(id.Digits[5]-'0') {
			t.Fatalf("birth year %d of %s", id.BirthYear, id.Digits)
		}
		if id.Female != ((id.Digits[3]-'0')%2 == 1) {
			t.Fatalf("gender of %s", id.Digits)
		}
		again, err := intake.ParseIDNumber(id.Digits)
		if err != nil || again != id {
			t.Fatalf("not idempotent: %+v, %+v, %v", id, again, err)
		}
		_ = id.Check(time.Time{}, "", time.Now())
	})
}
