package audit

import (
	"motcua/assets/i18n"

	"charm.land/bubbles/v2/key"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"motcua/store"
	"motcua/tui/common"
)

// Model is the audit screen.
type Model struct {
	common.Common
	opts   Options
	keys   keyMap
	filter store.AuditFilter

	page    int // 0 = the newest entries
	seq     int // numbers the loads, so a stale one is dropped
	got     int // the seq of the page shown
	loaded  bool
	entries []store.AuditEntry
	total   int
	cursor  int
	err     error

	host []key.Binding // a host screen's keys, shown after ours

	editing bool // the filter form is open
	inputs  []textinput.Model
	focus   int
	formErr string
}

// loadedMsg carries one page of the trail.
type loadedMsg struct {
	seq     int
	entries []store.AuditEntry
	total   int
	err     error
}

// changedMsg says the database changed (standalone screens watch it).
type changedMsg struct{}

// New makes the screen for opts; Init loads the newest page.
func New(opts Options) Model {
	m := Model{Common: common.New(opts.Lang).In(opts.Context), opts: opts, filter: opts.Filter, got: -1}
	m.filter.Limit, m.filter.Offset = 0, 0
	m.keys = newKeys(m.Common, opts.Standalone)
	return m
}

// Init loads the newest page and, on its own, watches the database.
func (m Model) Init() tea.Cmd {
	if m.opts.Embedded {
		return m.load()
	}
	return tea.Batch(m.load(), m.watch())
}

// Editing reports whether the filter form is open: a host screen then
// passes every key here.
func (m Model) Editing() bool { return m.editing }

// Loading reports whether a page is being read (tests wait on it).
func (m Model) Loading() bool { return m.got != m.seq }

// Reload reads the current page again: a host screen calls it when the
// database changed.
func (m Model) Reload() (Model, tea.Cmd) {
	m.seq++
	return m, m.load()
}

// pageSize is how many entries fit on the screen.
func (m Model) pageSize() int { return max(m.Height-m.chromeLines(), 1) }

// load reads the current page of the trail in the background.
func (m Model) load() tea.Cmd {
	db, f, seq, ctx := m.opts.DB, m.filter, m.seq, m.Context()
	f.Limit, f.Offset = m.pageSize(), m.page*m.pageSize()
	return func() tea.Msg {
		total, err := db.AuditCount(ctx, f)
		if err != nil {
			return loadedMsg{seq: seq, err: err}
		}
		entries, err := db.AuditTrail(ctx, f)
		return loadedMsg{seq: seq, entries: entries, total: total, err: err}
	}
}

// watch waits for the next change of the database.
func (m Model) watch() tea.Cmd {
	db, ctx := m.opts.DB, m.Context()
	return func() tea.Msg {
		rev, err := db.Revision(ctx)
		if err == nil {
			_, err = db.WaitForChange(ctx, rev)
		}
		if err != nil {
			return nil // the session ended, or a broken database: the next load says so
		}
		return changedMsg{}
	}
}

// pages is how many pages the filter selects (at least one).
func (m Model) pages() int {
	n := m.pageSize()
	return max((m.total+n-1)/n, 1)
}

// SetLang switches the screen's language (a host screen's toggle).
func (m Model) SetLang(l i18n.Lang) Model {
	m.Lang = l
	m.keys = newKeys(m.Common, m.opts.Standalone)
	return m
}

// WithHelp adds a host screen's keys (change tab, leave) to the help bar
// of an embedded trail.
func (m Model) WithHelp(b ...key.Binding) Model {
	m.host = b
	return m
}
