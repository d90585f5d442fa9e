package queue_test

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"motcua/queue"
)

// This file holds the oracle of the calling order, shared by the property
// tests of Choose (policy_test.go) and of the whole Station
// (station_property_test.go). It keeps its own model of who waits where
// and checks every call against the rules of docs/QUEUE.md; it never asks
// the code under test what the right answer is.

// lineKey is a ticket's place in line: its queue time (kept across
// transfers), then its issue order for tickets queued in the same
// millisecond. "A passes B" means A has the later key and is called first.
type lineKey struct {
	at  time.Time
	seq int
}

func (a lineKey) before(b lineKey) bool {
	if !a.at.Equal(b.at) {
		return a.at.Before(b.at)
	}
	return a.seq < b.seq
}

// watched is a waiting ticket as the oracle sees it.
type watched struct {
	id       string
	key      lineKey
	priority bool
	target   int   // counter it was transferred to, 0 for none
	counters []int // counters serving its service
}

func (w watched) eligibleAt(counter int) bool {
	if w.target != 0 {
		return w.target == counter
	}
	return slices.Contains(w.counters, counter)
}

// checkStats counts what a run exercised, so that the tests can prove
// they were not vacuous (no passes, no aged calls, the cap never hit).
type checkStats struct {
	calls      int // policy calls checked
	outOfOrder int // out-of-order calls (exempt)
	passes     int // priority calls that passed a waiting regular ticket
	capped     int // regular calls made because the run reached K
	aged       int // calls decided by the M-minute rule
	maxPasses  int // most passes one regular ticket took at one counter
}

func (s *checkStats) add(o checkStats) {
	s.calls += o.calls
	s.outOfOrder += o.outOfOrder
	s.passes += o.passes
	s.capped += o.capped
	s.aged += o.aged
	s.maxPasses = max(s.maxPasses, o.maxPasses)
}

// checker is the oracle. passes[c][r] counts the priority tickets that
// passed regular ticket r at counter c since r joined the line or since
// the last policy call of a regular ticket at c (the stronger form of "in
// a row": a priority call that passes nobody does not end the row). run[c]
// is the run of Choose's doc comment, recomputed from its definition.
type checker struct {
	policy  queue.Policy
	waiting map[string]watched
	passes  map[int]map[string]int
	run     map[int]int
	stats   checkStats
}

func newChecker(p queue.Policy) *checker {
	return &checker{policy: p, waiting: map[string]watched{}, passes: map[int]map[string]int{}, run: map[int]int{}}
}

// join puts a ticket in line: a new one, or one sent back by a transfer
// (with its old key).
func (c *checker) join(w watched) {
	c.waiting[w.id] = w
	for _, m := range c.passes {
		delete(m, w.id)
	}
}

// line lists the tickets counter may call, in line order.
func (c *checker) line(counter int) []watched {
	var out []watched
	for _, w := range c.waiting {
		if w.eligibleAt(counter) {
			out = append(out, w)
		}
	}
	slices.SortFunc(out, func(a, b watched) int {
		switch {
		case a.key.before(b.key):
			return -1
		case b.key.before(a.key):
			return 1
		}
		return 0
	})
	return out
}

func (c *checker) leave(id string) {
	delete(c.waiting, id)
	for _, m := range c.passes {
		delete(m, id)
	}
}

// outOfOrder records a clerk's chosen call: exempt from the rules, it
// neither counts in a run nor ends one.
func (c *checker) outOfOrder(counter int, id string) error {
	w, ok := c.waiting[id]
	if !ok || !w.eligibleAt(counter) {
		return fmt.Errorf("out-of-order call of %s at counter %d: not waiting there", id, counter)
	}
	c.stats.outOfOrder++
	c.leave(id)
	return nil
}

