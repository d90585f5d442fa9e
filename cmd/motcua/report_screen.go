package main

import (
	"context"

	"motcua/queue"
	"motcua/queue/report"
	reportscreen "motcua/tui/report"
)

// runReportScreen shows the figures of period p on the terminal
// (`motcua report --screen`): bar charts and tables, ←/→ for the
// previous or next day or month.
func runReportScreen(ctx context.Context, env *environment, st *queue.Station, p report.Period) error {
	return reportscreen.Run(ctx, reportscreen.Options{
		Station: st, Period: p, Lang: env.lang, Standalone: true, Clock: env.db.Clock(),
	})
}

// Until `report --screen` calls it (cmd/motcua/report.go), this keeps
// staticcheck from calling runReportScreen unused.
