// Package queue is the commune's ticket queue: issuing numbered tickets at
// the kiosk, calling them to counters under a fair priority policy,
// recalling, marking no-shows, transferring and finishing them, and
// estimating waits. It knows nothing of terminals or HTTP; every change is
// one store.DB.Write transaction that also appends its outbox event.
package queue

import (
	"errors"
	"fmt"
	"time"
)

// Status is where a ticket is in its life.
type Status string

// Ticket statuses.
const (
	Waiting Status = "waiting" // in line (also after a transfer)
	Serving Status = "serving" // called to a counter
	Done    Status = "done"    // finished with an outcome
	NoShow  Status = "no_show" // called, recalled, never came
	Expired Status = "expired" // still waiting when its day ended
)

// Outcome is how the clerk finished serving a ticket.
type Outcome string

// Outcomes a clerk can record.
const (
	Guided   Outcome = "guided"   // chỉ hướng dẫn
	Received Outcome = "received" // đã tiếp nhận hồ sơ
	Referred Outcome = "referred" // chuyển nơi khác
)

// Outcomes lists the outcomes in the order the counter offers them.
var Outcomes = []Outcome{Guided, Received, Referred}

// Ticket is one citizen's place in line. ID is permanent and unique across
// stations; Display ("A012") restarts every local day.
type Ticket struct {
	ID            string
	Day           string
	Number        int
	Display       string
	Service       string
	Priority      string // priority group code; "" for none
	Status        Status
	IssuedAt      time.Time
	QueuedAt      time.Time // place in line; kept across transfers
	TargetCounter int       // 0 unless transferred to one counter
	Counter       int       // counter serving (or that last served) it
	CalledAt      time.Time
	Recalls       int
	Transfers     int
	FinishedAt    time.Time
	Outcome       Outcome
}

// IsPriority reports whether the ticket belongs to a priority group.
func (t Ticket) IsPriority() bool { return t.Priority != "" }

// Service is a line of the queue with its prefix letter.
type Service struct {
	Code           string
	Prefix         string
	NameVI         string
	NameEN         string
	DefaultService time.Duration // assumed service time until measured
}

// PriorityGroup is a group of citizens called ahead of regular tickets.
type PriorityGroup struct {
	Code   string
	NameVI string
	NameEN string
}

// CounterState says whether a counter takes calls.
type CounterState string

// Counter states.
const (
	Closed CounterState = "closed"
	Open   CounterState = "open"
	Paused CounterState = "paused"
)

// Counter is a desk, the services it serves and what it is doing now.
type Counter struct {
	Number      int
	Clerk       string
	Services    []string
	State       CounterState
	PauseReason string
	StateSince  time.Time
	Current     *Ticket // ticket being served, nil when none
}

// Serves reports whether the counter serves the service.
func (c Counter) Serves(service string) bool {
	for _, s := range c.Services {
		if s == service {
			return true
		}
	}
	return false
}

// Errors of the queue; screens turn them into sentences of the translation
// table with errors.Is.
var (
	ErrNoneWaiting     = errors.New("nobody is waiting for this counter")
	ErrCounterPaused   = errors.New("counter is paused")
	ErrCounterClosed   = errors.New("counter is not open")
	ErrCounterBusy     = errors.New("counter is serving a ticket")
	ErrNoCurrent       = errors.New("counter is not serving a ticket")
	ErrTooFewRecalls   = errors.New("too few recalls for a no-show")
	ErrReasonRequired  = errors.New("a reason is required")
	ErrNotWaiting      = errors.New("ticket is not waiting")
	ErrNotEligible     = errors.New("counter does not serve that ticket")
	ErrUnknownService  = errors.New("unknown service")
	ErrUnknownCounter  = errors.New("unknown counter")
	ErrUnknownGroup    = errors.New("unknown priority group")
	ErrSamePlace       = errors.New("ticket is already there")
	ErrUnknownOutcome  = errors.New("unknown outcome")
	ErrTicketNotFound  = errors.New("ticket not found")
	ErrInvalidSettings = errors.New("invalid settings")
)

// TooFewRecallsError is returned by NoShow before the citizen has been
// called often enough; it matches ErrTooFewRecalls.
type TooFewRecallsError struct{ Have, Need int }

func (e *TooFewRecallsError) Error() string {
	return fmt.Sprintf("%v: %d of %d", ErrTooFewRecalls, e.Have, e.Need)
}

// Is makes errors.Is(err, ErrTooFewRecalls) hold.
func (e *TooFewRecallsError) Is(target error) bool { return target == ErrTooFewRecalls }
