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
	p, ok := reportPeriod(*day, *month, *fromS, *toS)
	if !ok {
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
	r, err := report.BuildWith(ctx, st.DB(), p, env.db.Clock(), report.Options{Progress: env.progress("hubreport.progress")})
	if err != nil {
		return err
	}
	return env.writeReport(r, *out, *pdfOut)
}

// reportPeriod reads --day, or --month, or --from and --to.
func reportPeriod(day, month, from, to string) (report.Period, bool) {
	if day != "" {
		p, err := report.ParseDay(day)
		return p, err == nil && month == "" && from == "" && to == ""
	}
	f, t, ok := period(month, from, to)
	if !ok {
		return report.Period{}, false
	}
	p, err := report.RangePeriod(f, t)
	return p, err == nil
}

// writeReport writes r as a PDF to pdfOut when asked, and as CSV to out
// (standard output when "" and no PDF was asked for).
func (env *environment) writeReport(r report.Report, out, pdfOut string) error {
	if pdfOut != "" {
		if err := writeReportPDF(pdfOut, r, env.lang); err != nil {
			return err
		}
		fmt.Fprintln(env.stdout, env.t("cli.report_done", pdfOut))
		if out == "" {
			return nil // the PDF was asked for; no CSV on the screen too
		}
	}
	var w io.Writer = env.stdout
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			fmt.Fprintln(env.stderr, env.t("cli.cannot_write", out))
			return errReported
		}
		defer f.Close()
		w = f
	}
	if err := report.WriteCSV(w, r, env.lang); err != nil {
		return err
	}
	if out != "" {
		fmt.Fprintln(env.stdout, env.t("cli.report_done", out))
	}
	return nil
}
