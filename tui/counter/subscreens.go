package counter

import (
	tea "charm.land/bubbletea/v2"

	"motcua/tui/common"
	"motcua/tui/dossiers"
	intakeform "motcua/tui/intake"
)

// subscreen is a screen the counter opens over itself and closes when it
// sends common.GoBackMsg: the intake form (h) and the dossier panel (d).
// The counter keeps its own watch and timer running underneath, so its
// state is current when the clerk comes back.
type subscreen interface {
	update(tea.Msg) (subscreen, tea.Cmd)
	view() string
}

type formScreen struct{ m intakeform.Model }

func (s formScreen) update(msg tea.Msg) (subscreen, tea.Cmd) {
	m, cmd := s.m.Update(msg)
	return formScreen{m}, cmd
}

func (s formScreen) view() string { return s.m.View() }

type panelScreen struct{ m dossiers.Model }

func (s panelScreen) update(msg tea.Msg) (subscreen, tea.Cmd) {
	m, cmd := s.m.Update(msg)
	return panelScreen{m}, cmd
}

func (s panelScreen) view() string { return s.m.View() }

// openIntake opens the intake form for the citizen being served (or for
// one who came without a ticket).
func (m Model) openIntake() (Model, tea.Cmd) {
	if m.desk == nil {
		m.note = notice{key: "counter.no_desk"}
		return m, nil
	}
	ticket := ""
	if m.counter.Current != nil {
		ticket = m.counter.Current.ID
	}
	f := intakeform.New(intakeform.Options{Context: m.Context(), Desk: m.desk, Station: m.st, Counter: m.number,
		Clerk: m.counter.Clerk, TicketID: ticket, Lang: m.Lang, Forms: m.forms})
	return m.openSub(formScreen{f}, f.Init())
}

// openDossiers opens the panel of dossiers due and overdue.
func (m Model) openDossiers() (Model, tea.Cmd) {
	if m.desk == nil {
		m.note = notice{key: "counter.no_desk"}
		return m, nil
	}
	p := dossiers.New(dossiers.Options{Context: m.Context(), Desk: m.desk, Station: m.st, Counter: m.number,
		Clerk: m.counter.Clerk, Lang: m.Lang, Forms: m.forms})
	return m.openSub(panelScreen{p}, p.Init())
}

func (m Model) openSub(s subscreen, initCmd tea.Cmd) (Model, tea.Cmd) {
	s, sizeCmd := s.update(tea.WindowSizeMsg{Width: m.Width, Height: m.Height})
	m.sub = s
	return m, tea.Batch(initCmd, sizeCmd)
}

// routeToSub sends a message to the open subscreen, keeping for the
// counter the messages of its own watch, timer and actions.
func (m Model) routeToSub(msg tea.Msg) (tea.Model, tea.Cmd, bool) {
	switch msg.(type) {
	case common.GoBackMsg:
		m.sub = nil
		return m, common.LoadSnapshot(m.Context(), m.st), true
	case common.SnapshotMsg, common.RevisionMsg, openedMsg, closedMsg, doneMsg, tickMsg, pendingMsg, syncMsg:
		return m, nil, false
	case tea.WindowSizeMsg:
		var cmd tea.Cmd
		m.sub, cmd = m.sub.update(msg)
		next, own := m.updateOwn(msg)
		return next, tea.Batch(cmd, own), true
	}
	var cmd tea.Cmd
	m.sub, cmd = m.sub.update(msg)
	return m, cmd, true
}
