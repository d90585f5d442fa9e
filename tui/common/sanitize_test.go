package common

import (
	"strings"
	"testing"
)

func TestSanitizeRemovesEscapes(t *testing.T) {
	cases := map[string]string{
		"Nguyễn Văn A":        "Nguyễn Văn A",
		"\x1b]0;pwned\x07Lan": "Lan",
		"A\x1b[2J\x1b[HB":     "AB",
		"x\x1b[31mred\x1b[0m": "xred",
		"tab\there":           "tab here",
		"bell\x07!":           "bell!",
		"c1\u009b31m":         "c131m",
		"Nguye\u0302\u0303n":  "Nguyễn", // NFD in, NFC out
		"rtl\u202eevil":       "rtlevil",
	}
	for in, want := range cases {
		if got := Sanitize(in); got != want {
			t.Errorf("Sanitize(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	f.Add("\x1b]0;title\x07name")
	f.Add("Lê Thị Hồng")
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		if strings.ContainsAny(out, "\x1b\x07\u009b\r\n") {
			t.Fatalf("Sanitize(%q) = %q still has control characters", s, out)
		}
	})
}
