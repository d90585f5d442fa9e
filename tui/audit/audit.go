// Package audit is the audit trail viewer: who did what, at which counter
// and when — calls, recalls, no-shows, transfers, dossiers, reprints,
// settings changes, logins — newest first, a page at a time, filtered by
// account, counter, action and a range of days. It runs on its own
// (`motcua admin`'s Nhật ký tab, the admin's SSH session) or inside the
// settings screen. It reads store.AuditTrail; it changes nothing.
package audit

import (
	"context"
	"fmt"

	"motcua/assets/i18n"
	"motcua/store"
	"motcua/tui/common"
)

// Options configure the audit screen.
type Options struct {
	// Context is the context of the screen's work: over SSH the session's,
	// with the logged-in account; nil for a local screen.
	Context    context.Context
	DB         *store.DB
	Lang       i18n.Lang
	Standalone bool // quit exits the program; otherwise quit returns common.GoBack
	// Embedded draws the screen without its title, for a tab of another
	// screen (the settings screen), which then owns q and esc and passes
	// database changes on with Reload.
	Embedded bool
	// Filter is the filter the screen opens with.
	Filter store.AuditFilter
}

// Run shows the audit trail until the user quits or ctx ends.
func Run(ctx context.Context, opts Options) error {
	if _, err := common.Run(ctx, New(opts), 0); err != nil {
		return fmt.Errorf("audit screen: %w", err)
	}
	return nil
}
