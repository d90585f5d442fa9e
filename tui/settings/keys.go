package settings

import (
	"charm.land/bubbles/v2/key"

	"motcua/tui/common"
)

// keyMap are the keys of the page lists; an open form takes every key
// but esc, enter and tab.
type keyMap struct {
	Next, Prev, Up, Down, Edit, Add, Remove, MoveUp, MoveDown, Lang, Quit key.Binding
	Toggle, Password                                                      key.Binding
	Save, Cancel, Field                                                   key.Binding
}

func newKeys(c common.Common, standalone bool) keyMap {
	quit := c.Binding("q/esc", "key.back", "q", "esc")
	if standalone {
		quit = c.Binding("q", "key.quit", "q", "ctrl+c")
	}
	return keyMap{
		Next:     c.Binding("tab/1–9", "settings.key.page", "tab", "right"),
		Prev:     key.NewBinding(key.WithKeys("shift+tab", "left")),
		Up:       key.NewBinding(key.WithKeys("up", "k")),
		Down:     key.NewBinding(key.WithKeys("down", "j")),
		Edit:     c.Binding("enter", "settings.key.edit", "enter"),
		Add:      c.Binding("a", "settings.key.add", "a", "insert"),
		Remove:   c.Binding("x", "settings.key.remove", "x", "delete"),
		Toggle:   c.Binding("x", "settings.key.toggle", "x", "delete"),
		Password: c.Binding("p", "settings.key.password", "p"),
		MoveUp:   c.Binding("K/J", "settings.key.move", "K", "shift+up"),
		MoveDown: key.NewBinding(key.WithKeys("J", "shift+down")),
		Lang:     c.Binding("ctrl+l", "key.lang", "ctrl+l", "f2"),
		Quit:     quit,
		Save:     c.Binding("enter", "settings.key.save", "enter"),
		Cancel:   c.Binding("esc", "settings.key.cancel", "esc"),
		Field:    c.Binding("tab/↑/↓", "settings.key.field", "tab", "shift+tab", "up", "down"),
	}
}
