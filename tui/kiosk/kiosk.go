// Package kiosk is the walk-in citizen's screen: pick a service with a big
// button (number key or touch), say whether one belongs to a priority group,
// and get a numbered ticket with the people ahead and the estimated wait,
// kept up to date while the ticket is on screen. A citizen cannot leave the
// screen; an administrator leaves with ctrl+q and the kiosk PIN (setting
// kiosk.pin).
package kiosk

import (
	"context"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/queue"
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
)

// Options configure the kiosk.
type Options struct {
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
	if _, err := tea.NewProgram(New(opts), tea.WithContext(ctx)).Run(); err != nil {
		return fmt.Errorf("kiosk: %w", err)
	}
	return nil
}
