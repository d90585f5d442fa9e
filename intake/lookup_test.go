package intake_test

import (
	"context"
	"strings"
	"testing"

	"motcua/intake"
)

func TestLookupCodes(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	d := must(desk.Receive(ctx, form("k", birthReg)))(t)
	shown := intake.FormatLookup(d.Lookup)
	if len(shown) != 9 || shown[4] != '-' {
		t.Fatalf("FormatLookup = %q", shown)
	}
	for _, typed := range []string{d.Lookup, shown, strings.ToLower(shown), " " + strings.ToLower(d.Lookup[:4]) + " " + d.Lookup[4:]} {
		if got := intake.NormaliseLookup(typed); got != d.Lookup {
			t.Errorf("NormaliseLookup(%q) = %q", typed, got)
		}
	}
	for _, bad := range []string{"", "ABC", "O0O0O0O0", "ABCDEFGHJ", "IIIIIIII"} {
		if got := intake.NormaliseLookup(bad); got != "" {
			t.Errorf("NormaliseLookup(%q) = %q", bad, got)
		}
	}
	for _, c := range "01ILOUV" {
		if strings.ContainsRune(intake.LookupAlphabet, c) {
			t.Errorf("look-alike %c in the lookup alphabet", c)
		}
	}
}
