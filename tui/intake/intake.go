// Package intake is the intake form of the counter screen: while serving
// a ticket, the clerk records a citizen's dossier (hồ sơ) — applicant
// (typed, or filled by scanning the chip card's QR code with a USB
// scanner into any field), procedure found in the catalog with or without
// diacritics, the checklist of its papers with their kind and count,
// sets, fee, how the result is returned, a note — saves it through
// intake.Desk.Receive and prints Mẫu 01 in two copies.
//
// The form is an embeddable model: the host (tui/counter) creates it with
// New, forwards every message to Update, draws View inside its own
// tea.View and calls SetSize on resize. It tells the host:
//
//   - SavedMsg when a dossier is on record (after a save, or a repeated
//     save of the same form that found it);
//   - common.GoBackMsg when the clerk leaves with Esc (a half-filled form
//     is kept as the counter's draft first).
//
// A half-filled form is saved as the counter's draft 1.5 s after the last
// key and when leaving, and restored when the form opens again, even
// after a crash of the process.
//
// Keys: Tab/Shift+Tab and ↑/↓ move between fields; Enter goes to the next
// field and saves on the last one; Ctrl+S saves; in the procedure field
// ↑/↓ and Enter pick from the list; on the checklist Space ticks a paper,
// K (or ←/→) changes its kind, +/− its count; on the return method
// Space (or ←/→) switches counter/post; Ctrl+X twice clears the form;
// Ctrl+L or F2 switches the language; Esc closes the list or leaves.
// After saving: N records another dossier for the same citizen, P
// reprints Mẫu 01, Esc leaves.
package intake

import (
	"context"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	hoso "motcua/intake"
	"motcua/queue"
	"motcua/tui/common"
)

// Options configure the form.
type Options struct {
	// Context is the context of the screen's work: over SSH the session's,
	// with the logged-in account; nil for a local screen.
	Context  context.Context
	Desk     *hoso.Desk
	Station  *queue.Station
	Counter  int    // the counter the form belongs to: its draft, and the dossier's counter
	Clerk    string // the receiving clerk, printed on Mẫu 01
	TicketID string // the queue ticket being served; "" when none
	Lang     i18n.Lang
	// Forms prints Mẫu 01 after saving; nil when the counter has no
	// printer (the form says so).
	Forms common.FormPrinter
	// Standalone is true when the form runs as its own program (Run):
	// leaving quits the program.
	Standalone bool
}

// SavedMsg reports a dossier on record: the host may refresh its panels
// or link it to the ticket. It is sent once per save.
type SavedMsg struct {
	Dossier hoso.Dossier
}

// program wraps the form for Run: a standalone program with its own
// alternate screen.
type program struct{ m Model }

func (p program) Init() tea.Cmd { return p.m.Init() }

func (p program) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case common.GoBackMsg:
		return p, tea.Quit
	case tea.WindowSizeMsg:
		p.m.SetSize(msg.Width, msg.Height)
		return p, nil
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return p, tea.Sequence(p.m.KeepDraft(), tea.Quit)
		}
	}
	var cmd tea.Cmd
	p.m, cmd = p.m.Update(msg)
	return p, cmd
}

func (p program) View() tea.View {
	v := tea.NewView(p.m.View())
	v.AltScreen = true
	v.WindowTitle = p.m.T("intakeform.title", p.m.counter)
	return v
}

// Run runs the form as its own program until the clerk leaves.
func Run(ctx context.Context, opts Options) error {
	if opts.Desk == nil || opts.Station == nil {
		return fmt.Errorf("intake form: desk and station are required")
	}
	opts.Standalone = true
	_, err := common.Run(ctx, program{m: New(opts)}, 0)
	if err != nil {
		return fmt.Errorf("intake form: %w", err)
	}
	return nil
}
