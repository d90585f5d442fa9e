package hub

import (
	"context"
	"fmt"
	"sort"

	"motcua/queue"
	"motcua/queue/report"
)

// lateExpiryDays is how long after a period the hub still looks for its
// tickets' records: a ticket left waiting is expired by the first
// activity of a later day, which after a holiday may be days later.
const lateExpiryDays = 31

// reportWhere picks the records a report reads: the tickets' events from
// the period's start (expiries come later, see lateExpiryDays), the
// counter openings before its end (who was at which counter), every
// dossier event (a dossier received long ago may be overdue now), and the
// day summaries of ratings sent since the period started.
const reportWhere = ` WHERE ((kind LIKE 'ticket.%' AND at >= ? AND at < ?) OR (kind = 'counter.opened' AND at < ?)
	OR kind LIKE 'dossier.%' OR (kind = 'rating.day_summary' AND at >= ?))`

// Report builds the activity report of period p from the records the
// stations sent: of one commune, or of all communes together when station
// is "". The figures are counted by queue/report.Compute, as a station
// counts its own, so a commune's report at the district matches the one
// the commune prints once its records have arrived. In a report of all
// communes, counters, clerks and rating groups carry their commune
// (Workload.Station, Ratings.Station), and rating groups under
// report.MinGroup are merged across communes.
//
// What the hub cannot know: the names of services and priority groups
// (shown by code), the clerk of a counter opened before the hub's first
// record, and the ratings of a commune's last working day, which leave
// the station with its next day's first activity.
func (h *Hub) Report(ctx context.Context, p report.Period, station string, opts report.Options) (report.Report, error) {
	at := h.clock.Now()
	start, end := p.From.UnixMilli(), p.To.AddDate(0, 0, 1).UnixMilli()
	args := []any{start, p.To.AddDate(0, 0, 1+lateExpiryDays).UnixMilli(), end, start}
	where := reportWhere
	if station != "" {
		where += ` AND station = ?`
		args = append(args, station)
	}
	var total int
	if err := h.db.QueryRowContext(ctx, h.rebind(`SELECT count(*) FROM records`+where), args...).Scan(&total); err != nil {
		return report.Report{}, fmt.Errorf("hub report %s–%s: count records: %w", p.FirstDay(), p.LastDay(), err)
	}
	meter := report.NewMeter(opts.Progress, total)
	c := newCollector(p, station == "")
	rows, err := h.db.QueryContext(ctx, h.rebind(`SELECT station, kind, at, payload FROM records`+where+` ORDER BY station, seq`), args...)
	if err != nil {
		return report.Report{}, fmt.Errorf("hub report %s–%s: read records: %w", p.FirstDay(), p.LastDay(), err)
	}
	defer rows.Close()
	for rows.Next() {
		var st, kind, payload string
		var at int64
		if err := rows.Scan(&st, &kind, &at, &payload); err != nil {
			return report.Report{}, fmt.Errorf("hub report: read records: %w", err)
		}
		if err := c.add(st, kind, at, []byte(payload)); err != nil {
			return report.Report{}, fmt.Errorf("hub report: record %s of %s: %w", kind, st, err)
		}
		meter.Add(1)
	}
	if err := rows.Err(); err != nil {
		return report.Report{}, fmt.Errorf("hub report: read records: %w", err)
	}
	r := report.Compute(p, at, c.facts())
	r.AllCommunes = station == ""
	if station != "" {
		names, err := h.stationNames(ctx)
		if err != nil {
			return report.Report{}, err
		}
		r.Commune = station
		if n := names[station]; n != "" {
			r.Commune = n + " (" + station + ")"
		}
	}
	meter.Done()
	return r, nil
}

// codes lists codes at zero under their own names, sorted.
func codes(seen map[string]bool) []report.Count {
	var out []report.Count
	for code := range seen {
		if code != "" {
			out = append(out, report.Count{Code: code, NameVI: code, NameEN: code})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// ratingsOf is a day summary's counts as a report's group; an unknown
// level or a count below one (a station that sent nonsense) adds nothing.
func ratingsOf(station string, counter int, levels map[queue.Level]int) report.Ratings {
	r := report.Ratings{Station: station, Counter: counter}
	for l, n := range levels {
		if i := report.LevelIndex(l); i >= 0 && n > 0 {
			r.Levels[i] += n
			r.Total += n
		}
	}
	return r
}
