package main

import (
	"context"

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
	kit, err := env.screenKit(ctx, st, pf)
	if err != nil {
		return err
	}
	kit.announce, kit.bell = *announce, !*noBell
	opts, err := kit.launcher(ctx)
	if err != nil {
		return err
	}
	opts.Settings = true // the station PC's own menu is its admin's
	return launcher.Run(ctx, opts)
}