// policyCall checks that counter calling ticket id at now obeys the
// policy, then updates the model. It returns the run the counter must have
// after the call.
func (c *checker) policyCall(counter int, id string, now time.Time) (int, error) {
	line := c.line(counter)
	x, ok := c.waiting[id]
	if !ok || !x.eligibleAt(counter) {
		return 0, fmt.Errorf("counter %d called %s, which is not waiting there", counter, id)
	}
	p := c.policy
	oldest := line[0]
	aged := p.AgingAfter > 0 && now.Sub(oldest.key.at) >= p.AgingAfter
	firstReg, anyPri := -1, false
	for i, w := range line {
		if !w.priority && firstReg < 0 {
			firstReg = i
		}
		anyPri = anyPri || w.priority
	}
	fail := func(format string, args ...any) (int, error) {
		return 0, fmt.Errorf("counter %d called %s (priority %v, queued %s) at %s: %s",
			counter, x.id, x.priority, x.key.at.Format("15:04:05"), now.Format("15:04:05"), fmt.Sprintf(format, args...))
	}
	// The M-minute rule: the oldest, once it has waited M, goes first.
	if aged {
		c.stats.aged++
		if x.id != oldest.id {
			return fail("%s has waited %s ≥ M=%s and must be called", oldest.id, now.Sub(oldest.key.at), p.AgingAfter)
		}
	}
	// Nobody is passed by a later ticket of the same or lower priority.
	for _, y := range line {
		if y.key.before(x.key) && (y.priority || !x.priority) {
			return fail("it passes %s (priority %v), queued earlier", y.id, y.priority)
		}
	}
	switch p.Mode {
	case queue.FIFO:
		if x.id != oldest.id {
			return fail("FIFO must call the first in line, %s", oldest.id)
		}
	case queue.Strict:
		if anyPri && !x.priority && !aged {
			return fail("strict mode calls a regular ticket while a priority one waits")
		}
	case queue.Fair:
		if anyPri && !x.priority && !aged && c.run[counter] < p.MaxPriorityRun {
			return fail("fair mode calls a regular ticket while a priority one waits and the run is %d < K=%d",
				c.run[counter], p.MaxPriorityRun)
		}
		if x.priority && firstReg >= 0 && line[firstReg].key.before(x.key) && c.run[counter] >= p.MaxPriorityRun {
			return fail("fair mode passes regular %s once more with the run at K=%d", line[firstReg].id, p.MaxPriorityRun)
		}
		if !x.priority && anyPri && !aged {
			c.stats.capped++
		}
	}
	// Count passes per regular ticket at this counter.
	m := c.passes[counter]
	if m == nil {
		m = map[string]int{}
		c.passes[counter] = m
	}
	passed := false
	for _, r := range line {
		switch {
		case r.priority || r.id == x.id:
		case !x.priority:
			delete(m, r.id) // a regular call ends every run at this counter
		case r.key.before(x.key):
			passed = true
			m[r.id]++
			c.stats.maxPasses = max(c.stats.maxPasses, m[r.id])
			if p.Mode == queue.Fair && m[r.id] > p.MaxPriorityRun {
				return fail("regular %s is passed %d times at this counter, more than K=%d", r.id, m[r.id], p.MaxPriorityRun)
			}
		}
	}
	if passed {
		c.stats.passes++
	}
	// The run, from its definition in Choose's doc comment.
	switch {
	case firstReg < 0 || !x.priority:
		c.run[counter] = 0
	case line[firstReg].key.before(x.key):
		c.run[counter]++
	}
	c.stats.calls++
	c.leave(x.id)
	return c.run[counter], nil
}

// seedsFromEnv returns n seeds starting at MOTCUA_QUEUE_SEED (default 1),
// so that a failure printed with its seed can be replayed alone
// (MOTCUA_QUEUE_SEED=1234 MOTCUA_QUEUE_SEEDS=1) and other seeds explored.
func seedsFromEnv(t *testing.T, n int) []uint64 {
	t.Helper()
	base := uint64(1)
	if v := os.Getenv("MOTCUA_QUEUE_SEED"); v != "" {
		b, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("MOTCUA_QUEUE_SEED=%q: %v", v, err)
		}
		base = b
	}
	if v := os.Getenv("MOTCUA_QUEUE_SEEDS"); v != "" {
		k, err := strconv.Atoi(v)
		if err != nil || k < 1 {
			t.Fatalf("MOTCUA_QUEUE_SEEDS=%q: want a positive number", v)
		}
		n = k
	}
	out := make([]uint64, n)
	for i := range out {
		out[i] = base + uint64(i)
	}
	return out
}

// exploring reports whether the seeds were chosen by hand: the tests then
// still check every invariant, but do not ask that the few seeds reached
// every situation (the cap, the M-minute rule).
func exploring() bool {
	return os.Getenv("MOTCUA_QUEUE_SEED") != "" || os.Getenv("MOTCUA_QUEUE_SEEDS") != ""
}

// policies is the grid the property tests cover: Fair with K = 1..4 and
// aging off, short and default; Strict with and without aging; FIFO.
func policies() []queue.Policy {
	var out []queue.Policy
	for k := 1; k <= 4; k++ {
		for _, m := range []time.Duration{0, 15 * time.Minute, 40 * time.Minute} {
			out = append(out, queue.Policy{Mode: queue.Fair, MaxPriorityRun: k, AgingAfter: m, RecallsBeforeNoShow: 2})
		}
	}
	for _, m := range []time.Duration{0, 20 * time.Minute} {
		out = append(out, queue.Policy{Mode: queue.Strict, MaxPriorityRun: 3, AgingAfter: m, RecallsBeforeNoShow: 2})
	}
	return append(out, queue.Policy{Mode: queue.FIFO, MaxPriorityRun: 3, AgingAfter: 40 * time.Minute, RecallsBeforeNoShow: 2})
}

func policyName(p queue.Policy) string {
	return fmt.Sprintf("%s_K%d_M%d", p.Mode, p.MaxPriorityRun, int(p.AgingAfter/time.Minute))
}

// ramDir is a temporary folder in memory (/dev/shm) when the system has
// one, else t.TempDir(). The property and simulation tests check the
// calling logic through SQLite thousands of times; fsync on a disk would
// make them slow without testing anything more (durability is the crash
// test's business).
func ramDir(t testing.TB) string {
	t.Helper()
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
		if dir, err := os.MkdirTemp("/dev/shm", "motcua-queue-test-"); err == nil {
			t.Cleanup(func() { os.RemoveAll(dir) })
			return dir
		}
	}
	return t.TempDir()
}
