package hall

import "sync"

// Lease is a counter held by one session. Leases live in the process:
// they end with the session (or the server), never outlive it in the
// database, so a dropped connection never leaves a counter taken.
type Lease struct {
	Counter  int
	Account  string
	FullName string
	Remote   string
}

// Leases are the counters held by the hall's sessions; two sessions never
// hold the same counter.
type Leases struct {
	mu   sync.Mutex
	held map[int]Lease
}

// NewLeases returns an empty set of leases.
func NewLeases() *Leases { return &Leases{held: map[int]Lease{}} }

// Take gives l.Counter to l's session unless another holds it. The
// returned release gives it back; calling it again does nothing.
func (ls *Leases) Take(l Lease) (release func(), ok bool) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	if _, taken := ls.held[l.Counter]; taken {
		return func() {}, false
	}
	ls.held[l.Counter] = l
	var once sync.Once
	return func() {
		once.Do(func() {
			ls.mu.Lock()
			delete(ls.held, l.Counter)
			ls.mu.Unlock()
		})
	}, true
}

// Holder returns the lease on a counter, if any.
func (ls *Leases) Holder(counter int) (Lease, bool) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	l, ok := ls.held[counter]
	return l, ok
}
