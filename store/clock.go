package store

import (
	"sync"
	"time"
)

// Clock is the one source of time for domain code, so that tests can run a
// whole commune day in milliseconds. Nothing below cmd calls time.Now.
type Clock interface {
	Now() time.Time
}

// SystemClock reads the computer's clock.
type SystemClock struct{}

// Now returns the current time.
func (SystemClock) Now() time.Time { return time.Now() }

// ManualClock is a clock that moves only when told; safe for concurrent use.
type ManualClock struct {
	mu sync.Mutex
	t  time.Time
}

// NewManualClock returns a clock stopped at t.
func NewManualClock(t time.Time) *ManualClock { return &ManualClock{t: t} }

// Now returns the clock's time.
func (c *ManualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock forward by d.
func (c *ManualClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// Set moves the clock to t.
func (c *ManualClock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// Local is Vietnam's time zone. Vietnam keeps UTC+7 all year, so a fixed
// zone is exact and needs no tz database (absent on Windows).
var Local = time.FixedZone("ICT", 7*60*60)

// Day is the station-local calendar day of t, as YYYY-MM-DD. Ticket numbers
// restart at local midnight.
func Day(t time.Time) string { return t.In(Local).Format(time.DateOnly) }
