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

// estimate implements the model documented in docs/QUEUE.md:
//
//	wait = first counter free + ahead × mean service time / capacity
//
// ahead counts the tickets of the same line the policy calls first: for a
// priority ticket, the priority tickets queued before it; for a regular
// one, the tickets queued before it and the priority tickets queued after
// it (FIFO mode: the tickets queued before it). capacity adds, for every
// open counter serving the service, the share of that counter's waiting
// tickets that belong to the service, so a counter shared by three lines
// counts as a fraction. The first counter free is zero when one is idle,
// else the least expected remaining time of the tickets being served.
func (sn Snapshot) estimate(t Ticket) Estimate {
	fifo := sn.Config.Policy.Mode == FIFO
	ahead := 0
	waitingPer := map[string]int{}
	for _, w := range sn.Waiting {
		if w.TargetCounter == 0 {
			waitingPer[w.Service]++
		}
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
	if t.ID == "" || t.Status != Waiting {
		waitingPer[t.Service]++ // the new ticket joins the line
	}
	mean := sn.Means[t.Service]
	capacity := 0.0
	firstFree := time.Duration(-1)
	for _, c := range sn.Counters {
		eligible := c.Number == t.TargetCounter || (t.TargetCounter == 0 && c.Serves(t.Service))
		if c.State != Open || !eligible {
			continue
		}
		total := 0
		for _, sv := range c.Services {
			total += waitingPer[sv]
		}
		share := 1.0
		if total > 0 && t.TargetCounter == 0 {
			share = float64(waitingPer[t.Service]) / float64(total)
		}
		capacity += share
		remaining := time.Duration(0)
		if c.Current != nil {
			remaining = sn.Means[c.Current.Service] - sn.At.Sub(c.Current.CalledAt)
			remaining = max(remaining, 0)
		}
		if firstFree < 0 || remaining < firstFree {
			firstFree = remaining
		}
	}
	if capacity == 0 {
		return Estimate{Ahead: ahead}
	}
	wait := firstFree + time.Duration(float64(ahead)*float64(mean)/capacity)
	return Estimate{Ahead: ahead, Wait: wait.Round(time.Second), Known: true}
}
