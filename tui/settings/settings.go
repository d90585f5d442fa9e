// Package settings is the admin's settings screen (`motcua admin`, and
// the admin's session of the SSH hall): the counters and the services each
// serves, the services and their prefix letters, the priority groups, the
// calling policy (K, M, mode, recalls before a no-show), the notice line
// of the board, the printers, the holiday calendar, the audit trail and
// the station's accounts (all but their SSH keys).
// Pages are tabs; a change is one write transaction of the queue, the
// intake desk or the accounts roster, so every screen of the hall shows it at its next refresh,
// without a restart. The screen holds no SQL.
package settings

import (
	"context"
	"fmt"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/queue"
	"motcua/tui/common"
)

// Options configure the settings screen.
type Options struct {
	Station *queue.Station
	// Desk edits the holiday calendar; nil means intake.NewDesk on the
	// station's database.
	Desk       *intake.Desk
	Lang       i18n.Lang
	Standalone bool // quit exits the program; otherwise quit returns common.GoBack
	// Context is passed to every change, so that the audit trail knows who
	// made it (store.WithActor, set by the SSH hall); nil means
	// context.Background().
	Context context.Context
}

// Run shows the settings screen until the user quits or ctx ends; the
// changes are made under ctx (and so under its actor) unless
// opts.Context is set.
func Run(ctx context.Context, opts Options) error {
	if opts.Context == nil {
		opts.Context = ctx
	}
	if _, err := common.Run(ctx, New(opts), 0); err != nil {
		return fmt.Errorf("settings screen: %w", err)
	}
	return nil
}
