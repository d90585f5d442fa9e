package rating

import (
	"fmt"
	"testing"

	"motcua/tui/tuitest"
)

// The four pages in both languages at both sizes.
func TestGolden(t *testing.T) {
	pages := []struct {
		name string
		keys []string
	}{
		{"idle", nil},
		{"question", []string{}},
		{"reasons", []string{"3"}},
		{"thanks", []string{"1"}},
	}
	for _, lang := range tuitest.Langs {
		for _, size := range tuitest.Sizes {
			for _, p := range pages {
				t.Run(fmt.Sprintf("%s_%s_%s", p.name, lang.Code(), size), func(t *testing.T) {
					st, clock := newStation(t)
					if p.keys != nil {
						finish(t, st, clock, 1, "hotich")
					}
					m, d := drive(t, st, lang.Code(), size.W, size.H)
					if p.keys != nil {
						d.Until("question", func(m Model) bool { return m.page == pageQuestion })
					}
					d.Press(p.keys...)
					d.Settle()
					tuitest.Golden(t, screen(*m), size)
				})
			}
		}
	}
}
