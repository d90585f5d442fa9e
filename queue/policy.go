package queue

import (
	"fmt"
	"time"
)

// Mode is the priority policy of a station. See docs/QUEUE.md.
type Mode string

// Policy modes.
const (
	// Fair calls priority tickets first, but never more than
	// MaxPriorityRun of them in a row past a waiting regular ticket.
	Fair Mode = "fair"
	// Strict always calls a waiting priority ticket first.
	Strict Mode = "strict"
	// FIFO ignores priority groups.
	FIFO Mode = "fifo"
)

// Policy holds the parameters of the calling order.
type Policy struct {
	Mode                Mode
	MaxPriorityRun      int           // K: priority calls in a row past a waiting regular ticket
	AgingAfter          time.Duration // M: a ticket waiting this long is called before fresher ones (0 = off)
	RecallsBeforeNoShow int           // recalls needed before a no-show may be recorded
}

// DefaultPolicy is the policy of a new station.
var DefaultPolicy = Policy{Mode: Fair, MaxPriorityRun: 3, AgingAfter: 40 * time.Minute, RecallsBeforeNoShow: 2}

// Validate rejects parameters the policy cannot work with.
func (p Policy) Validate() error {
	switch p.Mode {
	case Fair, Strict, FIFO:
	default:
		return fmt.Errorf("%w: policy mode %q (want fair, strict or fifo)", ErrInvalidSettings, p.Mode)
	}
	if p.MaxPriorityRun < 1 && p.Mode == Fair {
		return fmt.Errorf("%w: max priority run %d (want at least 1)", ErrInvalidSettings, p.MaxPriorityRun)
	}
	if p.AgingAfter < 0 || p.RecallsBeforeNoShow < 0 {
		return fmt.Errorf("%w: negative aging or recalls", ErrInvalidSettings)
	}
	return nil
}

// Candidate is a waiting ticket a counter may call, in line order: the
// slice given to Choose is sorted by QueuedAt, then by issue order.
type Candidate struct {
	QueuedAt time.Time
	Priority bool
}

// Choice is what Choose decided: the index of the ticket to call and the
// counter's new run of priority calls that passed a regular ticket.
type Choice struct {
	Index int
	Run   int
	Aged  bool // chosen by the waiting-time rule
}

// Choose picks the next ticket for a counter from its candidates (sorted in
// line order), given the counter's current priority run. It is a pure
// function: the whole policy lives here so that property tests can drive it
// over random arrivals.
//
//   - Aging: if the oldest candidate has waited at least AgingAfter, it is
//     called. Waiting time falls with line order, so the tickets past the
//     limit are a prefix of the line and the oldest of them is the first.
//   - FIFO: the first candidate.
//   - Strict: the first priority candidate, else the first regular one.
//   - Fair: as Strict, except that a priority ticket queued after the
//     oldest waiting regular ticket "passes" it; after MaxPriorityRun such
//     passes in a row at this counter, the oldest regular ticket is called.
//
// A priority call that passes nobody (it was in line before every regular
// ticket) leaves the run as it is; a regular call resets it; a call made
// while no regular ticket waits resets it too, because the run counts
// passes of a waiting regular ticket only.
func Choose(p Policy, now time.Time, cands []Candidate, run int) (Choice, bool) {
	if len(cands) == 0 {
		return Choice{}, false
	}
	firstPri, firstReg := -1, -1
	for i, c := range cands {
		if c.Priority && firstPri < 0 {
			firstPri = i
		}
		if !c.Priority && firstReg < 0 {
			firstReg = i
		}
		if firstPri >= 0 && firstReg >= 0 {
			break
		}
	}
	nextRun := func(i int) int {
		switch {
		case firstReg < 0:
			return 0 // nobody regular is waiting: nothing is passed
		case !cands[i].Priority:
			return 0
		case i > firstReg:
			return run + 1 // a priority ticket passes the oldest regular one
		default:
			return run
		}
	}
	if p.AgingAfter > 0 && now.Sub(cands[0].QueuedAt) >= p.AgingAfter {
		return Choice{Index: 0, Run: nextRun(0), Aged: true}, true
	}
	pick := 0
	switch p.Mode {
	case FIFO:
		pick = 0
	case Strict:
		if firstPri >= 0 {
			pick = firstPri
		} else {
			pick = firstReg
		}
	default: // Fair
		switch {
		case firstPri < 0:
			pick = firstReg
		case firstReg < 0 || firstPri < firstReg:
			pick = firstPri
		case run < p.MaxPriorityRun:
			pick = firstPri
		default:
			pick = firstReg
		}
	}
	return Choice{Index: pick, Run: nextRun(pick)}, true
}
