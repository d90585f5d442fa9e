// Package kiosk is the walk-in citizen's screen: pick a service with a big
// button (number key or touch), say whether one belongs to a priority group,
// and get a numbered ticket with the people ahead and the estimated wait,
// kept up to date while the ticket is on screen. With a dossier desk, the
// start page also offers a dossier lookup: the citizen types the dossier
// code or lookup code of the receipt, or scans its QR code, and sees the
// dossier's state and appointment, never anyone's personal data. With
// the setting rating.on_kiosk, a commune without rating screens asks the
// citizens, between tickets, whether they were satisfied (rating.go). A citizen
// cannot leave the screen; an administrator leaves with ctrl+q and the
// kiosk PIN (setting kiosk.pin).
package kiosk

import (
	"context"
	"fmt"
	"time"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/queue"
	"motcua/tui/common"
)

// Defaults of the timing options.
const (
	DefaultIdle          = 30 * time.Second
	DefaultTicketTimeout = 10 * time.Second
)

// Timings that are not options: they protect against a double press and
// give a wrong-PIN message time to be read.
const (
	pageGuard     = 400 * time.Millisecond // priority page ignores input this long
	ticketGuard   = time.Second            // ticket page ignores input this long
	wrongPINDelay = 3 * time.Second
	printExtend   = 2 * time.Second  // ticket stays while the printer works
	printTimeout  = 30 * time.Second // a hung printer gives up
	issueTimeout  = 15 * time.Second
	lookupTimeout = 10 * time.Second
)

// Options configure the kiosk.
type Options struct {
	// Context is the context of the screen's work: over SSH the session's,
	// with the logged-in account; nil for a local screen.
	Context    context.Context
	Station    *queue.Station
	Lang       i18n.Lang // language shown at start and after each citizen
	Standalone bool      // own program: the admin exit quits; else it goes back to the launcher

	// Idle is how long the priority question and the PIN prompt wait for
	// input before the kiosk returns to the start; 0 means DefaultIdle.
	Idle time.Duration
	// TicketTimeout is how long the ticket stays on screen; 0 means
	// DefaultTicketTimeout.
	TicketTimeout time.Duration
	// Print prints a ticket (nil: the kiosk has no printer). It is called
	// once per ticket, off the UI loop; an error is shown to the citizen in
	// plain words and the ticket still stands.
	Print func(ctx context.Context, t queue.Ticket, est queue.Estimate) error
	// Desk answers the dossier lookup (button and key 0 on the start page);
	// nil means the kiosk offers no lookup. The lookup page waits Idle for
	// input, and the answer stays TicketTimeout, like a ticket.
	Desk *intake.Desk
}

func (o Options) withDefaults() Options {
	if o.Idle <= 0 {
		o.Idle = DefaultIdle
	}
	if o.TicketTimeout <= 0 {
		o.TicketTimeout = DefaultTicketTimeout
	}
	return o
}

// Run runs the kiosk as a program of its own until the admin exit.
func Run(ctx context.Context, opts Options) error {
	if _, err := common.Run(ctx, New(opts), 0); err != nil {
		return fmt.Errorf("kiosk: %w", err)
	}
	return nil
}
