package common

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Colours chosen for contrast on old monitors and hall TVs, not taste.
var (
	ColorAccent   color.Color = lipgloss.Color("#005FAF") // national-service blue
	ColorPriority color.Color = lipgloss.Color("#D70000")
	ColorOK       color.Color = lipgloss.Color("#008700")
	ColorWarn     color.Color = lipgloss.Color("#AF8700")
	ColorMuted    color.Color = lipgloss.Color("#808080")
	ColorFlash    color.Color = lipgloss.Color("#FFD700")
	ColorOnAccent color.Color = lipgloss.Color("#FFFFFF")
)

// Styles are the shared lip gloss styles of all screens.
type Styles struct {
	Title    lipgloss.Style // screen title bar
	Header   lipgloss.Style
	Muted    lipgloss.Style
	Bold     lipgloss.Style
	Priority lipgloss.Style // priority tickets and their marker
	Error    lipgloss.Style
	OK       lipgloss.Style
	Warn     lipgloss.Style
	Box      lipgloss.Style // a bordered panel
	Selected lipgloss.Style // highlighted row or button
	Button   lipgloss.Style
	Flash    lipgloss.Style // a call that just happened
	Help     help.Styles
}

// DefaultStyles returns the styles of the application.
func DefaultStyles() Styles {
	h := help.DefaultDarkStyles()
	h.ShortKey = lipgloss.NewStyle().Bold(true)
	h.ShortDesc = lipgloss.NewStyle().Foreground(ColorMuted)
	h.ShortSeparator = lipgloss.NewStyle().Foreground(ColorMuted)
	return Styles{
		Title:    lipgloss.NewStyle().Bold(true).Foreground(ColorOnAccent).Background(ColorAccent).Padding(0, 1),
		Header:   lipgloss.NewStyle().Bold(true).Foreground(ColorAccent),
		Muted:    lipgloss.NewStyle().Foreground(ColorMuted),
		Bold:     lipgloss.NewStyle().Bold(true),
		Priority: lipgloss.NewStyle().Bold(true).Foreground(ColorPriority),
		Error:    lipgloss.NewStyle().Bold(true).Foreground(ColorPriority),
		OK:       lipgloss.NewStyle().Foreground(ColorOK),
		Warn:     lipgloss.NewStyle().Foreground(ColorWarn),
		Box:      lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(ColorAccent).Padding(0, 1),
		Selected: lipgloss.NewStyle().Bold(true).Foreground(ColorOnAccent).Background(ColorAccent),
		Button:   lipgloss.NewStyle().Border(lipgloss.ThickBorder()).BorderForeground(ColorAccent).Padding(0, 2),
		Flash:    lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#000000")).Background(ColorFlash),
		Help:     h,
	}
}
