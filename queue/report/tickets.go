package report

// Count is a number of tickets under a service or a priority group. Code
// "" in ByPriority is the tickets of no priority group.
type Count struct {
	Code   string
	NameVI string
	NameEN string
	N      int
}

// Workload is what one counter, or one clerk, did: tickets served (done),
// no-shows, and the service times of the tickets served.
type Workload struct {
	Station string // the commune, in a district report of all communes
	Counter int    // 0 in Tickets.Clerks
	Clerk   string // "" in Tickets.Counters; "" in Clerks when unknown
	Served  int
	NoShows int
	Service Durations
}

// Tickets are the queue figures of a period, over the tickets issued on
// its days.
//
//   - A ticket counts under the service it was last queued for (a transfer
//     moves it), and the priority group it was issued with.
//   - Waiting is from issue to the first call (a transferred ticket's
//     second wait is not counted again); it covers every ticket called.
//   - Service is from the last call to the finish, for tickets served
//     (status done): the time at the counter that finished it.
//   - Counters and Clerks count each called ticket at the counter of its
//     last call, and under the clerk who had that counter open then: the
//     clerk named by the latest counter.opened outbox event of that
//     counter at or before the call (the counters table only holds the
//     clerk of now). A counter never opened through an event falls back to
//     the counters table.
type Tickets struct {
	Issued      int
	Served      int // done
	NoShows     int
	Expired     int // still waiting when their day ended
	Transferred int // tickets transferred at least once
	ByService   []Count
	ByPriority  []Count
	Waiting     Durations
	Service     Durations
	Counters    []Workload
	Clerks      []Workload
}

func countTickets(facts Facts) Tickets {
	f := Tickets{
		ByService:  append([]Count(nil), facts.Services...),
		ByPriority: append([]Count{{}}, facts.Priorities...),
	}
	type counterKey struct {
		station string
		n       int
	}
	type clerkKey struct{ station, name string }
	var waits, serves []int64
	counterMS, clerkMS := map[counterKey][]int64{}, map[clerkKey][]int64{}
	counters, byClerk := map[counterKey]*Workload{}, map[clerkKey]*Workload{}
	for _, r := range facts.Tickets {
		f.Issued++
		f.ByService = bump(f.ByService, r.Service)
		f.ByPriority = bump(f.ByPriority, r.Priority)
		if r.Transfers > 0 {
			f.Transferred++
		}
		if r.FirstCall != 0 {
			waits = append(waits, r.FirstCall-r.Issued)
		}
		switch r.Status {
		case "expired":
			f.Expired++
		case "no_show":
			f.NoShows++
		case "done":
			f.Served++
		}
		if r.Counter == 0 || r.Called == 0 {
			continue
		}
		ck, kk := counterKey{r.Station, r.Counter}, clerkKey{r.Station, r.Clerk}
		w, ok := counters[ck]
		if !ok {
			w = &Workload{Station: r.Station, Counter: r.Counter}
			counters[ck] = w
		}
		c, ok := byClerk[kk]
		if !ok {
			c = &Workload{Station: r.Station, Clerk: r.Clerk}
			byClerk[kk] = c
		}
		switch r.Status {
		case "no_show":
			w.NoShows++
			c.NoShows++
		case "done":
			w.Served++
			c.Served++
			d := r.Finished - r.Called
			serves = append(serves, d)
			counterMS[ck] = append(counterMS[ck], d)
			clerkMS[kk] = append(clerkMS[kk], d)
		}
	}
	f.Waiting, f.Service = summarise(waits), summarise(serves)
	for k, w := range counters {
		w.Service = summarise(counterMS[k])
		f.Counters = append(f.Counters, *w)
	}
	sortWorkloads(f.Counters)
	for k, w := range byClerk {
		w.Service = summarise(clerkMS[k])
		f.Clerks = append(f.Clerks, *w)
	}
	sortWorkloads(f.Clerks)
	return f
}

// bump adds one to the count of code, appending it if it is not listed
// (a service removed from the catalog since).
func bump(cs []Count, code string) []Count {
	for i := range cs {
		if cs[i].Code == code {
			cs[i].N++
			return cs
		}
	}
	return append(cs, Count{Code: code, NameVI: code, NameEN: code, N: 1})
}
