package counter

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/queue"
	"motcua/tui/common"
)

// doubleCtrlC is how soon a second ctrl+c must follow the first to leave
// a serving counter open and quit anyway.
const doubleCtrlC = 2 * time.Second

// Update handles one message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.sub != nil {
		if next, cmd, done := m.routeToSub(msg); done {
			return next, cmd
		}
	}
	return m.updateOwn(msg)
}

// updateOwn is the counter's own handling of a message.
func (m Model) updateOwn(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
		m.input.SetWidth(max(10, msg.Width-8))
		m.scrollTo()
		return m, nil
	case openedMsg:
		if msg.err != nil {
			m.openErr = msg.err
			return m, nil
		}
		m.opened = true
		return m, common.LoadSnapshot(m.Context(), m.st)
	case common.SnapshotMsg:
		if msg.Err != nil {
			m.note = notice{err: msg.Err}
			// Try again a second later rather than spin on a broken file.
			return m, tea.Tick(time.Second, func(time.Time) tea.Msg { return common.RevisionMsg{} })
		}
		cmd := m.applySnapshot(msg.Snapshot)
		return m, tea.Batch(cmd, m.watch(), m.checkPending(), m.checkSync())
	case syncMsg:
		if msg.err == nil {
			m.syncState = msg.state
		}
		return m, nil
	case pendingMsg:
		if msg.err == nil {
			m.pending = msg.n
		}
		return m, nil
	case common.RevisionMsg:
		return m, common.LoadSnapshot(m.Context(), m.st)
	case doneMsg:
		m.busy = false
		m.note = msg.note
		if msg.err != nil {
			m.note = notice{err: msg.err}
		}
		if msg.ok {
			return m, tea.Batch(m.applySnapshot(msg.snap), m.checkPending())
		}
		return m, m.checkPending()
	case closedMsg:
		m.busy = false
		if msg.err != nil {
			m.note = notice{err: msg.err}
			return m, nil
		}
		return m, m.quit()
	case tickMsg:
		if msg.gen != m.tickGen {
			return m, nil // a beat of a chain that was replaced
		}
		m.now = msg.at
		return m, m.nextTick()
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	if m.mode == modeReason {
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return m, cmd
	}
	return m, nil
}

// quit leaves the screen: the program when standalone, else back to the
// launcher.
func (m Model) quit() tea.Cmd { return common.Leave(m.std) }

func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := msg.String()
	switch k {
	case "ctrl+l", "f2":
		m.Lang = m.Lang.Toggle()
		m.setPlaceholder()
		return m, nil
	case "ctrl+c":
		return m.ctrlC()
	}
	if !m.opened {
		// The counter did not open (or is still opening): only leaving makes sense.
		if k == "q" || k == "esc" {
			return m, m.quit()
		}
		return m, nil
	}
	switch m.mode {
	case modeTransfer, modeOutcome:
		return m.pickerKey(k)
	case modeReason:
		return m.reasonKey(msg)
	}
	return m.mainKey(k)
}

// ctrlC quits like q when the counter is free. While it serves (or an
// action is running), the first press explains and a second within two
// seconds quits anyway, leaving the counter open with its ticket: the same
// state a crash leaves, which OpenCounter resumes.
func (m Model) ctrlC() (tea.Model, tea.Cmd) {
	if !m.opened {
		return m, m.quit()
	}
	if m.serving() == nil && !m.busy {
		m.mode = modeMain
		m.busy = true
		return m, closeCounter(m.Context(), m.st, m.number)
	}
	now := m.st.Now()
	if !m.ctrlCAt.IsZero() && now.Sub(m.ctrlCAt) <= doubleCtrlC {
		return m, m.quit()
	}
	m.ctrlCAt = now
	display := ""
	if t := m.serving(); t != nil {
		display = t.Display
	}
	m.note = notice{key: "counter.err.ctrlc_again", args: []any{display}}
	return m, nil
}

func (m Model) mainKey(k string) (tea.Model, tea.Cmd) {
	switch k {
	case "up", "k":
		m.moveCursor(-1)
		return m, nil
	case "down", "j":
		m.moveCursor(1)
		return m, nil
	case "pgup":
		m.moveCursor(-max(1, m.layout().listRows))
		return m, nil
	case "pgdown":
		m.moveCursor(max(1, m.layout().listRows))
		return m, nil
	case "home":
		m.moveCursor(-len(m.waiting))
		return m, nil
	case "end":
		m.moveCursor(len(m.waiting))
		return m, nil
	}
	if m.busy {
		return m, nil // the first press is still at work: never call twice
	}
	cur := m.serving()
	switch k {
	case "n", "space", "enter":
		return m, m.callNext()
	case "r":
		return m, m.recall()
	case "x":
		return m, m.noShow()
	case "t":
		if cur == nil {
			return m.fail(queue.ErrNoCurrent)
		}
		m.openTransfer(*cur)
	case "f":
		if cur == nil {
			return m.fail(queue.ErrNoCurrent)
		}
		m.openOutcome()
	case "o":
		return m.askCallOut()
	case "h":
		return m.openIntake()
	case "i":
		return m.retryPrints()
	case "d":
		return m.openDossiers()
	case "p":
		switch {
		case m.counter.State == queue.Paused:
			return m, m.resume()
		case cur != nil:
			return m.fail(queue.ErrCounterBusy)
		}
		m.note = notice{}
		return m, m.askReason(reasonPause, queue.Ticket{})
	case "q":
		if cur != nil {
			m.note = notice{key: "counter.err.quit_busy", args: []any{cur.Display}}
			return m, nil
		}
		m.busy = true
		m.note = notice{}
		return m, closeCounter(m.Context(), m.st, m.number)
	}
	return m, nil
}

// fail shows an error without touching the database: the clerk would
// only be asked for something the queue is bound to refuse.
func (m Model) fail(err error) (tea.Model, tea.Cmd) {
	m.note = notice{err: err}
	return m, nil
}

func (m Model) askCallOut() (tea.Model, tea.Cmd) {
	switch {
	case m.serving() != nil:
		return m.fail(queue.ErrCounterBusy)
	case m.counter.State == queue.Paused:
		return m.fail(queue.ErrCounterPaused)
	case len(m.waiting) == 0:
		return m.fail(queue.ErrNoneWaiting)
	}
	t, ok := m.highlighted()
	if !ok {
		m.note = notice{key: "counter.err.none_chosen"}
		return m, nil
	}
	m.note = notice{}
	return m, m.askReason(reasonCallOut, t)
}
