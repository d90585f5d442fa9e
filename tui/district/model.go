// Package district is the district (or province) hub's view of its
// communes: one row per commune with its last successful sync, records
// received today, the backlog the station reports and its clock offset,
// problems first; Enter opens a commune's activity, overdue dossiers,
// missing records and conflicts; b opens the activity report of all
// communes, or of the open commune, built from the synced records. It reads the hub database (package hub)
// on a slow tick, since a PostgreSQL hub has no revision to watch.
package district

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/hub"
	"motcua/store"
	"motcua/tui/common"
	reportscreen "motcua/tui/report"
)

// RefreshEvery is how often the view rereads the hub: syncs arrive every
// few minutes at most, and each reading is a handful of queries.
const RefreshEvery = 5 * time.Second

// GapsEvery is how often the (costlier) search for missing records runs.
const GapsEvery = time.Minute

// Options configure the district view.
type Options struct {
	// Context is the context of the screen's work: over SSH the session's,
	// with the logged-in account; nil for a local screen.
	Context    context.Context
	Hub        *hub.Hub
	Lang       i18n.Lang
	Standalone bool
	// Label is the level shown in the title: "huyện" (default) or "tỉnh".
	Label string
	// Clock gives "now" for relative times; SystemClock when nil.
	Clock store.Clock
}

// Model is the district view.
type Model struct {
	common.Common
	opts Options

	rows    []hub.StationStatus // sorted, problems first
	gaps    map[string]bool     // stations with missing seq ranges
	gapsAt  time.Time           // when gaps were computed
	loaded  bool
	loading bool
	err     error
	at      time.Time // when rows were read
	cursor  int

	drill    *hub.Drill // the open commune, nil on the list
	drillID  string
	drillErr error

	report *reportscreen.Model // the open report page (report.go), nil when none
}

// New returns the view; Init starts reading the hub.
func New(opts Options) Model {
	if opts.Clock == nil {
		opts.Clock = store.SystemClock{}
	}
	return Model{Common: common.New(opts.Lang).In(opts.Context), opts: opts}
}

// Init reads the hub and starts the refresh tick.
func (m Model) Init() tea.Cmd {
	return tea.Batch(m.load(), tick())
}

// Run runs the view as its own program.
func Run(ctx context.Context, opts Options) error {
	_, err := common.Run(ctx, New(opts), 10)
	return err
}

// tickMsg asks for a reread.
type tickMsg struct{}

func tick() tea.Cmd {
	return tea.Tick(RefreshEvery, func(time.Time) tea.Msg { return tickMsg{} })
}

// loadedMsg carries the stations' state.
type loadedMsg struct {
	rows   []hub.StationStatus
	gaps   map[string]bool
	gapsAt time.Time
	at     time.Time
	err    error
}

// drillMsg carries one commune's page.
type drillMsg struct {
	id    string
	drill hub.Drill
	err   error
}

// load reads every station, and which of them have gaps when the last
// search is older than GapsEvery.
func (m Model) load() tea.Cmd {
	h, clock, gaps, gapsAt := m.opts.Hub, m.opts.Clock, m.gaps, m.gapsAt
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(m.Context(), 30*time.Second)
		defer cancel()
		rows, err := h.Stations(ctx)
		if err != nil {
			return loadedMsg{err: err}
		}
		msg := loadedMsg{rows: rows, gaps: gaps, gapsAt: gapsAt, at: clock.Now()}
		// Finding gaps reads the whole records index: once a minute is
		// enough for a warning that only changes when batches arrive.
		if gaps == nil || msg.at.Sub(gapsAt) >= GapsEvery || msg.at.Before(gapsAt) {
			if msg.gaps, err = h.GapStations(ctx); err != nil {
				return loadedMsg{err: err}
			}
			msg.gapsAt = msg.at
		}
		return msg
	}
}

// loadDrill reads one commune's page.
func (m Model) loadDrill(id string) tea.Cmd {
	h := m.opts.Hub
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(m.Context(), 30*time.Second)
		defer cancel()
		d, err := h.CommuneDrill(ctx, id)
		return drillMsg{id: id, drill: d, err: err}
	}
}
