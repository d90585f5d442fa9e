package intake_test

import (
	"testing"

	"motcua/intake"
)

func TestPhoneForms(t *testing.T) {
	ok := map[string]string{
		"0912345678": "0912345678", "091 234 5678": "0912345678", "091-234-5678": "0912345678",
		"+84912345678": "0912345678", "+84 (91) 234 5678": "0912345678", "84912345678": "0912345678",
		"0084912345678": "0912345678", "0386123456": "0386123456", "0521234567": "0521234567",
		"0701234567": "0701234567", "0812345678": "0812345678", "02438254567": "02438254567",
		"+84 24 3825 4567": "02438254567", "": "",
	}
	for in, want := range ok {
		if got, err := intake.NormalisePhone(in); err != nil || got != want {
			t.Errorf("NormalisePhone(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"0412345678", "0112345678", "091234567", "09123456789", "0243825456", "024382545678", "+44 20 7946 0958", "8491234567", "0"} {
		if got, err := intake.NormalisePhone(bad); err == nil {
			t.Errorf("NormalisePhone(%q) accepted as %q", bad, got)
		}
	}
}
