package board

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/queue"
	"motcua/store"
	"motcua/tui/common"
)

// Tags of the board's timers (common.TickMsg.Tag).
const (
	tagClock  = "board.clock"
	tagNotice = "board.notice"
)

// scrollEvery is the notice's step: one cell every 333 ms is 3 cells a
// second, slow enough to read from a bench in the hall, and few enough
// frames to keep an idle board under 1 % of a CPU.
const scrollEvery = 333 * time.Millisecond

// retryEvery is how soon a failed reading of the station is tried again.
const retryEvery = 2 * time.Second

// flashEndMsg ends the highlight of one call.
type flashEndMsg struct{ eventID int64 }

// retryMsg reads the station again after a failed reading.
type retryMsg struct{}

// Model is the board. It is a value; Update returns the changed copy.
type Model struct {
	common.Common
	opts Options
	st   *queue.Station

	snap    queue.Snapshot
	loaded  bool
	loadErr error
	watched bool      // a WaitForChange is outstanding (never more than one)
	now     time.Time // station time shown by the clock

	lastSeen int64        // newest call event already handled
	flashing []queue.Call // calls highlighted now

	speech   []pending // announcements waiting for the speaker
	speaking bool      // an announce command is running
	sayErr   *announceDoneMsg

	notice      string // sanitised notice line
	offset      int    // scroll position of the notice, in cells
	scrolling   bool   // a notice tick is pending
	scrollEvery time.Duration

	body string // everything but the notice line, rebuilt in Update
}

// New returns a board for the options, with the zero values replaced by
// the defaults.
func New(opts Options) Model {
	if opts.HighlightFor <= 0 {
		opts.HighlightFor = DefaultHighlight
	}
	if opts.AnnounceTimeout <= 0 {
		opts.AnnounceTimeout = DefaultAnnounceTimeout
	}
	m := Model{Common: common.New(opts.Lang).In(opts.Context), opts: opts, st: opts.Station, scrollEvery: scrollEvery}
	m.now = m.st.Now()
	m.body = m.renderBody()
	return m
}

// Init reads the station and starts the clock.
func (m Model) Init() tea.Cmd {
	return tea.Batch(common.LoadSnapshot(m.Context(), m.st), m.clockTick())
}

// Update handles one message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
	case tea.KeyPressMsg:
		switch msg.String() {
		case "ctrl+l", "f2":
			m.Lang = m.Lang.Toggle()
		case "q", "esc", "ctrl+c":
			return m, common.Leave(m.opts.Standalone)
		default:
			return m, nil
		}
	case common.SnapshotMsg:
		if msg.Err != nil {
			m.loadErr = msg.Err
			cmds = append(cmds, tea.Tick(retryEvery, func(time.Time) tea.Msg { return retryMsg{} }))
			break
		}
		m.loadErr = nil
		cmds = append(cmds, m.apply(msg.Snapshot)...)
		if !m.watched {
			m.watched = true
			cmds = append(cmds, common.WaitForChange(m.Context(), m.st, msg.Snapshot.Revision))
		}
	case common.RevisionMsg:
		m.watched = false
		return m, common.LoadSnapshot(m.Context(), m.st)
	case retryMsg:
		return m, common.LoadSnapshot(m.Context(), m.st)
	case common.TickMsg:
		switch msg.Tag {
		case tagClock:
			m.now = msg.Time
			cmds = append(cmds, m.clockTick())
			if m.loaded && dayOf(m.now) != dayOf(m.snap.At) {
				// Numbers restart at midnight: yesterday's calls leave the board.
				cmds = append(cmds, common.LoadSnapshot(m.Context(), m.st))
			}
		case tagNotice:
			// Only the notice line moves: the cached body stays as it is.
			m.scrolling = false
			if m.needsScroll() {
				m.offset++
				m.scrolling = true
				return m, m.noticeTick()
			}
			return m, nil
		default:
			return m, nil
		}
	case flashEndMsg:
		m.flashing = without(m.flashing, msg.eventID)
	case announceDoneMsg:
		m.speaking = false
		m.sayErr = nil
		if msg.err != nil {
			m.sayErr = &msg
		}
		cmds = append(cmds, m.nextAnnouncement())
	default:
		return m, nil
	}
	if !m.scrolling && m.needsScroll() {
		m.scrolling = true
		cmds = append(cmds, m.noticeTick())
	}
	m.body = m.renderBody()
	return m, tea.Batch(cmds...)
}

