package main

import (
	"context"

	"motcua/intake"
	"motcua/tui/audit"
	"motcua/tui/settings"
)

// runAdmin opens the settings screen at this PC (the admin's SSH session
// gets the same screen from `motcua serve`): counters, services, priority
// groups, policy, the board's notice, printers, holidays and the audit
// trail. With --audit it opens the audit trail alone. Changes made here
// are audited as made "at this PC".
func runAdmin(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("admin", "cli.admin")
	trail := fs.Bool("audit", false, env.t("cli.flag.audit"))
	if err := env.parse(fs, args); err != nil {
		return err
	}
	st, err := env.openStation(ctx)
	if err != nil {
		return err
	}
	if *trail {
		return audit.Run(ctx, audit.Options{DB: st.DB(), Lang: env.lang, Standalone: true})
	}
	return settings.Run(ctx, settings.Options{Station: st, Desk: intake.NewDesk(st.DB()), Lang: env.lang, Standalone: true})
}
