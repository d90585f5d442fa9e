package audit

import (
	"charm.land/bubbles/v2/key"

	"motcua/tui/common"
)

// keyMap are the screen's keys.
type keyMap struct {
	Up, Down, Next, Prev, Filter, Clear, Lang, Quit key.Binding
}

func newKeys(c common.Common, standalone bool) keyMap {
	quit := c.Binding("q/esc", "key.back", "q", "esc")
	if standalone {
		quit = c.Binding("q", "key.quit", "q", "ctrl+c")
	}
	return keyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k")),
		Down:   key.NewBinding(key.WithKeys("down", "j")),
		Next:   c.Binding("PgDn/PgUp", "auditscreen.key.page", "pgdown", "n", "space"),
		Prev:   key.NewBinding(key.WithKeys("pgup", "p")),
		Filter: c.Binding("/", "auditscreen.key.filter", "/", "f"),
		Clear:  c.Binding("c", "auditscreen.key.clear", "c"),
		Lang:   c.Binding("ctrl+l", "key.lang", "ctrl+l", "f2"),
		Quit:   quit,
	}
}
