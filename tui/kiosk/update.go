package kiosk

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/tui/common"
)

// Update handles one message; then, when the kiosk is idle on its start
// page, it may ask the rating question (rating.go).
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.update(msg)
	k := next.(Model)
	if ask := k.askIfIdle(); ask != nil {
		return k, tea.Batch(cmd, ask)
	}
	return k, cmd
}

func (m Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case unratedMsg:
		return m.onUnrated(msg)
	case ratedMsg:
		return m.onRated(msg)
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
		return m, nil
	case common.SnapshotMsg:
		return m.onSnapshot(msg)
	case common.RevisionMsg:
		return m, common.LoadSnapshot(m.Context(), m.st)
	case retryLoadMsg:
		return m, common.LoadSnapshot(m.Context(), m.st)
	case timerMsg:
		return m.onTimer(msg)
	case issuedMsg:
		return m.onIssued(msg)
	case printedMsg:
		return m.onPrinted(msg)
	case lookedUpMsg:
		return m.onLookedUp(msg)
	case tea.KeyPressMsg:
		return m.onKey(msg)
	case tea.PasteMsg:
		if m.page == pageLookup && !m.lookup.looking {
			m.typeLookup(msg.Content)
			return m, m.setDeadline(m.opts.Idle)
		}
	case tea.MouseClickMsg:
		if msg.Button == tea.MouseLeft {
			return m.onClick(msg.X, msg.Y)
		}
	}
	return m, nil
}

func (m Model) onSnapshot(msg common.SnapshotMsg) (tea.Model, tea.Cmd) {
	if msg.Err != nil {
		m.loadErr = msg.Err
		// The revision is unknown, so waiting for a change could wait
		// forever: try again a little later instead.
		return m, m.after(time.Second, retryLoadMsg{})
	}
	m.loadErr = nil
	// A snapshot read after an issue may be newer than one the watch
	// loaded concurrently; never step back.
	if !m.loaded || msg.Snapshot.Revision >= m.snap.Revision {
		m.snap, m.loaded = msg.Snapshot, true
	}
	return m, tea.Batch(m.watch(m.snap.Revision), m.lookUnrated())
}

// onTimer acts on the page's deadline when it has passed on the station
// clock; a timer that woke early sleeps again for the rest.
func (m Model) onTimer(msg timerMsg) (tea.Model, tea.Cmd) {
	if msg.seq != m.timerSeq || m.deadline.IsZero() {
		return m, nil
	}
	if left := m.deadline.Sub(m.st.Now()); left > 0 {
		return m, m.armTimer(left)
	}
	switch m.page {
	case pageStart:
		m.issueErr = nil
		m.clearDeadline()
	case pageTicket:
		if m.printing {
			return m, m.setDeadline(printExtend)
		}
		m.goStart()
	default:
		m.goStart()
	}
	return m, nil
}

func (m Model) onIssued(msg issuedMsg) (tea.Model, tea.Cmd) {
	m.issuing = false
	if msg.err != nil {
		m.goStart()
		m.issueErr = msg.err
		return m, m.setDeadline(m.opts.Idle)
	}
	m.issueErr = nil
	m.ticket = msg.ticket
	m.ticketEst = m.snap.EstimateNew(msg.ticket.Service, msg.ticket.Priority)
	m.ticketRev = m.snap.Revision + 1
	if msg.snapOK {
		if est, ok := msg.snap.Position(msg.ticket.ID); ok {
			m.ticketEst = est
		}
		m.ticketRev = msg.snap.Revision
		if msg.snap.Revision >= m.snap.Revision {
			m.snap, m.loaded = msg.snap, true
		}
	}
	m.show(pageTicket)
	cmds := []tea.Cmd{m.setDeadline(m.opts.TicketTimeout)}
	if m.opts.Print != nil {
		m.printing, m.printErr = true, nil
		cmds = append(cmds, printTicket(m.opts.Print, m.ticket, m.ticketEst))
	}
	return m, tea.Batch(cmds...)
}

func (m Model) onPrinted(msg printedMsg) (tea.Model, tea.Cmd) {
	if m.page != pageTicket || msg.ticketID != m.ticket.ID {
		return m, nil // that citizen has gone; the ticket stands anyway
	}
	m.printing, m.printErr = false, msg.err
	if msg.err != nil {
		// Give the citizen the full time to read the number and the message.
		return m, m.setDeadline(m.opts.TicketTimeout)
	}
	return m, nil
}

// quit leaves the kiosk after a correct PIN.
func (m Model) quit() (tea.Model, tea.Cmd) {
	m.goStart()
	return m, common.Leave(m.opts.Standalone)
}
