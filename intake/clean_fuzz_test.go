package intake_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"motcua/intake"
)

// The fuzz tests run their seeds with go test; explore with e.g.
// go test ./intake -run '^$' -fuzz FuzzClean -fuzztime 30s.

// checkCleanText fails when s is not what Clean promises: valid UTF-8,

// NFC, no control or format characters (but '\n' when lines), no spaces

// at the ends, no runs of spaces, at most max characters.

func checkCleanText(t *testing.T, s string, max int, lines bool) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("invalid UTF-8: %q", s)
	}
	if !norm.NFC.IsNormalString(s) {
		t.Fatalf("not NFC: %q", s)
	}
	for _, r := range s {
		if r == '\n' && lines {
			continue
		}
		if unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) {
			t.Fatalf("control or format character %U in %q", r, s)
		}
	}
	if strings.TrimSpace(s) != s || strings.Contains(s, "  ") {
		t.Fatalf("untrimmed spaces in %q", s)
	}
	if max > 0 && utf8.RuneCountInString(s) > max {
		t.Fatalf("%d characters, cap %d: %q", utf8.RuneCountInString(s), max, s)
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"Nguyễn Văn An", norm.NFD.String("Trần Thị Ánh"), "a\x1b[31mb\x1b]0;t\x07c", "\u009b1m\u202e x \u200b", "e\u0301\u0323\u0302", "\r\n \t\xff"} {
		f.Add(s, 8)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		max = max % 300
		out := intake.Clean(s, max)
		checkCleanText(t, out, max, false)
		if again := intake.Clean(out, max); again != out {
			t.Fatalf("not idempotent: %q → %q → %q", s, out, again)
		}
		text := intake.CleanText(s, max)
		checkCleanText(t, strings.ReplaceAll(text, "\n", "x"), max, false)
		if again := intake.CleanText(text, max); again != text {
			t.Fatalf("CleanText not idempotent: %q → %q → %q", s, text, again)
		}
		if intake.Fold(out) != intake.Fold(intake.Fold(out)) {
			t.Fatalf("Fold not idempotent on %q", out)
		}
	})
}
