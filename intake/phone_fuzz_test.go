package intake_test

import (
	"regexp"
	"testing"

	"motcua/intake"
)

var phoneForm = regexp.MustCompile(`^(0[35789][0-9]{8}|02[0-9]{9})$`)

func FuzzNormalisePhone(f *testing.F) {
	for _, s := range []string{"0912 345 678", "+84 912.345.678", "84912345678", "024 3825 4567", "0084912345678", "091234567", "+1 555 0100", "09l2345678", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := intake.NormalisePhone(s)
		if err != nil {
			var fe *intake.FieldError
			if !asFieldError(err, &fe) || fe.Field != intake.FieldPhone {
				t.Fatalf("error %v is not a field error of the phone", err)
			}
			return
		}
		if p == "" {
			if intake.Clean(s, intake.MaxPhoneInput) != "" {
				t.Fatalf("%q accepted as empty", s)
			}
			return
		}
		if !phoneForm.MatchString(p) {
			t.Fatalf("%q normalised to %q", s, p)
		}
		if again, err := intake.NormalisePhone(p); err != nil || again != p {
			t.Fatalf("not idempotent: %q → %q, %v", p, again, err)
		}
	})
}
