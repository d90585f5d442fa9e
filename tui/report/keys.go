package report

import (
	"charm.land/bubbles/v2/key"

	"motcua/tui/common"
)

// keyMap are the screen's keys; the viewport keeps its own for scrolling
// (↑/↓, PgUp/PgDn, mouse wheel), and home/end are added here.
type keyMap struct {
	Scroll, Top, Bottom, Prev, Next, Lang, Quit key.Binding
}

func newKeys(c common.Common, standalone bool) keyMap {
	quit := c.Binding("q/esc", "key.back", "q", "esc")
	if standalone {
		quit = c.Binding("q/esc", "key.quit", "q", "esc", "ctrl+c")
	}
	return keyMap{
		Scroll: c.Binding("↑/↓/PgUp/PgDn", "reportscreen.key.scroll", "up", "down", "pgup", "pgdown"),
		Top:    key.NewBinding(key.WithKeys("home", "g")),
		Bottom: key.NewBinding(key.WithKeys("end", "G")),
		Prev:   c.Binding("←/→", "reportscreen.key.period", "left", "h"),
		Next:   key.NewBinding(key.WithKeys("right", "l")),
		Lang:   c.Binding("ctrl+l/F2", "key.lang", "ctrl+l", "f2"),
		Quit:   quit,
	}
}

func (k keyMap) help() []key.Binding { return []key.Binding{k.Scroll, k.Prev, k.Lang, k.Quit} }
