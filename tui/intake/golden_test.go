package intake

import (
	"fmt"
	"strings"
	"testing"

	hoso "motcua/intake"
	"motcua/tui/tuitest"
)

// scenes are the screens kept as golden files: the keys that lead to
// each, from an empty form at Monday 08:05 with ticket A001 at counter 1.
var scenes = []struct {
	name string
	keys func(d *driver)
}{
	{"empty", func(*driver) {}},
	{"errors", func(d *driver) {
		d.Type("Nguyễn Văn 2")
		d.Press("tab")
		d.Type("00109001234")
		d.Press("tab")
		d.Type("31/02/1990")
		d.Press("tab")
		d.Type("0912 345")
		d.Press("ctrl+s")
		d.Settle()
	}},
	{"search", func(d *driver) {
		d.Type(scanLine)
		d.Press("enter")
		d.Type("0912345678")
		d.focusOn(fProcedure)
		d.Type("dang ky khai sinh")
	}},
	{"checklist", func(d *driver) {
		d.fillValid()
		d.Press("k", "+", "down", "down", "k", "k")
	}},
	{"saved", func(d *driver) {
		d.fillValid()
		d.Press("ctrl+s")
		d.Until("saved", savedDone)
	}},
}

// TestGolden draws each scene in both languages at 80×24 and 160×48,
// without colours. Run with -update to rewrite testdata after reading the
// screens (cat testdata/TestGolden/*.golden). The lookup code is random:
// it is drawn as XXXX-XXXX.
func TestGolden(t *testing.T) {
	for _, sc := range scenes {
		for _, lang := range tuitest.Langs {
			for _, size := range tuitest.Sizes {
				t.Run(fmt.Sprintf("%s_%s_%s", sc.name, lang.Code(), size), func(t *testing.T) {
					w := newWorld(t)
					d := newDriver(t, w.options(lang, &fakeForms{}), size.W, size.H)
					sc.keys(d)
					out := d.screen()
					if d.m.saved != nil {
						out = strings.ReplaceAll(out, hoso.FormatLookup(d.m.saved.Lookup), "XXXX-XXXX")
					}
					tuitest.Golden(t, out, size)
				})
			}
		}
	}
}
