package report

import (
	"context"
	"time"

	"charm.land/bubbles/v2/progress"
	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"motcua/queue/report"
	"motcua/tui/common"
)

// Model is the report screen.
type Model struct {
	common.Common
	opts   Options
	period report.Period
	// seq numbers the builds, so a slow build of a period the user has
	// already moved away from is dropped when it arrives.
	seq     int
	loading bool
	loaded  bool // rep holds the report of period
	rep     report.Report
	err     error
	vp      viewport.Model
	spin    spinner.Model
	bar     progress.Model
	// done and total are how far the running build has come.
	done, total int
	keys        keyMap
}

// progressMsg is how far build seq has come; more follow on ch until it
// is closed.
type progressMsg struct {
	seq, done, total int
	ch               <-chan progressMsg
}

// builtMsg carries a finished build.
type builtMsg struct {
	seq int
	rep report.Report
	err error
}

// New makes the screen for opts; Init starts building the report.
func New(opts Options) Model {
	clock := opts.Clock
	if clock == nil && opts.Station != nil {
		clock = opts.Station.DB().Clock()
	}
	m := Model{
		Common:  common.New(opts.Lang).In(opts.Context),
		opts:    opts,
		period:  opts.Period,
		loading: true,
		vp:      viewport.New(),
		spin:    spinner.New(spinner.WithSpinner(spinner.Dot)),
		bar:     progress.New(progress.WithWidth(30), progress.WithoutPercentage(), progress.WithFillCharacters('█', '░')),
	}
	if m.opts.Source == nil {
		st := opts.Station
		m.opts.Source = func(ctx context.Context, p report.Period, fn report.Progress) (report.Report, error) {
			return report.BuildWith(ctx, st.DB(), p, clock, report.Options{Progress: fn})
		}
	}
	m.vp.MouseWheelEnabled = true
	m.keys = newKeys(m.Common, opts.Standalone)
	return m
}

// Init builds the report of the period asked for.
func (m Model) Init() tea.Cmd {
	return tea.Batch(m.build(), m.spin.Tick)
}

// build makes the report of the current period in the background,
// tagged with the current seq (Init's is 0; reload bumps it first). The
// build's progress comes back as progressMsgs through a channel that is
// closed when the build ends; a step the screen is too slow to take is
// dropped, never waited for.
func (m Model) build() tea.Cmd {
	source, p, seq, ctx := m.opts.Source, m.period, m.seq, m.Context()
	ch := make(chan progressMsg, 1)
	run := func() tea.Msg {
		defer close(ch)
		rep, err := source(ctx, p, func(done, total int) {
			select {
			case ch <- progressMsg{seq: seq, done: done, total: total, ch: ch}:
			default:
			}
		})
		return builtMsg{seq: seq, rep: rep, err: err}
	}
	return tea.Batch(run, waitProgress(ch))
}

// waitProgress reads the next step of a build; nothing once it is over.
func waitProgress(ch <-chan progressMsg) tea.Cmd {
	return func() tea.Msg {
		msg, ok := <-ch
		if !ok {
			return nil
		}
		return msg
	}
}

// reload moves to period p and builds its report.
func (m *Model) reload(p report.Period) tea.Cmd {
	m.period = p
	m.seq++
	m.loading, m.loaded, m.err = true, false, nil
	m.done, m.total = 0, 0
	m.layout() // no figures of the old period under the new heading
	return tea.Batch(m.build(), m.spin.Tick)
}

// shift is the period moved by n units: days for a day, months for a
// calendar month, the period's own length for any other range.
func shift(p report.Period, n int) report.Period {
	switch {
	case p.FirstDay() == p.LastDay():
		return report.DayPeriod(p.From.AddDate(0, 0, n))
	case isMonth(p):
		return report.MonthPeriod(p.From.Year(), p.From.Month()+time.Month(n))
	}
	days := int(p.To.Sub(p.From).Hours()/24+0.5) + 1
	from := p.From.AddDate(0, 0, n*days)
	q, _ := report.RangePeriod(from, from.AddDate(0, 0, days-1))
	return q
}

// isMonth says whether p is exactly one calendar month.
func isMonth(p report.Period) bool {
	return p.From.Day() == 1 && p.To.Equal(p.From.AddDate(0, 1, -1))
}
