package common

import (
	"charm.land/lipgloss/v2"
)

// MinWidth and MinHeight are the smallest terminal every screen works in.
const (
	MinWidth  = 80
	MinHeight = 24
)

// TooSmall returns the polite message shown instead of a screen when the
// terminal is smaller than w×h, and whether it is. A size of 0×0 (not yet
// known) is not too small: the first WindowSizeMsg decides.
func (c Common) TooSmall(w, h int) (string, bool) {
	if c.Width == 0 && c.Height == 0 {
		return "", false
	}
	if c.Width >= w && c.Height >= h {
		return "", false
	}
	msg := c.T("screen.too_small", w, h, c.Width, c.Height)
	box := lipgloss.NewStyle().Width(max(c.Width-2, 10)).Render(msg)
	return lipgloss.Place(c.Width, c.Height, lipgloss.Center, lipgloss.Center, box), true
}

// Place centres s in the screen.
func (c Common) Place(s string) string {
	return lipgloss.Place(c.Width, c.Height, lipgloss.Center, lipgloss.Center, s)
}
