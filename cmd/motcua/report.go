package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"motcua/queue/report"
)

// runReport writes the commune's figures for a day, a month or a range of
// days as CSV (UTF-8 with a BOM, for Excel): tickets, waiting and service
// times, counters and clerks, dossiers, satisfaction.
func runReport(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("report", "cli.report")
	day := fs.String("day", "", env.t("cli.flag.day"))
	month := fs.String("month", "", env.t("cli.flag.month"))
	fromS := fs.String("from", "", env.t("cli.flag.from"))
	toS := fs.String("to", "", env.t("cli.flag.to"))
	out := fs.String("out", "", env.t("cli.flag.report_out"))
	pdfOut := fs.String("pdf", "", env.t("receipts.report.flag_pdf"))
	screen := fs.Bool("screen", false, env.t("reportscreen.flag_screen"))
	if err := env.parse(fs, args); err != nil {
		return err
	}
	var p report.Period
	var err error
	switch {
	case *day != "" && *month == "" && *fromS == "":
		p, err = report.ParseDay(*day)
	case *day == "":
		from, to, ok := period(*month, *fromS, *toS)
		if !ok {
			err = fmt.Errorf("bad period")
			break
		}
		p, err = report.RangePeriod(from, to)
	default:
		err = fmt.Errorf("bad period")
	}
	if err != nil {
		fmt.Fprintln(env.stderr, env.t("cli.bad_report_period"))
		return errUsage
	}
	st, err := env.openStation(ctx)
	if err != nil {
		return err
	}
	if *screen {
		return runReportScreen(ctx, env, st, p)
	}
	r, err := report.Build(ctx, st.DB(), p, env.db.Clock())
	if err != nil {
		return err
	}
	if *pdfOut != "" {
		if err := writeReportPDF(*pdfOut, r, env.lang); err != nil {
			return err
		}
		fmt.Fprintln(env.stdout, env.t("cli.report_done", *pdfOut))
		if *out == "" {
			return nil // the PDF was asked for; no CSV on the screen too
		}
	}
	var w io.Writer = env.stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(env.stderr, env.t("cli.cannot_write", *out))
			return errReported
		}
		defer f.Close()
		w = f
	}
	if err := report.WriteCSV(w, r, env.lang); err != nil {
		return err
	}
	if *out != "" {
		fmt.Fprintln(env.stdout, env.t("cli.report_done", *out))
	}
	return nil
}
