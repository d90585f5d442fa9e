package main

import (
	"context"
	"fmt"
	"strings"

	"motcua/queue"
	"motcua/receipts"
)

// runPrintTest prints a test page on every configured printer (the
// station's, and each counter's that has its own settings), or on one
// counter's with --counter, so whoever installs a printer sees at once
// whether Vietnamese comes out right.
func runPrintTest(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("print-test", "cli.print_test")
	pf := env.printerFlags(fs)
	counter := fs.Int("counter", 0, env.t("cli.flag.print_counter"))
	if err := env.parse(fs, args); err != nil {
		return err
	}
	st, err := env.openStation(ctx)
	if err != nil {
		return err
	}
	targets := []int{*counter}
	if *counter == 0 {
		cfg, err := st.Config(ctx)
		if err != nil {
			return err
		}
		targets = append(targets, countersWithOwnPrinter(cfg)...)
	}
	failed := false
	for _, n := range targets {
		if !env.printTestOn(ctx, st, pf, n) {
			failed = true
		}
	}
	if failed {
		return errReported
	}
	return nil
}

// printTestOn prints one test page and says how it went.
func (env *environment) printTestOn(ctx context.Context, st *queue.Station, pf *printerFlags, counter int) bool {
	printer, pc, err := env.newPrinter(ctx, st, pf, counter)
	if err != nil {
		return false
	}
	where := env.t("cli.print_test_station")
	if counter > 0 {
		where = env.t("cli.print_test_counter", counter)
	}
	if pc.Kind == receipts.KindNone {
		fmt.Fprintln(env.stdout, env.t("cli.print_test_none", where))
		return true
	}
	name := receipts.PrinterName(printer)
	if err := receipts.PrintTest(ctx, printer, env.lang, st.Now()); err != nil {
		fmt.Fprintln(env.stderr, env.t("cli.print_test_failed", where, name, receipts.Describe(env.lang, err)))
		return false
	}
	fmt.Fprintln(env.stdout, env.t("cli.print_test_ok", where, name))
	return true
}

// countersWithOwnPrinter lists the counters whose settings name a printer
// of their own (counter.N.printer.*).
func countersWithOwnPrinter(cfg queue.Config) []int {
	var out []int
	for _, c := range cfg.Counters {
		prefix := fmt.Sprintf("counter.%d.printer.", c.Number)
		for k := range cfg.Settings {
			if strings.HasPrefix(k, prefix) {
				out = append(out, c.Number)
				break
			}
		}
	}
	return out
}
