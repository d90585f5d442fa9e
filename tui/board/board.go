// Package board is the hall TV: for every open counter the ticket it serves
// in block digits, the last calls, the waiting counts per service, the clock
// and a scrolling notice. A new call flashes, rings the terminal bell and,
// when an announce command is set, is read out over the loudspeaker. The
// board only reads the database; it never writes.
package board

import (
	"context"
	"fmt"
	"time"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/tui/common"
)

// Options configure the board.
type Options struct {
	// Context is the context of the screen's work: over SSH the session's,
	// with the logged-in account; nil for a local screen.
	Context    context.Context
	Station    *queue.Station
	Lang       i18n.Lang
	Standalone bool // quit exits the program; otherwise quit returns common.GoBack

	// Announce is a shell command (run with sh -c, cmd /C on Windows) that
	// receives each call as a Vietnamese sentence on standard input, e.g.
	// "espeak-ng -v vi". Empty: no voice.
	Announce string
	// AnnounceTimeout bounds one announcement; 0 means 30 seconds.
	AnnounceTimeout time.Duration
	// Bell rings the terminal bell on a new call. The zero value is off, so
	// callers wanting the documented default (on) set it; the command line
	// flag defaults to true.
	Bell bool
	// HighlightFor is how long a new call flashes; 0 means 5 seconds.
	HighlightFor time.Duration
}

// Defaults for the zero values of Options.
const (
	DefaultHighlight       = 5 * time.Second
	DefaultAnnounceTimeout = 30 * time.Second
)

// FrameRate is the board's: it changes at most a few times a second (the
// notice), and an idle board must stay under 1 % CPU on an old PC, while
// its first frame must come within 150 ms of start-up.
const FrameRate = 15

// Run shows the board until the user quits or ctx ends.
func Run(ctx context.Context, opts Options) error {
	if _, err := common.Run(ctx, New(opts), FrameRate); err != nil {
		return fmt.Errorf("board: %w", err)
	}
	return nil
}
