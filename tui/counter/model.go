package counter

import (
	"time"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"motcua/intake"
	"motcua/queue"
	"motcua/tui/common"
)

// mode is what the keys currently drive: the main screen or one of the
// small dialogs that replace the waiting list while open.
type mode int

const (
	modeMain     mode = iota
	modeTransfer      // picker of services and counters
	modeOutcome       // picker of outcomes
	modeReason        // text prompt for a reason
)

// reasonFor says what a reason prompt is for.
type reasonFor int

const (
	reasonCallOut reasonFor = iota // call the highlighted ticket out of order
	reasonPause                    // pause the counter
)

// notice is the one line under the screen: the result of the last action
// or its error. It keeps the error itself, not its text, so that it follows
// the language toggle.
type notice struct {
	err  error
	key  string
	args []any
}

// Model is the counter screen.
type Model struct {
	common.Common
	st     *queue.Station
	number int
	clerk  string
	std    bool

	opened  bool  // OpenCounter succeeded
	openErr error // OpenCounter failed: the screen only explains and quits
	loaded  bool  // a snapshot has arrived
	snap    queue.Snapshot
	counter queue.Counter  // this counter's live state
	waiting []queue.Ticket // tickets this counter may call, in line order
	now     time.Time      // station clock at the last snapshot or tick

	cursor   int    // highlighted row of the waiting list
	cursorID string // its ticket, kept across refreshes
	offset   int    // first visible row of the waiting list

	mode    mode
	picks   []pick // rows of the open picker
	pickIdx int
	input   textinput.Model
	reason  reasonFor
	chosen  queue.Ticket // ticket the out-of-order prompt is about

	busy    bool // an action is running; more action keys are ignored
	note    notice
	ctrlCAt time.Time // first ctrl+c while serving, for the double press
	tickGen int       // generation of the running timer chain

	desk  *intake.Desk
	forms common.FormPrinter
	sub   subscreen // the intake form or dossier panel, when open

	pending int // forms waiting for the counter's printer

	sync      common.SyncStatus
	syncState common.SyncState
}

// pick is one row of a picker. Its label is made when drawn, so that it
// follows the language toggle.
type pick struct {
	heading string // key of a group title, not selectable; "" for a choice
	target  queue.Target
	outcome queue.Outcome
}

func newModel(opts Options) Model {
	in := textinput.New()
	in.Prompt = "› "
	in.CharLimit = 200
	s := in.Styles()
	s.Cursor.Blink = false // no blink timer: nothing redraws while the clerk thinks
	in.SetStyles(s)
	return Model{
		Common: common.New(opts.Lang).In(opts.Context),
		st:     opts.Station,
		number: opts.Number,
		clerk:  common.Sanitize(opts.Clerk),
		std:    opts.Standalone,
		input:  in,
		desk:   opts.Desk,
		forms:  opts.Forms,
		sync:   opts.Sync,
	}
}

// Init opens the counter; the first snapshot follows.
func (m Model) Init() tea.Cmd {
	return openCounter(m.Context(), m.st, m.number, m.clerk)
}

// serving is the ticket at the counter, nil when none.
func (m Model) serving() *queue.Ticket {
	return m.counter.Current
}

// highlighted is the waiting ticket under the cursor.
func (m Model) highlighted() (queue.Ticket, bool) {
	if m.cursor < 0 || m.cursor >= len(m.waiting) {
		return queue.Ticket{}, false
	}
	return m.waiting[m.cursor], true
}

// applySnapshot takes a newer reading of the station. Older readings (an
// action's own reading can overtake the watcher's) are dropped so the
// screen never steps back. It returns a command that restarts the timer
// when the counter starts or stops serving.
func (m *Model) applySnapshot(sn queue.Snapshot) tea.Cmd {
	if m.loaded && sn.Revision < m.snap.Revision {
		return nil
	}
	wasServing := m.serving() != nil
	m.snap, m.loaded, m.now = sn, true, sn.At
	m.counter, _ = sn.Counter(m.number)
	m.waiting = sn.WaitingFor(m.counter)
	m.keepCursor()
	var cmd tea.Cmd
	if wasServing != (m.serving() != nil) || m.tickGen == 0 {
		cmd = m.restartTimer()
	}
	return cmd
}

// keepCursor keeps the highlight on the same ticket when the list changes
// under it (another counter called a ticket above it), or as near as can be.
func (m *Model) keepCursor() {
	for i, t := range m.waiting {
		if t.ID == m.cursorID {
			m.cursor = i
			m.scrollTo()
			return
		}
	}
	m.cursor = min(m.cursor, len(m.waiting)-1)
	m.cursor = max(m.cursor, 0)
	m.cursorID = ""
	if t, ok := m.highlighted(); ok {
		m.cursorID = t.ID
	}
	m.scrollTo()
}

// moveCursor moves the highlight by d rows.
func (m *Model) moveCursor(d int) {
	if len(m.waiting) == 0 {
		return
	}
	m.cursor = max(0, min(len(m.waiting)-1, m.cursor+d))
	m.cursorID = m.waiting[m.cursor].ID
	m.scrollTo()
}

// scrollTo keeps the highlighted row inside the visible part of the list.
func (m *Model) scrollTo() {
	rows := m.layout().listRows
	if rows < 1 {
		m.offset = 0
		return
	}
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+rows {
		m.offset = m.cursor - rows + 1
	}
	m.offset = max(0, min(m.offset, len(m.waiting)-rows))
}
