package intake

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"motcua/assets/i18n"
	hoso "motcua/intake"
)

// scenes are the screens kept as golden files: the keys that lead to
// each, from an empty form at Monday 08:05 with ticket A001 at counter 1.
var scenes = []struct {
	name string
	keys func(d *driver)
}{
	{"empty", func(*driver) {}},
	{"errors", func(d *driver) {
		d.typeText("Nguyễn Văn 2")
		d.press("tab")
		d.typeText("00109001234")
		d.press("tab")
		d.typeText("31/02/1990")
		d.press("tab")
		d.typeText("0912 345")
		d.press("ctrl+s")
		d.settle()
	}},
	{"search", func(d *driver) {
		d.typeText(scanLine)
		d.press("enter")
		d.typeText("0912345678")
		d.focusOn(fProcedure)
		d.typeText("dang ky khai sinh")
	}},
	{"checklist", func(d *driver) {
		d.fillValid()
		d.press("k", "+", "down", "down", "k", "k")
	}},
	{"saved", func(d *driver) {
		d.fillValid()
		d.press("ctrl+s")
		d.until("saved", savedDone)
	}},
}

// TestGolden draws each scene in both languages at 80×24 and 160×48,
// without colours. Run with -update to rewrite testdata after reading the
// screens (cat testdata/TestGolden/*.golden). The lookup code is random:
// it is drawn as XXXX-XXXX.
func TestGolden(t *testing.T) {
	for _, sc := range scenes {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			for _, size := range [][2]int{{80, 24}, {160, 48}} {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", sc.name, lang.Code(), size[0], size[1]), func(t *testing.T) {
					w := newWorld(t)
					d := newDriver(t, w.options(lang, &fakeForms{}), size[0], size[1])
					sc.keys(d)
					out := d.screen()
					if d.m.saved != nil {
						out = strings.ReplaceAll(out, hoso.FormatLookup(d.m.saved.Lookup), "XXXX-XXXX")
					}
					lines := strings.Split(out, "\n")
					if len(lines) != size[1] {
						t.Errorf("%d lines, want %d", len(lines), size[1])
					}
					for i, l := range lines {
						if n := len([]rune(l)); n > size[0] {
							t.Errorf("line %d is %d cells wide: %q", i+1, n, l)
						}
					}
					golden.RequireEqual(t, out)
				})
			}
		}
	}
}
