package settings

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"motcua/intake"
	"motcua/queue"
	"motcua/tui/common"
)

// Model is the settings screen.
type Model struct {
	common.Common
	opts   Options
	desk   *intake.Desk
	keys   keyMap
	page   page
	cursor [numPages]int

	loaded bool
	rev    int64
	cfg    queue.Config
	days   []intake.SpecialDay
	err    error // the last load failed

	form   *form  // the open edit form; nil shows the page's list
	status string // what the last change did
}

// loadedMsg carries a fresh reading of the configuration and calendar.
type loadedMsg struct {
	sn   queue.Snapshot
	days []intake.SpecialDay
	err  error
}

// savedMsg says how a change ended; f is the form that made it (nil for
// a move in a list).
type savedMsg struct {
	f   *form
	err error
}

// New makes the screen for opts; Init loads the configuration.
func New(opts Options) Model {
	desk := opts.Desk
	if desk == nil {
		desk = intake.NewDesk(opts.Station.DB())
	}
	m := Model{Common: common.New(opts.Lang).In(opts.Context), opts: opts, desk: desk}
	m.keys = newKeys(m.Common, opts.Standalone)
	return m
}

// Init loads the configuration.
func (m Model) Init() tea.Cmd { return m.load() }

// load reads the station's configuration and calendar in the background.
func (m Model) load() tea.Cmd {
	st, desk, ctx := m.opts.Station, m.desk, m.Context()
	return func() tea.Msg {
		sn, err := st.Snapshot(ctx)
		if err != nil {
			return loadedMsg{err: err}
		}
		cal, err := desk.Calendar(ctx)
		if err != nil {
			return loadedMsg{err: err}
		}
		return loadedMsg{sn: sn, days: cal.Days()}
	}
}

// save runs a change of form f (nil: of the list) in the background.
func (m Model) save(f *form, fn func(ctx context.Context) error) tea.Cmd {
	ctx := m.Context()
	return func() tea.Msg { return savedMsg{f: f, err: fn(ctx)} }
}
