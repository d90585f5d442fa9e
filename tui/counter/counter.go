// Package counter is the clerk's screen at one counter (quầy): it opens the
// counter, shows who waits for it, and calls, recalls, transfers and
// finishes tickets with a few keys that are always listed in the help bar.
// Clerks are not technical and work on old PCs, so every action is one key,
// every error is one sentence in their language, and a second key press
// while the database is still answering is ignored rather than repeated.
package counter

import (
	"context"
	"fmt"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/queue"
	"motcua/tui/common"
)

// Options configure the counter screen.
type Options struct {
	// Context is the context of the screen's work: over SSH the session's,
	// with the logged-in account; nil for a local screen.
	Context    context.Context
	Station    *queue.Station
	Number     int       // counter number (quầy số)
	Clerk      string    // clerk's name; "" keeps the counter's configured clerk
	Lang       i18n.Lang // starting language; the clerk can toggle it
	Standalone bool      // true: quitting ends the program; false: it returns to the launcher
	// Desk records dossiers (h: intake form, d: dossier panel); nil hides
	// both.
	Desk *intake.Desk
	// Forms prints Mẫu 01–04 on the counter's printer; nil: nothing is
	// printed and the screens say so.
	Forms common.FormPrinter
	// Sync reads the state of the link to the district hub for the
	// header; nil shows none.
	Sync common.SyncStatus
}

// New returns the counter screen. The counter is opened by Init.
func New(opts Options) Model {
	return newModel(opts)
}

// Run shows the counter screen until the clerk quits. It returns the error
// that kept the counter from opening, if any, so the program can exit with
// a failure status.
func Run(ctx context.Context, opts Options) error {
	opts.Standalone = true
	final, err := common.Run(ctx, New(opts), 0)
	if err != nil {
		return fmt.Errorf("counter %d screen: %w", opts.Number, err)
	}
	if m, ok := final.(Model); ok && m.openErr != nil {
		return m.openErr
	}
	return nil
}
