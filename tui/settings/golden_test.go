package settings

import (
	"fmt"
	"testing"

	"motcua/tui/tuitest"
)

// Each page in both languages at both sizes; a form open on the
// services page too.
func TestGolden(t *testing.T) {
	for _, lang := range tuitest.Langs {
		for _, size := range tuitest.Sizes {
			for _, p := range []string{"1", "2", "3", "4", "5", "6", "7"} {
				t.Run(fmt.Sprintf("%s_%s_page%s", lang.Code(), size, p), func(t *testing.T) {
					m, d, _ := drive(t, lang, size.W, size.H)
					d.Press(p)
					tuitest.Golden(t, screen(*m), size)
				})
			}
			t.Run(fmt.Sprintf("%s_%s_form", lang.Code(), size), func(t *testing.T) {
				m, d, _ := drive(t, lang, size.W, size.H)
				d.Press("2", "down", "enter")
				tuitest.Golden(t, screen(*m), size)
			})
		}
	}
}
