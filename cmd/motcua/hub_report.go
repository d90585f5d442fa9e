// This file implements `motcua hub report`: the activity report of one
// commune or of all communes, from the records they synced (hub.Report).
package main

import (
	"context"
	"fmt"

	"motcua/queue/report"
)

// runHubReport writes the report of a day, a month or a range of days as
// CSV (standard output or --out) and/or PDF (--pdf):
// motcua hub report --day D | --month M | --from D --to D [--commune ID] [--db DSN] [--out F.csv] [--pdf F.pdf].
func runHubReport(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("hub report", "hubreport.cli.desc")
	env.hubDBFlags(fs)
	rf := env.reportFlags(fs)
	commune := fs.String("commune", "", env.t("hubreport.cli.flag.commune"))
	if err := env.parse(fs, args); err != nil {
		return err
	}
	p, err := rf.period(env)
	if err != nil {
		return err
	}
	h, err := env.openHub(ctx)
	if err != nil {
		return err
	}
	defer h.Close()
	if *commune != "" {
		known, err := h.Stations(ctx)
		if err != nil {
			return err
		}
		found := false
		for _, s := range known {
			found = found || s.ID == *commune
		}
		if !found {
			fmt.Fprintln(env.stderr, env.t("hubreport.cli.unknown", *commune))
			return errReported
		}
	}
	r, err := h.Report(ctx, p, *commune, report.Options{Progress: env.progress("hubreport.progress")})
	if err != nil {
		return err
	}
	return env.writeReport(r, rf.out, rf.pdf)
}
