package kiosk

import (
	"image/color"

	"charm.land/lipgloss/v2"

	"motcua/tui/common"
)

// Kiosk-only styles: larger targets and stronger contrast than the clerk
// screens, for citizens who do not use screens every day.
var (
	barStyle = lipgloss.NewStyle().Bold(true).Foreground(common.ColorOnAccent).
			Background(common.ColorAccent).Padding(0, 1).AlignVertical(lipgloss.Center)
	chipStyle = lipgloss.NewStyle().Bold(true).Foreground(common.ColorAccent).
			Background(common.ColorOnAccent).Padding(0, 2).AlignVertical(lipgloss.Center)
	promptStyle = lipgloss.NewStyle().Bold(true).Foreground(common.ColorAccent)
	numberStyle = lipgloss.NewStyle().Bold(true).Foreground(common.ColorAccent)
)

// buttonStyle is a thick-bordered box of w×h cells in a colour.
func buttonStyle(c color.Color, w, h int) lipgloss.Style {
	return lipgloss.NewStyle().Border(lipgloss.ThickBorder()).BorderForeground(c).
		Width(w).Height(h).Padding(0, 1)
}
