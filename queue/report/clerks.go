package report

import "sort"

// ClerkTimeline knows who had each counter open when: the clerk named by
// the latest counter.opened event of the counter at or before a moment
// (the counters table only holds the clerk of now). A station and the hub
// both build one from those events.
type ClerkTimeline struct {
	spells map[int][]clerkSpell
	// current is the clerk for calls before any recorded opening: the
	// station's counters table; the hub has none.
	current map[int]string
	sorted  bool
}

// clerkSpell is one clerk's opening of a counter.
type clerkSpell struct {
	at    int64
	clerk string
}

// NewClerkTimeline is an empty timeline.
func NewClerkTimeline() *ClerkTimeline {
	return &ClerkTimeline{spells: map[int][]clerkSpell{}, current: map[int]string{}}
}

// Opened records that clerk opened counter n at time at (Unix ms).
func (c *ClerkTimeline) Opened(n int, at int64, clerk string) {
	c.spells[n] = append(c.spells[n], clerkSpell{at: at, clerk: clerk})
	c.sorted = false
}

// Fallback sets the clerk of counter n for calls before its first
// recorded opening.
func (c *ClerkTimeline) Fallback(n int, clerk string) { c.current[n] = clerk }

// At is the clerk who had counter n open at time t (Unix ms).
func (c *ClerkTimeline) At(n int, t int64) string {
	if !c.sorted {
		for _, s := range c.spells {
			sort.SliceStable(s, func(i, j int) bool { return s[i].at < s[j].at })
		}
		c.sorted = true
	}
	s := c.spells[n]
	i := sort.Search(len(s), func(i int) bool { return s[i].at > t })
	if i == 0 {
		return c.current[n]
	}
	return s[i-1].clerk
}
