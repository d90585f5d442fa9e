// Package report is the report screen (`motcua report --screen`, and the
// district view's report page, fed by the hub through Options.Source): the
// figures of a day, a month or a range of days (queue/report) with bar
// charts of the tickets by service and of the citizens' satisfaction, the
// ticket summary, the waiting and service times, the counters and the
// dossiers, scrolled in a viewport. ←/→ move the period by one day or one
// month and build the report again; a progress bar shows how far a build
// has come.
package report

import (
	"context"
	"fmt"

	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/queue/report"
	"motcua/store"
	"motcua/tui/common"
)

// Source builds the report of a period, telling progress how far it has
// come: a station's own (report.BuildWith) or the district hub's
// (hub.Report).
type Source func(ctx context.Context, p report.Period, progress report.Progress) (report.Report, error)

// Options configure the report screen.
type Options struct {
	// Context is the context of the screen's work: over SSH the session's,
	// with the logged-in account; nil for a local screen.
	Context context.Context
	Station *queue.Station // the report's source unless Source is set
	Source  Source
	// Heading names whose report it is (a commune, all communes), after
	// the title; "" for a station's own.
	Heading    string
	Period     report.Period
	Lang       i18n.Lang
	Standalone bool // quit exits the program; otherwise quit returns common.GoBack
	// Clock stamps the report ("overdue now" is counted at its time); nil
	// means the station database's clock.
	Clock store.Clock
}

// Run shows the report screen until the user quits or ctx ends.
func Run(ctx context.Context, opts Options) error {
	if _, err := common.Run(ctx, New(opts), 0); err != nil {
		return fmt.Errorf("report screen: %w", err)
	}
	return nil
}

// Ready says whether the screen shows a built report (and not a build
// under way or a failure).
func (m Model) Ready() bool { return m.loaded }
