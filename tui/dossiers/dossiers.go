// Package dossiers is the clerk's dossier panel (hồ sơ), opened from the
// counter screen: the dossiers due today and those overdue, a search by
// code, lookup code, ID number or name, and a dossier's detail with its
// history and the steps of its life (processing, result, return or post,
// supplement request with Mẫu 02, refusal with Mẫu 03, apology with Mẫu
// 04, reprint of Mẫu 01). Every step is recorded by intake.Desk first and
// printed after; a printer that fails never undoes a recorded step.
//
// The panel is an embeddable model: the host (the counter screen) calls
// Init when it opens it, forwards every message to Update while it is
// open, draws View() as the whole screen, and closes it on
// common.GoBackMsg, which the panel sends when the clerk presses Esc on
// its first level. The panel keeps its own watch on the database with
// messages of its own types, so it never consumes the host's
// common.SnapshotMsg or common.RevisionMsg.
package dossiers

import (
	"context"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/queue"
	"motcua/tui/common"
)

// Options configure the panel.
type Options struct {
	// Context is the context of the screen's work: over SSH the session's,
	// with the logged-in account; nil for a local screen.
	Context context.Context
	Desk    *intake.Desk
	Station *queue.Station // watched for database changes; gives the clock
	Counter int            // recorded with every step
	Clerk   string         // recorded with every step
	Lang    i18n.Lang
	// Forms prints Mẫu 01–04 after a step is recorded; nil means the
	// counter has no printer, which the panel says.
	Forms common.FormPrinter
	// Standalone is only read by Run: Esc on the panel ends the program.
	Standalone bool
}

// ActedMsg is sent to the host after the panel recorded a step on a
// dossier, with the dossier as it is after the step (a reprint changes
// no dossier and sends nothing; only the audit trail records it). Hosts may ignore it; the panel does.
type ActedMsg struct {
	Action  intake.Action
	Dossier intake.Dossier
}

// Run shows the panel as a program of its own until the clerk leaves it.
func Run(ctx context.Context, opts Options) error {
	opts.Standalone = true
	if _, err := common.Run(ctx, program{m: New(opts)}, 0); err != nil {
		return fmt.Errorf("dossier panel: %w", err)
	}
	return nil
}

// program wraps the embeddable model as a whole Bubble Tea program.
type program struct{ m Model }

func (p program) Init() tea.Cmd { return p.m.Init() }

func (p program) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case common.GoBackMsg:
		return p, tea.Quit
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return p, tea.Quit
		}
	}
	m, cmd := p.m.Update(msg)
	p.m = m
	return p, cmd
}

func (p program) View() tea.View {
	v := tea.NewView(p.m.View())
	v.AltScreen = true
	v.WindowTitle = p.m.T("dossiers.title_nocount")
	return v
}
