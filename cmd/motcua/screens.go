package main

import (
	"context"
	"fmt"
	"strings"

	"motcua/intake"
	"motcua/queue"
	"motcua/tui/board"
	"motcua/tui/counter"
	"motcua/tui/kiosk"
)

// One function per screen subcommand: parse flags, open the station, run
// the screen until the user leaves it.

func runKiosk(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("kiosk", "cli.kiosk")
	pf := env.printerFlags(fs)
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
	return kiosk.Run(ctx, kiosk.Options{Station: st, Lang: env.lang, Standalone: true, Print: print, Desk: intake.NewDesk(st.DB())})
}

func runCounter(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("counter", "cli.counter")
	pf := env.printerFlags(fs)
	number := fs.Int("number", 1, env.t("cli.flag.number"))
	clerk := fs.String("clerk", "", env.t("cli.flag.clerk"))
	if err := env.parse(fs, args); err != nil {
		return err
	}
	st, err := env.openCounterStation(ctx, *number)
	if err != nil {
		return err
	}
	forms, err := env.formPrinter(ctx, st, pf, *number, *clerk)
	if err != nil {
		return err
	}
	return counter.Run(ctx, counter.Options{Station: st, Number: *number, Clerk: *clerk, Lang: env.lang, Standalone: true,
		Desk: intake.NewDesk(st.DB()), Forms: forms, Sync: syncStatus(st.DB())})
}

func runBoard(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("board", "cli.board")
	announce := fs.String("announce", "", env.t("cli.flag.announce"))
	noBell := fs.Bool("no-bell", false, env.t("cli.flag.no_bell"))
	if err := env.parse(fs, args); err != nil {
		return err
	}
	st, err := env.openStation(ctx)
	if err != nil {
		return err
	}
	return board.Run(ctx, board.Options{Station: st, Lang: env.lang, Standalone: true, Announce: *announce, Bell: !*noBell})
}

func counterNumbers(cfg queue.Config) string {
	var s []string
	for _, c := range cfg.Counters {
		s = append(s, fmt.Sprint(c.Number))
	}
	return strings.Join(s, ", ")
}

// openCounterStation opens the station for a screen of one counter,
// refusing a counter the station does not have with the list of those it
// has.
func (env *environment) openCounterStation(ctx context.Context, number int) (*queue.Station, error) {
	st, err := env.openStation(ctx)
	if err != nil {
		return nil, err
	}
	cfg, err := st.Config(ctx)
	if err != nil {
		return nil, err
	}
	if _, ok := cfg.Counter(number); !ok {
		fmt.Fprintln(env.stderr, env.t("cli.no_such_counter", number, counterNumbers(cfg)))
		return nil, errUsage
	}
	return st, nil
}
