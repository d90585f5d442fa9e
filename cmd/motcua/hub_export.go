// This file implements `motcua hub export`: the hub's records as CSV for
// Excel (hub.ExportCSV).
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"motcua/hub"
	"motcua/queue/report"
	"motcua/store"
)

// runHubExport writes the records of [--from, --to] (whole days, Vietnam
// time, both included) to --out or standard output:
// motcua hub export --from 2026-11-01 --to 2026-11-30 [--station ID] [--db DSN] [--out FILE].
func runHubExport(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("hub export", "district.cli.hub_export")
	env.hubDBFlags(fs)
	fromS := fs.String("from", "", env.t("district.cli.flag.export_from"))
	toS := fs.String("to", "", env.t("district.cli.flag.export_to"))
	station := fs.String("station", "", env.t("district.cli.flag.export_st"))
	out := fs.String("out", "", env.t("district.cli.flag.export_out"))
	format := fs.String("format", "csv", env.t("district.cli.flag.export_fmt"))
	if err := env.parse(fs, args); err != nil {
		return err
	}
	if !strings.EqualFold(*format, "csv") {
		fmt.Fprintln(env.stderr, env.t("district.cli.bad_format", *format))
		return errUsage
	}
	if *fromS == "" || *toS == "" {
		fmt.Fprintln(env.stderr, env.t("district.cli.need_dates"))
		return errUsage
	}
	from, err := time.ParseInLocation(time.DateOnly, *fromS, store.Local)
	if err != nil {
		fmt.Fprintln(env.stderr, env.t("district.cli.bad_date", "--from", *fromS))
		return errUsage
	}
	last, err := time.ParseInLocation(time.DateOnly, *toS, store.Local)
	if err != nil {
		fmt.Fprintln(env.stderr, env.t("district.cli.bad_date", "--to", *toS))
		return errUsage
	}
	if last.Before(from) {
		fmt.Fprintln(env.stderr, env.t("district.cli.bad_range", *toS, *fromS))
		return errUsage
	}
	h, err := env.openHub(ctx)
	if err != nil {
		return err
	}
	defer h.Close()

	var w io.Writer = env.stdout
	where := env.t("district.cli.stdout")
	var f *os.File
	if *out != "" {
		if f, err = os.Create(*out); err != nil {
			return fmt.Errorf("create %s: %w", *out, err)
		}
		w, where = f, *out
	}
	// Records arriving meanwhile may pass the count: the meter stops at it.
	counts, err := h.CountsByKind(ctx, from, last.AddDate(0, 0, 1), *station)
	if err != nil {
		return err
	}
	var total, told int64
	for _, c := range counts {
		total += c
	}
	meter := report.NewMeter(env.progress("district.cli.export_prog"), int(total))
	n, err := h.ExportCSVWith(ctx, w, from, last.AddDate(0, 0, 1), *station, hub.ExportOptions{
		ProgressEvery: max(total/100, 1),
		Progress: func(n int64) {
			meter.Add(int(n - told))
			told = n
		},
	})
	if err == nil {
		meter.Done()
	}
	if f != nil {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("write %s: %w", *out, cerr)
		}
		if err != nil {
			os.Remove(*out) // a half-written file would be taken for the export
		}
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(env.stderr, env.t("district.cli.export_done", n, where))
	return nil
}
