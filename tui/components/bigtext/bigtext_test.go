package bigtext

import (
	"strings"
	"testing"
)

func TestRenderHeightAndWidth(t *testing.T) {
	for _, s := range []string{"A012", "B999", "12:45", "Đ7"} {
		for scale := 1; scale <= 3; scale++ {
			out := Render(s, scale)
			lines := strings.Split(out, "\n")
			if len(lines) != Height*scale {
				t.Fatalf("%q scale %d: %d lines, want %d", s, scale, len(lines), Height*scale)
			}
			for _, l := range lines {
				if n := len([]rune(l)); n != Width(s, scale) {
					t.Fatalf("%q scale %d: line width %d, Width says %d", s, scale, n, Width(s, scale))
				}
			}
		}
	}
}

func TestDigitsAreDistinct(t *testing.T) {
	seen := map[string]rune{}
	for _, r := range "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" {
		g := Render(string(r), 1)
		if prev, dup := seen[g]; dup {
			t.Fatalf("%c and %c look the same", prev, r)
		}
		if !strings.Contains(g, "█") {
			t.Fatalf("%c has no glyph", r)
		}
		seen[g] = r
	}
}

func TestScaleToFit(t *testing.T) {
	if got := ScaleToFit("A012", 20, 5, 4); got != 1 {
		t.Fatalf("small box: scale %d, want 1", got)
	}
	if got := ScaleToFit("A012", 200, 60, 4); got != 4 {
		t.Fatalf("large box: scale %d, want 4 (limit)", got)
	}
	if got := ScaleToFit("A012", 40, 10, 4); got != 2 {
		t.Fatalf("40x10: scale %d, want 2", got)
	}
}
