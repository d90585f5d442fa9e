package rating

import (
	tea "charm.land/bubbletea/v2"

	"motcua/queue"
	"motcua/tui/common"
)

// page is what the screen shows.
type page int

const (
	pageIdle     page = iota // "Cảm ơn quý vị", waiting for a finished ticket
	pageQuestion             // the three levels
	pageReasons              // why not satisfied (optional)
	pageThanks               // the answer was recorded
)

// Model is the rating screen.
type Model struct {
	common.Common
	opts Options
	st   *queue.Station

	page    page
	ticket  queue.Ticket // the ticket being rated (only its display is shown)
	asked   string       // ID of the last ticket asked about: never asked twice
	reasons []string     // reason codes, in order
	err     error        // the last failure, shown on the idle page
	seq     int          // numbers the page's timer, so a stale one is ignored
	saving  bool         // a Rate is on its way
}

// New returns the screen in its idle page.
func New(opts Options) Model {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.ThanksFor <= 0 {
		opts.ThanksFor = DefaultThanks
	}
	return Model{Common: common.New(opts.Lang).In(opts.Context), opts: opts, st: opts.Station}
}

// pendingMsg is the result of looking for a ticket to ask about.
type pendingMsg struct {
	rev     int64 // the revision read before looking
	watch   bool  // keep watching from rev (false for a catch-up look)
	ticket  queue.Ticket
	ok      bool
	reasons []string
	err     error
}

// ratedMsg is the result of recording a rating.
type ratedMsg struct{ err error }

// timeoutMsg ends the page it was started for (seq).
type timeoutMsg struct{ seq int }

// Init looks for a ticket to ask about.
func (m Model) Init() tea.Cmd { return m.check() }

// check reads the revision first and then looks, so a ticket finished
// between the two is not missed: the watch wakes for it.
func (m Model) check() tea.Cmd {
	st, counter := m.st, m.opts.Counter
	return func() tea.Msg {
		ctx := m.Context()
		rev, err := st.DB().Revision(ctx)
		if err != nil {
			return pendingMsg{err: err, watch: true}
		}
		t, ok, err := st.PendingRating(ctx, counter)
		if err != nil {
			return pendingMsg{rev: rev, err: err, watch: true}
		}
		var reasons []string
		if ok {
			reasons, err = st.RatingReasons(ctx)
		}
		return pendingMsg{rev: rev, watch: true, ticket: t, ok: ok, reasons: reasons, err: err}
	}
}

// rate records the answer.
func (m Model) rate(level queue.Level, reason string) tea.Cmd {
	st, id := m.st, m.ticket.ID
	return func() tea.Msg {
		_, err := st.Rate(m.Context(), id, level, reason)
		return ratedMsg{err: err}
	}
}
