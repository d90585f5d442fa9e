package main

import (
	"context"
	"flag"
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
	rf := env.reportFlags(fs)
	screen := fs.Bool("screen", false, env.t("reportscreen.flag_screen"))
	if err := env.parse(fs, args); err != nil {
		return err
	}
	p, err := rf.period(env)
	if err != nil {
		return err
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
	return env.writeReport(r, rf.out, rf.pdf)
}

// reportFlags are the options every report command takes: its period
// (--day, or --month, or --from and --to) and where it goes (--out CSV,
// --pdf).
type reportFlags struct {
	day, month, from, to string
	out, pdf             string
}

func (env *environment) reportFlags(fs *flag.FlagSet) *reportFlags {
	rf := &reportFlags{}
	fs.StringVar(&rf.day, "day", "", env.t("cli.flag.day"))
	fs.StringVar(&rf.month, "month", "", env.t("cli.flag.month"))
	fs.StringVar(&rf.from, "from", "", env.t("cli.flag.from"))
	fs.StringVar(&rf.to, "to", "", env.t("cli.flag.to"))
	fs.StringVar(&rf.out, "out", "", env.t("cli.flag.report_out"))
	fs.StringVar(&rf.pdf, "pdf", "", env.t("receipts.report.flag_pdf"))
	return rf
}

// period is the period the flags ask for; a usage error, told, when they
// do not name exactly one.
func (rf *reportFlags) period(env *environment) (report.Period, error) {
	p, ok := reportPeriod(rf.day, rf.month, rf.from, rf.to)
	if !ok {
		fmt.Fprintln(env.stderr, env.t("cli.bad_report_period"))
		return report.Period{}, errUsage
	}
	return p, nil
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
