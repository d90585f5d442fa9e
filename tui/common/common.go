// Package common is what every motcua screen shares: the terminal size and
// language, styles, the screen-size guard, the messages that carry station
// snapshots, and the mapping from errors to sentences of the translation
// table. Screens live in their own packages (tui/kiosk, tui/counter, …).
package common

import (
	"context"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"

	"motcua/assets/i18n"
)

// Common is embedded by value in every screen model.
type Common struct {
	Width, Height int
	Lang          i18n.Lang
	Styles        Styles

	// Ctx is what the screen's work runs in. Over SSH it is the session's:
	// it carries the logged-in account (store.Actor), so every action is
	// audited under that name, and it ends when the session ends. Nil
	// means a local screen (context.Background).
	Ctx context.Context
}

// Context is the context for the screen's work (see Ctx).
func (c Common) Context() context.Context {
	if c.Ctx == nil {
		return context.Background()
	}
	return c.Ctx
}

// New returns the shared state for a screen in a language.
func New(lang i18n.Lang) Common {
	return Common{Lang: lang, Styles: DefaultStyles()}
}

// SetSize records the terminal size.
func (c *Common) SetSize(w, h int) { c.Width, c.Height = w, h }

// T is i18n.T in the screen's language.
func (c Common) T(key string, args ...any) string { return i18n.T(c.Lang, key, args...) }

// Binding makes a key binding whose help text comes from the translation
// table, so the help bar follows the language toggle.
func (c Common) Binding(helpKey, descKey string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, c.T(descKey)))
}

// HelpBar renders one line of key help that fits the width.
func (c Common) HelpBar(bindings ...key.Binding) string {
	h := help.New()
	h.Styles = c.Styles.Help
	h.SetWidth(c.Width)
	return h.ShortHelpView(bindings)
}

// In returns c working in ctx (see Ctx).
func (c Common) In(ctx context.Context) Common {
	c.Ctx = ctx
	return c
}
