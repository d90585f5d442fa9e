package district

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"motcua/assets/i18n"
)

// checkScreen fails when a line is wider than the terminal or the screen
// has more lines than it.
func checkScreen(t *testing.T, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) > h {
		t.Errorf("%d lines on a %d-line screen", len(lines), h)
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			t.Errorf("line %d is %d wide (> %d): %q", i+1, ansi.StringWidth(l), w, l)
		}
	}
}

func TestGolden(t *testing.T) {
	for _, page := range []string{"list", "drill"} {
		for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
			for _, size := range [][2]int{{80, 24}, {160, 48}} {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", page, lang.Code(), size[0], size[1]), func(t *testing.T) {
					h, clock := district(t)
					m := loaded(t, Options{Hub: h, Lang: lang, Standalone: true, Label: "huyện", Clock: clock}, size[0], size[1])
					if page == "drill" {
						// Long Thành: gaps and overdue dossiers.
						for m.Selected() != "26743" {
							m = drive(t, m, key("down"))
						}
						m = drive(t, m, key("enter"))
					}
					screen := ansi.Strip(m.View().Content)
					checkScreen(t, screen, size[0], size[1])
					golden.RequireEqual(t, screen)
				})
			}
		}
	}
}
