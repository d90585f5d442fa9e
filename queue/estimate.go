package queue

import (
	"time"
)

// Estimate is what the kiosk tells a citizen: how many people will be
// called before them and roughly how long that takes. Known is false when
// no open counter serves the service, so no honest wait can be given.
type Estimate struct {
	Ahead int
	Wait  time.Duration
	Known bool
}

// Position estimates the wait of a waiting ticket. The bool is false when
// the ticket is not waiting (called, finished, or of another day).
func (sn Snapshot) Position(ticketID string) (Estimate, bool) {
	for _, t := range sn.Waiting {
		if t.ID == ticketID {
			return sn.estimate(t), true
		}
	}
	return Estimate{}, false
}

// EstimateNew estimates the wait of a ticket issued now.
func (sn Snapshot) EstimateNew(service, priority string) Estimate {
	return sn.estimate(Ticket{Service: service, Priority: priority, QueuedAt: sn.At.Add(time.Nanosecond), Status: Waiting})
}

// estimate implements the model documented in docs/QUEUE.md.
//
// Ahead counts the tickets of the same line the policy calls first: for a
// priority ticket, the priority tickets queued before it; for a regular
// one, the tickets queued before it and the priority tickets queued after
// it (FIFO mode: the tickets queued before it).
//
// Wait replays the calling policy forward from now (see replay): every
// open counter calls, with Choose, the next of the tickets waiting now as
// soon as it is free, each ticket taking its service's recent mean time,
// until the counter calls this ticket. Known is false when no open
// counter may call it.
func (sn Snapshot) estimate(t Ticket) Estimate {
	fifo := sn.Config.Policy.Mode == FIFO
	ahead := 0
	for _, w := range sn.Waiting {
		if w.ID == t.ID || w.Service != t.Service || w.TargetCounter != t.TargetCounter {
			continue
		}
		before := w.QueuedAt.Before(t.QueuedAt)
		switch {
		case fifo:
			if before {
				ahead++
			}
		case t.IsPriority():
			if w.IsPriority() && before {
				ahead++
			}
		default:
			if before || w.IsPriority() {
				ahead++
			}
		}
	}
	wait, ok := sn.replay(t)
	if !ok {
		return Estimate{Ahead: ahead}
	}
	return Estimate{Ahead: ahead, Wait: wait.Round(time.Second), Known: true}
}

// replay plays the day forward from the snapshot, with no new arrivals,
// and returns when t would be called. A counter serving a ticket is free
// once the mean time of that ticket's service has passed since its call,
// and in no less than a quarter of that mean (a citizen served longer than
// usual is not about to leave at once). Counters start with no priority
// run. Replaying the real policy gets right what a formula cannot: lines
// sharing counters, targets of transfers, the K cap and the M-minute rule.
// Arrivals still to come are not known; a later priority ticket may still
// pass a regular one, so regular waits come out a little short.
func (sn Snapshot) replay(t Ticket) (time.Duration, bool) {
	line := make([]Ticket, 0, len(sn.Waiting)+1)
	target := -1
	for _, w := range sn.Waiting {
		if w.ID == t.ID && t.ID != "" {
			target = len(line)
		}
		line = append(line, w)
	}
	if target < 0 { // a ticket not issued yet joins the end of the line
		target = len(line)
		line = append(line, t)
	}
	type desk struct {
		Counter
		free time.Time
		run  int
	}
	var desks []*desk
	for _, c := range sn.Counters {
		if c.State != Open {
			continue
		}
		d := &desk{Counter: c, free: sn.At}
		if cur := c.Current; cur != nil {
			mean := sn.Means[cur.Service]
			d.free = later(cur.CalledAt.Add(mean), sn.At.Add(mean/4))
		}
		desks = append(desks, d)
	}
	called := make([]bool, len(line))
	var idx []int
	var cands []Candidate
	for len(desks) > 0 {
		next := 0
		for i, d := range desks {
			if d.free.Before(desks[next].free) {
				next = i
			}
		}
		d := desks[next]
		idx, cands = idx[:0], cands[:0]
		for i, w := range line {
			if !called[i] && (w.TargetCounter == d.Number || (w.TargetCounter == 0 && d.Serves(w.Service))) {
				idx = append(idx, i)
				cands = append(cands, Candidate{QueuedAt: w.QueuedAt, Priority: w.IsPriority()})
			}
		}
		choice, ok := Choose(sn.Config.Policy, d.free, cands, d.run)
		if !ok { // nothing left for this counter
			desks = append(desks[:next], desks[next+1:]...)
			continue
		}
		i := idx[choice.Index]
		if i == target {
			return d.free.Sub(sn.At), true
		}
		called[i] = true
		d.free = d.free.Add(sn.Means[line[i].Service])
		d.run = choice.Run
	}
	return 0, false
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
