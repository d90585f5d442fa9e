package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"motcua/intake"
	"motcua/queue"
	"motcua/tui/board"
	"motcua/tui/counter"
	"motcua/tui/kiosk"
	"motcua/tui/launcher"
	"motcua/tui/rating"
)

// One function per screen subcommand: parse flags, open the station, run
// the screen until the user leaves it. The screens' options come from a
// screenKit, which the SSH hall (serve.go) uses too.

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
	kit, err := env.screenKit(ctx, st, pf)
	if err != nil {
		return err
	}
	return kiosk.Run(ctx, kit.kiosk())
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
	kit, err := env.screenKit(ctx, st, pf)
	if err != nil {
		return err
	}
	opts, err := kit.counter(ctx, *number, *clerk)
	if err != nil {
		return err
	}
	return counter.Run(ctx, opts)
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
	kit := screenKit{env: env, st: st, announce: *announce, bell: !*noBell}
	return board.Run(ctx, kit.board())
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

// screenKit is what the screens of one station are built from: the
// station, its dossier desk, its printers and the board's voice. The
// local subcommands and the SSH hall build their screens with it alike.
type screenKit struct {
	env      *environment
	st       *queue.Station
	desk     *intake.Desk
	pf       *printerFlags
	print    func(context.Context, queue.Ticket, queue.Estimate) error
	announce string
	bell     bool
}

// screenKit prepares the kit of the opened station; the ticket printer is
// built once, the counters' form printers per counter.
func (env *environment) screenKit(ctx context.Context, st *queue.Station, pf *printerFlags) (screenKit, error) {
	print, err := env.ticketPrinter(ctx, st, pf)
	if err != nil {
		return screenKit{}, err
	}
	return screenKit{env: env, st: st, desk: intake.NewDesk(st.DB()), pf: pf, print: print, bell: true}, nil
}

func (k screenKit) kiosk() kiosk.Options {
	return kiosk.Options{Station: k.st, Lang: k.env.lang, Standalone: true, Print: k.print, Desk: k.desk}
}

// counter builds the options of counter number's screen with clerk's name
// ("" keeps the counter's configured clerk) and its form printer.
func (k screenKit) counter(ctx context.Context, number int, clerk string) (counter.Options, error) {
	forms, err := k.env.formPrinter(ctx, k.st, k.pf, number, clerk)
	if err != nil {
		return counter.Options{}, err
	}
	return counter.Options{Station: k.st, Number: number, Clerk: clerk, Lang: k.env.lang, Standalone: true,
		Desk: k.desk, Forms: forms, Sync: syncStatus(k.st.DB())}, nil
}

func (k screenKit) board() board.Options {
	return board.Options{Station: k.st, Lang: k.env.lang, Standalone: true, Announce: k.announce, Bell: k.bell}
}

// rating builds the options of the rating screen at a counter; timeout 0
// is the screen's default.
func (k screenKit) rating(number int, timeout time.Duration) rating.Options {
	return rating.Options{Station: k.st, Counter: number, Lang: k.env.lang, Standalone: true, Timeout: timeout}
}

// launcher builds the options of the menu of every screen.
func (k screenKit) launcher(ctx context.Context) (launcher.Options, error) {
	forms, err := k.env.formPrinter(ctx, k.st, k.pf, 0, "")
	if err != nil {
		return launcher.Options{}, err
	}
	return launcher.Options{Station: k.st, Lang: k.env.lang, Print: k.print, Announce: k.announce, Bell: k.bell,
		Desk: k.desk, Forms: forms, Sync: syncStatus(k.st.DB())}, nil
}
