package report

// Progress is told how far a long build has come: done of total steps.
// It is called with done never going down and, once the build succeeds,
// last with done == total. total may be 0 for an empty period.
type Progress func(done, total int)

// Options tune BuildWith.
type Options struct {
	Progress Progress // nil: nobody is told
}

// Meter counts the steps of a build and calls a Progress about every
// hundredth of the way, so a build of a million rows makes a hundred calls
// and not a million. The hub's report uses it too.
type Meter struct {
	fn          Progress
	done, total int
	last        int
}

// NewMeter is a meter of total steps telling fn (which may be nil).
func NewMeter(fn Progress, total int) *Meter {
	return &Meter{fn: fn, total: total, last: -1}
}

// Add counts n more steps done; it never passes total.
func (m *Meter) Add(n int) {
	m.done = min(m.done+n, m.total)
	step := max(m.total/100, 1)
	if m.fn != nil && (m.last < 0 || m.done-m.last >= step) {
		m.last = m.done
		m.fn(m.done, m.total)
	}
}

// Done counts every step done and tells it.
func (m *Meter) Done() {
	m.done = m.total
	if m.fn != nil && m.last != m.done {
		m.last = m.done
		m.fn(m.done, m.total)
	}
}
