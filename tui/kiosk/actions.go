package kiosk

import (
	"context"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"motcua/queue"
)

// actKind is what pressing a button does.
type actKind int

const (
	actNone       actKind = iota
	actService            // pick service n
	actGroup              // priority group n
	actNoPriority         // "Không"
	actLang               // language toggle
	actBack               // back to the start
	actDismiss            // close the ticket page or a lookup's answer
	actLookup             // open the dossier lookup
	actLookupChar         // on-screen key n of the lookup alphabet
	actLookupDel          // on-screen delete
	actLookupGo           // look the typed code up
	actRate               // rating level n (rating.go)
	actSkipRating         // no answer: the next citizen takes a ticket
)

type action struct {
	kind actKind
	n    int
}

// do performs an action from a key or a click, so both obey the same
// guards against double presses.
func (m Model) do(a action) (tea.Model, tea.Cmd) {
	if a.kind == actLang {
		m.Lang = m.Lang.Toggle()
		if m.page == pagePriority || m.page == pagePIN || m.page == pageLookup {
			return m, m.setDeadline(m.opts.Idle)
		}
		return m, nil
	}
	if m.issuing {
		return m, nil
	}
	switch m.page {
	case pageStart:
		if a.kind == actLookup && m.loaded && m.opts.Desk != nil {
			return m.openLookup("")
		}
		if a.kind != actService || !m.loaded || a.n < 0 || a.n >= len(m.snap.Config.Services) {
			return m, nil
		}
		m.service = m.snap.Config.Services[a.n].Code
		m.issueErr = nil
		if len(m.snap.Config.Groups) == 0 {
			return m.issue("") // nothing to ask
		}
		m.show(pagePriority)
		return m, m.setDeadline(m.opts.Idle)
	case pagePriority:
		if m.since() < pageGuard {
			return m, nil // the second half of a double press on the start page
		}
		switch a.kind {
		case actBack:
			m.goStart()
			return m, nil
		case actNoPriority:
			return m.issue("")
		case actGroup:
			if a.n >= 0 && a.n < len(m.snap.Config.Groups) {
				return m.issue(m.snap.Config.Groups[a.n].Code)
			}
		}
	case pageTicket:
		if a.kind == actDismiss && m.since() >= ticketGuard {
			m.goStart()
		}
	case pageLookup, pageResult:
		return m.doLookup(a)
	case pageRate:
		return m.doRate(a)
	}
	return m, nil
}

// issue takes a ticket in the background; input waits until it is done.
func (m Model) issue(group string) (tea.Model, tea.Cmd) {
	m.issuing = true
	m.clearDeadline()
	st, service := m.st, m.service
	return m, func() tea.Msg {
		ctx, cancel := context.WithTimeout(m.Context(), issueTimeout)
		defer cancel()
		t, err := st.Issue(ctx, service, group)
		if err != nil {
			return issuedMsg{err: err}
		}
		sn, err := st.Snapshot(ctx)
		return issuedMsg{ticket: t, snap: sn, snapOK: err == nil}
	}
}

// printTicket runs the printer callback off the UI loop. A panic in a
// printer back-end becomes an error: the kiosk must stay up.
func printTicket(print func(context.Context, queue.Ticket, queue.Estimate) error, t queue.Ticket, est queue.Estimate) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = printedMsg{ticketID: t.ID, err: fmt.Errorf("print ticket %s: panic: %v", t.Display, r)}
			}
		}()
		// Not the session's context: a ticket issued is printed even if
		// the kiosk's SSH session drops meanwhile.
		ctx, cancel := context.WithTimeout(context.Background(), printTimeout)
		defer cancel()
		err := print(ctx, t, est)
		if err != nil {
			err = fmt.Errorf("print ticket %s: %w", t.Display, err)
		}
		return printedMsg{ticketID: t.ID, err: err}
	}
}
