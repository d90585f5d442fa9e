// Package rating is the small screen (or keypad) at a counter that asks
// the citizen just served how satisfied they were: three big buttons (Rất
// hài lòng, Hài lòng, Không hài lòng) by number key or touch, then for
// "Không hài lòng" an optional reason, then thanks. It watches the database
// for the counter finishing a ticket (queue.PendingRating), times out
// quietly back to its idle page, and never shows who the citizen was.
package rating

import (
	"context"
	"fmt"
	"time"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/tui/common"
)

// Options configure the rating screen.
type Options struct {
	// Context is the context of the screen's work: over SSH the session's,
	// with the logged-in account; nil for a local screen.
	Context    context.Context
	Station    *queue.Station
	Counter    int // the counter the screen stands at
	Lang       i18n.Lang
	Standalone bool // quit exits the program; otherwise quit returns common.GoBack

	// Timeout is how long a question waits for an answer before the screen
	// goes back to idle; 0 means DefaultTimeout.
	Timeout time.Duration
	// ThanksFor is how long the thanks stay; 0 means DefaultThanks.
	ThanksFor time.Duration
}

// Defaults for the zero values of Options.
const (
	DefaultTimeout = 30 * time.Second
	DefaultThanks  = 5 * time.Second
)

// Run shows the rating screen until the user quits or ctx ends.
func Run(ctx context.Context, opts Options) error {
	if _, err := common.Run(ctx, New(opts), 0); err != nil {
		return fmt.Errorf("rating: %w", err)
	}
	return nil
}
