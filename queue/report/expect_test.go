package report_test

import (
	"slices"
	"sort"
	"time"

	"motcua/intake"
	"motcua/queue"
	"motcua/queue/report"
)

// The figures a report should hold, computed in plain Go from what the
// simulation did (sim_test.go), not from the database.

func counts(cs []report.Count) map[string]int {
	out := map[string]int{}
	for _, c := range cs {
		if c.N > 0 {
			out[c.Code] = c.N
		}
	}
	return out
}

// stats summarises durations the plain way: sort, average, middle, and
// the first value with at least 90 % of all at or below it.
func stats(ds []time.Duration) report.Durations {
	if len(ds) == 0 {
		return report.Durations{}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	n := len(ds)
	med := ds[n/2]
	if n%2 == 0 {
		med = (ds[n/2-1] + ds[n/2]) / 2
	}
	var p90 time.Duration
	for i, d := range ds {
		if 10*(i+1) >= 9*n {
			p90 = d
			break
		}
	}
	return report.Durations{N: n, Mean: (sum / time.Duration(n)).Truncate(time.Millisecond), Median: med, P90: p90}
}

func expectTickets(m *month) report.Tickets {
	var f report.Tickets
	byService, byPrio := map[string]int{}, map[string]int{}
	var waits, serves []time.Duration
	type work struct {
		served, noShows int
		ds              []time.Duration
	}
	perCounter, perClerk := map[int]*work{}, map[string]*work{}
	for _, s := range m.tickets {
		f.Issued++
		byService[s.service]++
		byPrio[s.priority]++
		if s.transfers > 0 {
			f.Transferred++
		}
		if !s.firstCall.IsZero() {
			waits = append(waits, s.firstCall.Sub(s.issued))
		}
		if s.status != "done" && s.status != "no_show" {
			if s.status == "expired" {
				f.Expired++
			}
			continue
		}
		if perCounter[s.counter] == nil {
			perCounter[s.counter] = &work{}
		}
		if perClerk[s.clerk] == nil {
			perClerk[s.clerk] = &work{}
		}
		for _, w := range []*work{perCounter[s.counter], perClerk[s.clerk]} {
			if s.status == "no_show" {
				w.noShows++
			} else {
				w.served++
				w.ds = append(w.ds, s.finished.Sub(s.lastCall))
			}
		}
		if s.status == "no_show" {
			f.NoShows++
		} else {
			f.Served++
			serves = append(serves, s.finished.Sub(s.lastCall))
		}
	}
	f.Waiting, f.Service = stats(waits), stats(serves)
	for code, n := range byService {
		f.ByService = append(f.ByService, report.Count{Code: code, N: n})
	}
	for code, n := range byPrio {
		f.ByPriority = append(f.ByPriority, report.Count{Code: code, N: n})
	}
	for n := 1; n <= 3; n++ {
		if w := perCounter[n]; w != nil {
			f.Counters = append(f.Counters, report.Workload{Counter: n, Served: w.served, NoShows: w.noShows, Service: stats(w.ds)})
		}
	}
	names := make([]string, 0, len(perClerk))
	for name := range perClerk {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		w := perClerk[name]
		f.Clerks = append(f.Clerks, report.Workload{Clerk: name, Served: w.served, NoShows: w.noShows, Service: stats(w.ds)})
	}
	return f
}

func expectDossiers(m *month, p report.Period, now time.Time) report.Dossiers {
	var f report.Dossiers
	in := func(t time.Time) bool { return !t.Before(p.From) && t.Before(p.To.AddDate(0, 0, 1)) }
	for _, d := range m.dossiers {
		if in(d.received) {
			f.Received++
		}
		if !d.resolved.IsZero() && in(d.resolved) {
			if d.resolved.After(d.resolvedDue) || d.apologies > 0 {
				f.ResolvedLate++
			} else {
				f.ResolvedOnTime++
			}
		}
		if (d.status == intake.Received || d.status == intake.Processing) && d.due.Before(now) {
			f.OverdueNow++
		}
		n := func(kind string) int {
			c := 0
			for _, at := range d.steps[kind] {
				if in(at) {
					c++
				}
			}
			return c
		}
		f.Returned += n("returned")
		f.Mailed += n("mailed")
		f.Refused += n("refused")
		f.Apologies += n("apologised")
		f.Supplements += n("supplement_requested")
		for i, nth := range d.supplementNth {
			if nth >= 2 && in(d.supplementAt[i]) {
				f.SupplementedAgain++
				break
			}
		}
	}
	return f
}

func expectSatisfaction(m *month) report.Satisfaction {
	var s report.Satisfaction
	per := map[int]*report.Ratings{}
	for _, r := range m.ratings {
		i := slices.Index(queue.Levels, r.level)
		s.All.Levels[i]++
		s.All.Total++
		if per[r.counter] == nil {
			per[r.counter] = &report.Ratings{Counter: r.counter}
		}
		per[r.counter].Levels[i]++
		per[r.counter].Total++
	}
	// merge small counters, then the smallest shown while "other" is small
	other := report.Ratings{Other: true}
	merge := func(n int) {
		for i := range 3 {
			other.Levels[i] += per[n].Levels[i]
		}
		other.Total += per[n].Total
		delete(per, n)
	}
	for n, g := range per {
		if g.Total < 3 {
			merge(n)
		}
	}
	for other.Total > 0 && other.Total < 3 && len(per) > 0 {
		smallest := 0
		for n, g := range per {
			if smallest == 0 || g.Total < per[smallest].Total || (g.Total == per[smallest].Total && n < smallest) {
				smallest = n
			}
		}
		merge(smallest)
	}
	for n := 1; n <= 3; n++ {
		if g := per[n]; g != nil {
			s.Counters = append(s.Counters, *g)
		}
	}
	if other.Total > 0 {
		s.Counters = append(s.Counters, other)
	}
	return s
}
