package settings

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"motcua/intake"
	"motcua/queue"
	"motcua/queue/accounts"
	"motcua/tui/audit"
	"motcua/tui/common"
)

// Model is the settings screen.
type Model struct {
	common.Common
	opts   Options
	desk   *intake.Desk
	roster *accounts.Roster
	keys   keyMap
	page   page
	cursor [numPages]int

	loaded   bool
	rev      int64
	cfg      queue.Config
	days     []intake.SpecialDay
	accounts []accounts.Account
	err      error // the last load failed

	form   *form  // the open edit form; nil shows the page's list
	status string // what the last change did

	audit audit.Model // the Nhật ký tab
}

// loadedMsg carries a fresh reading of the configuration and calendar.
type loadedMsg struct {
	sn       queue.Snapshot
	days     []intake.SpecialDay
	accounts []accounts.Account
	err      error
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
	m := Model{Common: common.New(opts.Lang).In(opts.Context), opts: opts, desk: desk,
		roster: accounts.NewRoster(opts.Station.DB())}
	m.keys = newKeys(m.Common, opts.Standalone)
	m.audit = audit.New(audit.Options{Context: opts.Context, DB: opts.Station.DB(), Lang: opts.Lang, Embedded: true}).
		WithHelp(m.keys.Next, m.keys.Quit)
	return m
}

// Init loads the configuration and the audit trail's first page.
func (m Model) Init() tea.Cmd { return tea.Batch(m.load(), m.audit.Init()) }

// auditTop is how many lines of the screen are above the audit tab's
// content (title, tabs, the page's hint).
const auditTop = 3

// updateAudit passes msg to the audit tab.
func (m Model) updateAudit(msg tea.Msg) (Model, tea.Cmd) {
	next, cmd := m.audit.Update(msg)
	m.audit = next.(audit.Model)
	return m, cmd
}

// load reads the station's configuration, calendar and accounts in the
// background.
func (m Model) load() tea.Cmd {
	st, desk, roster, ctx := m.opts.Station, m.desk, m.roster, m.Context()
	return func() tea.Msg {
		sn, err := st.Snapshot(ctx)
		if err != nil {
			return loadedMsg{err: err}
		}
		cal, err := desk.Calendar(ctx)
		if err != nil {
			return loadedMsg{err: err}
		}
		list, err := roster.List(ctx)
		if err != nil {
			return loadedMsg{err: err}
		}
		return loadedMsg{sn: sn, days: cal.Days(), accounts: list}
	}
}

// save runs a change of form f (nil: of the list) in the background.
func (m Model) save(f *form, fn func(ctx context.Context) error) tea.Cmd {
	ctx := m.Context()
	return func() tea.Msg { return savedMsg{f: f, err: fn(ctx)} }
}
