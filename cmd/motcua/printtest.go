package main

import (
	"context"
	"fmt"

	"motcua/receipts"
)

// runPrintTest prints a test page on the station's printer, so whoever
// installs a printer sees at once whether Vietnamese comes out right.
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
	printer, pc, err := env.newPrinter(ctx, st, pf, *counter)
	if err != nil {
		return err
	}
	if pc.Kind == receipts.KindNone {
		fmt.Fprintln(env.stdout, env.t("cli.print_test_none"))
		return nil
	}
	name := receipts.PrinterName(printer)
	if err := receipts.PrintTest(ctx, printer, env.lang, st.Now()); err != nil {
		fmt.Fprintln(env.stderr, env.t("cli.print_test_failed", name, receipts.Describe(env.lang, err)))
		return errReported
	}
	fmt.Fprintln(env.stdout, env.t("cli.print_test_ok", name))
	return nil
}
