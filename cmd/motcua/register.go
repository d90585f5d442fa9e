package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"motcua/intake"
	"motcua/receipts"
	"motcua/store"
	"motcua/tui/forms"
)

// runRegister writes the Sổ theo dõi hồ sơ (Mẫu 07) of a month or a range
// of days as an A4 PDF: to a file with --out, else to the station's
// printer (its spool folder by default).
func runRegister(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("register", "cli.register")
	pf := env.printerFlags(fs)
	month := fs.String("month", "", env.t("cli.flag.month"))
	fromS := fs.String("from", "", env.t("cli.flag.from"))
	toS := fs.String("to", "", env.t("cli.flag.to"))
	out := fs.String("out", "", env.t("cli.flag.register_out"))
	if err := env.parse(fs, args); err != nil {
		return err
	}
	from, to, ok := period(*month, *fromS, *toS)
	if !ok {
		fmt.Fprintln(env.stderr, env.t("cli.bad_period"))
		return errUsage
	}
	st, err := env.openStation(ctx)
	if err != nil {
		return err
	}
	book, err := forms.RegisterFor(ctx, intake.NewDesk(st.DB()), st, from, to)
	if err != nil {
		return err
	}
	job, err := receipts.NewFormJob(book, receipts.A4)
	if err != nil {
		return err
	}
	if *out != "" {
		if err := os.WriteFile(*out, job.PDF, 0o644); err != nil {
			fmt.Fprintln(env.stderr, env.t("cli.cannot_write", *out))
			return errReported
		}
		fmt.Fprintln(env.stdout, env.t("cli.register_done", len(book.Rows), *out))
		return nil
	}
	printer, _, err := env.newPrinter(ctx, st, pf, 0)
	if err != nil {
		return err
	}
	if err := printer.Print(ctx, job); err != nil {
		fmt.Fprintln(env.stderr, receipts.Describe(env.lang, err))
		return errReported
	}
	fmt.Fprintln(env.stdout, env.t("cli.register_printed", len(book.Rows), receipts.PrinterName(printer)))
	return nil
}

// period reads --month YYYY-MM, or --from and --to YYYY-MM-DD (both
// days included), as local days.
func period(month, from, to string) (time.Time, time.Time, bool) {
	if month != "" {
		m, err := time.ParseInLocation("2006-01", month, store.Local)
		if err != nil || from != "" || to != "" {
			return time.Time{}, time.Time{}, false
		}
		return m, m.AddDate(0, 1, -1), true
	}
	f, err1 := time.ParseInLocation(time.DateOnly, from, store.Local)
	t, err2 := time.ParseInLocation(time.DateOnly, to, store.Local)
	if err1 != nil || err2 != nil || t.Before(f) {
		return time.Time{}, time.Time{}, false
	}
	return f, t, true
}