// apply takes a new snapshot and reacts to the calls made since the last.
func (m *Model) apply(sn queue.Snapshot) []tea.Cmd {
	first := !m.loaded
	m.snap, m.loaded = sn, true
	if sn.At.After(m.now) {
		m.now = sn.At
	}
	if n := common.Sanitize(sn.Config.Notice); n != m.notice {
		m.notice, m.offset = n, 0
	}
	var fresh []queue.Call
	for i := len(sn.Calls) - 1; i >= 0; i-- { // oldest first: the order spoken
		if c := sn.Calls[i]; c.EventID > m.lastSeen {
			fresh = append(fresh, c)
		}
	}
	if len(sn.Calls) > 0 && sn.Calls[0].EventID > m.lastSeen {
		m.lastSeen = sn.Calls[0].EventID
	}
	// The calls already on the board when it starts are not new to anyone
	// in the hall: no flash, no bell, no voice.
	if first || len(fresh) == 0 {
		return nil
	}
	var cmds []tea.Cmd
	if m.opts.Bell {
		cmds = append(cmds, tea.Raw("\a"))
	}
	for _, c := range fresh {
		m.flashing = append(m.flashing, c)
		id := c.EventID
		cmds = append(cmds, tea.Tick(m.opts.HighlightFor, func(time.Time) tea.Msg { return flashEndMsg{eventID: id} }))
		if m.opts.Announce != "" {
			m.speech = append(m.speech, pending{display: c.Display, text: Announcement(c.Display, c.Counter)})
		}
	}
	if len(m.speech) > maxPending {
		m.speech = m.speech[len(m.speech)-maxPending:]
	}
	return append(cmds, m.nextAnnouncement())
}

// clockTick wakes the board just after the next minute of the station
// clock, so the clock changes on the minute and the board sleeps between.
func (m Model) clockTick() tea.Cmd {
	now := m.st.Now()
	next := now.Truncate(time.Minute).Add(time.Minute)
	return common.Tick(m.st, tagClock, next.Sub(now)+20*time.Millisecond)
}

// noticeTick waits for the notice's next step. Each frame costs Bubble Tea
// a comparison of the whole screen (about 0.3 µs a cell here), so on a
// screen larger than bigArea the steps are spaced out in proportion: the
// CPU a moving notice takes stays near 0.5 % on a wall-sized terminal.
// (On a large screen only a notice longer than maxNoticeLines moves.)
func (m Model) noticeTick() tea.Cmd {
	d := m.scrollEvery
	if area := m.Width * m.Height; area > bigArea {
		d = d * time.Duration(area) / bigArea
	}
	return common.Tick(m.st, tagNotice, d)
}

// bigArea is the screen size (in cells) up to which the notice moves at
// full speed.
const bigArea = 100 * 50

// isFlashing reports whether a call event is highlighted.
func (m Model) isFlashing(eventID int64) bool {
	for _, c := range m.flashing {
		if c.EventID == eventID {
			return true
		}
	}
	return false
}

// counterFlashing reports whether a counter was just called to.
func (m Model) counterFlashing(c queue.Counter) bool {
	if c.Current == nil {
		return false
	}
	for _, f := range m.flashing {
		if f.Counter == c.Number && f.Display == c.Current.Display {
			return true
		}
	}
	return false
}

func without(calls []queue.Call, eventID int64) []queue.Call {
	out := make([]queue.Call, 0, len(calls))
	for _, c := range calls {
		if c.EventID != eventID {
			out = append(out, c)
		}
	}
	return out
}

func dayOf(t time.Time) string { return store.Day(t) }
