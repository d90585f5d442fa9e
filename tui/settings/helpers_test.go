package settings

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/tui/tuitest"
)

// drive opens the screen on a fresh demo station at w×h and waits for the
// configuration to load.
func drive(t *testing.T, lang i18n.Lang, w, h int) (*Model, *tuitest.Driver[Model], *queue.Station) {
	t.Helper()
	st, _ := queuetest.NewStation(t)
	m, d := driveOn(t, st, lang, w, h)
	return m, d, st
}

func driveOn(t *testing.T, st *queue.Station, lang i18n.Lang, w, h int) (*Model, *tuitest.Driver[Model]) {
	t.Helper()
	m := New(Options{Station: st, Lang: lang, Standalone: true})
	d := tuitest.Async(t, &m, tuitest.Concrete(Model.Update))
	d.Describe = func() string { return "screen:\n" + screen(m) }
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	d.Run(m.Init())
	d.Until("the settings", func(m Model) bool { return m.loaded && !m.audit.Loading() })
	return &m, d
}

func screen(m Model) string { return ansi.Strip(m.View().Content) }

// saved waits until the open form closed after a save.
func saved(d *tuitest.Driver[Model]) {
	d.Test().Helper()
	d.Until("the form to save and close", func(m Model) bool { return m.form == nil })
}
