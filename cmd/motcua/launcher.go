package main

import (
	"context"

	"motcua/intake"
	"motcua/tui/launcher"
)

// runLauncher opens the menu of screens: `motcua` with no command.
func runLauncher(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("motcua", "cli.launcher")
	pf := env.printerFlags(fs)
	announce := fs.String("announce", "", env.t("cli.flag.announce"))
	noBell := fs.Bool("no-bell", false, env.t("cli.flag.no_bell"))
	fs.Usage = func() { env.usage(env.stderr); env.printFlags(env.stderr, fs) }
	if err := env.parse(fs, args); err != nil {
		return err
	}
	st, err := env.openStation(ctx)
	if err != nil {
		return err
	}
	print, err := env.ticketPrinter(ctx, st, pf)
	if err != nil {
		return err
	}
	forms, err := env.formPrinter(ctx, st, pf, 0, "")
	if err != nil {
		return err
	}
	return launcher.Run(ctx, launcher.Options{Station: st, Lang: env.lang, Print: print, Announce: *announce, Bell: !*noBell,
		Desk: intake.NewDesk(st.DB()), Forms: forms, Sync: syncStatus(st.DB()), Settings: true})
}
