// Package launcher is the first screen of `motcua` with no arguments: it
// lists the kiosk, every counter and the board, and opens the one chosen in
// the same terminal. Leaving a screen comes back here.
package launcher

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/queue"
	"motcua/tui/board"
	"motcua/tui/common"
	"motcua/tui/counter"
	"motcua/tui/kiosk"
	"motcua/tui/settings"
)

// Options configure the launcher.
type Options struct {
	// Context is the context of the screen's work: over SSH the session's,
	// with the logged-in account; nil for a local screen.
	Context context.Context
	Station *queue.Station
	Lang    i18n.Lang
	// Print is handed to the kiosk (nil: no ticket printer).
	Print func(ctx context.Context, t queue.Ticket, est queue.Estimate) error
	// Announce and Bell are handed to the board.
	Announce string
	Bell     bool
	// Desk and Forms are handed to the counters (dossiers and their
	// forms) and the kiosk (dossier lookup); nil leaves those out.
	Desk  *intake.Desk
	Forms common.FormPrinter
	// Sync is handed to the counters for their header.
	Sync common.SyncStatus
	// Settings adds the settings screen (with the audit trail) to the
	// menu: for an admin, at the station PC or in an admin's SSH session.
	Settings bool
	// TakeCounter, when set, holds a counter for this launcher while its
	// screen is open, so that two SSH sessions never serve at the same
	// counter; false means another holds it. nil: no other session (one PC).
	TakeCounter func(number int) (release func(), ok bool)
	// CounterHolder, when set, names who holds a counter now, so the menu
	// shows a taken counter as taken before anyone picks it.
	CounterHolder func(number int) (name string, held bool)
}

// entry is one line of the menu.
type entry struct {
	kind    string // "kiosk", "counter", "board", "settings"
	counter int
}

// Model is the launcher, or the screen it opened.
type Model struct {
	common.Common
	opts    Options
	entries []entry
	cursor  int
	child   tea.Model // the open screen; nil shows the menu
	err     error
	note    string // why the chosen screen did not open
	release func() // gives back the counter of the open screen
}

// New returns the launcher.
func New(opts Options) Model {
	return Model{Common: common.New(opts.Lang).In(opts.Context), opts: opts}
}

// Run shows the launcher until the user quits.
func Run(ctx context.Context, opts Options) error {
	_, err := common.Run(ctx, New(opts), 0)
	return err
}

type configMsg struct {
	cfg queue.Config
	err error
}

func (m Model) loadConfig() tea.Cmd {
	return func() tea.Msg {
		cfg, err := m.opts.Station.Config(m.Context())
		return configMsg{cfg, err}
	}
}

// Init loads the list of counters.
func (m Model) Init() tea.Cmd { return m.loadConfig() }

func (m Model) open(e entry) (Model, tea.Cmd) {
	m.note = ""
	switch e.kind {
	case "kiosk":
		m.child = kiosk.New(kiosk.Options{Context: m.Context(), Station: m.opts.Station, Lang: m.Lang, Print: m.opts.Print, Desk: m.opts.Desk})
	case "counter":
		if m.opts.TakeCounter != nil {
			release, ok := m.opts.TakeCounter(e.counter)
			if !ok {
				m.note = m.T("hall.counter_taken", e.counter)
				return m, nil
			}
			m.release = release
		}
		m.child = counter.New(counter.Options{Context: m.Context(), Station: m.opts.Station, Number: e.counter, Lang: m.Lang,
			Desk: m.opts.Desk, Forms: m.opts.Forms, Sync: m.opts.Sync})
	case "board":
		m.child = board.New(board.Options{Context: m.Context(), Station: m.opts.Station, Lang: m.Lang, Announce: m.opts.Announce, Bell: m.opts.Bell})
	case "settings":
		m.child = settings.New(settings.Options{Context: m.Context(), Station: m.opts.Station, Desk: m.opts.Desk, Lang: m.Lang})
	}
	size := tea.WindowSizeMsg{Width: m.Width, Height: m.Height}
	child, cmd := m.child.Update(size)
	m.child = child
	return m, tea.Batch(m.child.Init(), cmd)
}

func (m Model) label(e entry) string {
	switch e.kind {
	case "kiosk":
		return m.T("launcher.kiosk")
	case "counter":
		if m.opts.CounterHolder != nil {
			if name, held := m.opts.CounterHolder(e.counter); held {
				return m.T("launcher.counter_held", e.counter, common.Sanitize(name))
			}
		}
		return m.T("launcher.counter", e.counter)
	case "settings":
		return m.T("settings.launcher")
	}
	return m.T("launcher.board")
}

func (m Model) entryAt(y int) (int, bool) {
	i := y - menuTop
	if i >= 0 && i < len(m.entries) {
		return i, true
	}
	return 0, false
}
