package kiosk

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/queue"
	"motcua/tui/common"
)

// page is what the kiosk shows.
type page int

const (
	pageStart    page = iota // service buttons
	pagePriority             // priority question
	pageTicket               // the issued ticket
	pagePIN                  // admin exit prompt
	pageLookup               // dossier code entry (lookup.go)
	pageResult               // a dossier's public state
	pageRate                 // the rating question (rating.go)
)

// Model is the kiosk screen.
type Model struct {
	common.Common
	opts Options
	st   *queue.Station

	snap    queue.Snapshot
	loaded  bool
	loadErr error

	page    page
	shownAt time.Time // station time the page appeared, for the input guards

	service  string // chosen on the start page
	issuing  bool   // an Issue is in flight: all input but the language waits
	issueErr error  // last failed issue, shown on the start page

	ticket    queue.Ticket
	ticketEst queue.Estimate // estimate at issue, until a snapshot knows the ticket
	ticketRev int64          // revision of the first snapshot that knows it
	printing  bool
	printErr  error

	pin      []rune
	pinWrong bool

	lookup lookupState // the dossier lookup pages
	rate   rateState   // the rating question (rating.go)

	// deadline is when the current page gives up (zero: never); timerSeq
	// names the one timer that may act on it, so older timers are ignored.
	deadline time.Time
	timerSeq int

	// after and watch are tea.Tick and common.WaitForChange; tests replace
	// them to run the kiosk without real timers or blocking waits.
	after func(d time.Duration, msg tea.Msg) tea.Cmd
	watch func(since int64) tea.Cmd
}

// New returns the kiosk on its start page.
func New(opts Options) Model {
	opts = opts.withDefaults()
	st := opts.Station
	c := common.New(opts.Lang).In(opts.Context)
	return Model{
		Common: c, opts: opts, st: st,
		after: func(d time.Duration, msg tea.Msg) tea.Cmd {
			return tea.Tick(d, func(time.Time) tea.Msg { return msg })
		},
		watch: func(since int64) tea.Cmd { return common.WaitForChange(c.Context(), st, since) },
	}
}

// Init loads the station; the snapshot watch keeps it fresh from then on.
func (m Model) Init() tea.Cmd { return common.LoadSnapshot(m.Context(), m.st) }

// timerMsg wakes the kiosk to check its deadline.
type timerMsg struct{ seq int }

// issuedMsg reports the end of an Issue, with a snapshot read after it.
type issuedMsg struct {
	ticket queue.Ticket
	err    error
	snap   queue.Snapshot
	snapOK bool
}

// printedMsg reports the end of printing a ticket.
type printedMsg struct {
	ticketID string
	err      error
}

// retryLoadMsg asks for a new snapshot after a failed one.
type retryLoadMsg struct{}

// setDeadline makes the current page give up after d of station time.
func (m *Model) setDeadline(d time.Duration) tea.Cmd {
	m.deadline = m.st.Now().Add(d)
	return m.armTimer(d)
}

func (m *Model) armTimer(d time.Duration) tea.Cmd {
	m.timerSeq++
	seq := m.timerSeq
	return m.after(d, timerMsg{seq: seq})
}

func (m *Model) clearDeadline() {
	m.deadline = time.Time{}
	m.timerSeq++
}

// since is how long the current page has been shown.
func (m Model) since() time.Duration { return m.st.Now().Sub(m.shownAt) }

func (m *Model) show(p page) {
	m.page = p
	m.shownAt = m.st.Now()
}

// goStart returns to the start page for the next citizen.
func (m *Model) goStart() {
	m.show(pageStart)
	m.Lang = m.opts.Lang
	m.service, m.ticket, m.printing, m.printErr = "", queue.Ticket{}, false, nil
	m.pin, m.pinWrong = nil, false
	m.lookup = lookupState{}
	m.clearDeadline()
}
