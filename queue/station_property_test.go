package queue_test

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"motcua/queue"
)

// stationRun drives a real Station (SQLite file, manual clock) with random
// arrivals, calls, out-of-order calls, recalls, no-shows, transfers,
// pauses and closings at the demo commune's three counters, and checks
// every policy call with the oracle of invariants_test.go. It also checks
// that the station's own view of each counter's line (Snapshot.WaitingFor)
// is the oracle's, which proves that transfers keep their place.
type stationRun struct {
	t       testing.TB
	ctx     context.Context
	st      *queue.Station
	rng     *rand.Rand
	chk     *checker
	now     func() time.Time
	serving map[int]watched // ticket being served, per counter
	state   map[int]queue.CounterState
	servers map[string][]int // counters serving each service
	groups  []string
	svcs    []string
	seq     int
}

func newStationRun(t testing.TB, p queue.Policy, seed uint64) (*stationRun, func(time.Duration)) {
	ctx := context.Background()
	st, clock := newStationIn(t, ramDir(t))
	if err := st.SetPolicy(ctx, p); err != nil {
		t.Fatal(err)
	}
	cfg := must(st.Config(ctx))(t)
	stream := fnv.New64a()
	stream.Write([]byte(policyName(p))) // another arrival sequence per policy
	r := &stationRun{t: t, ctx: ctx, st: st, rng: rand.New(rand.NewPCG(seed, stream.Sum64())), chk: newChecker(p),
		now: clock.Now, serving: map[int]watched{}, state: map[int]queue.CounterState{}, servers: map[string][]int{}}
	for _, c := range cfg.Counters {
		r.state[c.Number] = queue.Open
		for _, sv := range c.Services {
			r.servers[sv] = append(r.servers[sv], c.Number)
		}
	}
	for _, sv := range cfg.Services {
		r.svcs = append(r.svcs, sv.Code)
	}
	for _, g := range cfg.Groups {
		r.groups = append(r.groups, g.Code)
	}
	return r, clock.Advance
}

func (r *stationRun) issue(pPriority float64) error {
	sv := r.svcs[r.rng.IntN(len(r.svcs))]
	group := ""
	if r.rng.Float64() < pPriority {
		group = r.groups[r.rng.IntN(len(r.groups))]
	}
	tk, err := r.st.Issue(r.ctx, sv, group)
	if err != nil {
		return err
	}
	r.seq++
	r.chk.join(watched{id: tk.ID, key: lineKey{tk.QueuedAt.Truncate(time.Millisecond), r.seq},
		priority: group != "", counters: r.servers[sv]})
	return nil
}

// expectCallErr is the error a call at counter c must give, from the model.
func (r *stationRun) expectCallErr(c int) error {
	switch {
	case r.state[c] == queue.Closed:
		return queue.ErrCounterClosed
	case r.state[c] == queue.Paused:
		return queue.ErrCounterPaused
	case r.serving[c].id != "":
		return queue.ErrCounterBusy
	}
	return nil
}

// sameLine compares the station's line for counter c with the oracle's.
func (r *stationRun) sameLine(c int) error {
	sn, err := r.st.Snapshot(r.ctx)
	if err != nil {
		return err
	}
	ct, _ := sn.Counter(c)
	var got, want []string
	for _, tk := range sn.WaitingFor(ct) {
		got = append(got, tk.ID)
	}
	for _, w := range r.chk.line(c) {
		want = append(want, w.id)
	}
	if !slices.Equal(got, want) {
		return fmt.Errorf("line of counter %d is %v, the model says %v", c, got, want)
	}
	return nil
}

func (r *stationRun) callNext(c int) error {
	if err := r.sameLine(c); err != nil {
		return err
	}
	want := r.expectCallErr(c)
	if want == nil && len(r.chk.line(c)) == 0 {
		want = queue.ErrNoneWaiting
	}
	tk, err := r.st.CallNext(r.ctx, c)
	if want != nil || err != nil {
		if !errors.Is(err, want) || want == nil {
			return fmt.Errorf("call next at %d: got %v, want %v", c, err, want)
		}
		return nil
	}
	w := r.chk.waiting[tk.ID]
	if _, err := r.chk.policyCall(c, tk.ID, r.now()); err != nil {
		return err
	}
	r.serving[c] = w
	return nil
}

func (r *stationRun) callOutOfOrder(c int) error {
	line := r.chk.line(c)
	if r.expectCallErr(c) != nil || len(line) == 0 {
		return nil
	}
	w := line[r.rng.IntN(len(line))]
	if _, err := r.st.CallTicket(r.ctx, c, w.id, "hẹn trước / appointment"); err != nil {
		return err
	}
	r.serving[c] = w
	return r.chk.outOfOrder(c, w.id)
}

// free returns c if it could call, else another counter that could, else
// c (whose call must then fail): a hall keeps its free counters calling.
func (r *stationRun) free(c int) int {
	for i := range len(r.state) {
		if n := (c+i-1)%len(r.state) + 1; r.expectCallErr(n) == nil {
			return n
		}
	}
	return c
}

// act does something to the ticket a busy counter serves (c if it is
// busy, else another busy counter).
func (r *stationRun) act(c int) error {
	for range len(r.state) {
		if r.serving[c].id != "" {
			break
		}
		c = c%len(r.state) + 1
	}
	w := r.serving[c]
	if w.id == "" {
		return nil
	}
	switch x := r.rng.IntN(20); {
	case x < 14:
		_, err := r.st.Finish(r.ctx, c, queue.Outcomes[r.rng.IntN(len(queue.Outcomes))])
		delete(r.serving, c)
		return err
	case x < 16:
		_, err := r.st.Recall(r.ctx, c)
		return err
	case x < 18:
		tk, err := r.st.NoShow(r.ctx, c)
		if errors.Is(err, queue.ErrTooFewRecalls) {
			return nil
		}
		if err == nil && tk.Recalls < 2 {
			return fmt.Errorf("no-show after %d recalls", tk.Recalls)
		}
		delete(r.serving, c)
		return err
	default:
		return r.transfer(c, w)
	}
}

func (r *stationRun) transfer(c int, w watched) error {
	cur := must(r.st.Ticket(r.ctx, w.id))(r.t)
	var to queue.Target
	if r.rng.IntN(3) > 0 {
		to.Service = r.svcs[r.rng.IntN(len(r.svcs))]
	}
	if r.rng.IntN(2) == 0 {
		to.Counter = 1 + r.rng.IntN(len(r.state))
	}
	tk, err := r.st.Transfer(r.ctx, c, to)
	if (to.Counter == 0 && (to.Service == "" || to.Service == cur.Service)) || to.Counter == c {
		if !errors.Is(err, queue.ErrSamePlace) {
			return fmt.Errorf("transfer of %s to the same place %+v: %v", cur.Display, to, err)
		}
		return nil
	}
	if err != nil {
		return err
	}
	if !tk.QueuedAt.Equal(cur.QueuedAt) || tk.Status != queue.Waiting || tk.Transfers != cur.Transfers+1 {
		return fmt.Errorf("transfer changed the place in line or status: %+v", tk)
	}
	delete(r.serving, c)
	w.target, w.counters = to.Counter, r.servers[tk.Service]
	r.chk.join(w)
	return nil
}

// shift pauses, resumes, closes or opens an idle counter.
func (r *stationRun) shift(c int) error {
	var err error
	switch {
	case r.serving[c].id != "":
		if err = r.st.Pause(r.ctx, c, "nghỉ giải lao"); !errors.Is(err, queue.ErrCounterBusy) {
			return fmt.Errorf("pause while serving: %v", err)
		}
		return nil
	case r.state[c] == queue.Paused:
		err, r.state[c] = r.st.Resume(r.ctx, c), queue.Open
	case r.state[c] == queue.Closed:
		err, r.state[c] = r.st.OpenCounter(r.ctx, c, ""), queue.Open
	case r.rng.IntN(2) == 0:
		err, r.state[c] = r.st.Pause(r.ctx, c, "họp / meeting"), queue.Paused
	default:
		err, r.state[c] = r.st.CloseCounter(r.ctx, c), queue.Closed
	}
	return err
}

// drain opens every counter and serves until nobody waits, so that the
// deep end of every line is called under the policy too.
func (r *stationRun) drain(advance func(time.Duration)) error {
	for c := range r.state {
		if r.serving[c].id != "" {
			if _, err := r.st.Finish(r.ctx, c, queue.Guided); err != nil {
				return err
			}
			delete(r.serving, c)
		}
		if r.state[c] != queue.Open {
			if err := r.st.OpenCounter(r.ctx, c, ""); err != nil {
				return err
			}
			r.state[c] = queue.Open
		}
	}
	for len(r.chk.waiting) > 0 {
		advance(time.Duration(r.rng.IntN(120)) * time.Second)
		c := 1 + r.rng.IntN(len(r.state))
		if err := r.callNext(c); err != nil {
			return err
		}
		if r.serving[c].id != "" {
			if _, err := r.st.Finish(r.ctx, c, queue.Guided); err != nil {
				return err
			}
			delete(r.serving, c)
		}
	}
	return nil
}

func driveStation(t testing.TB, p queue.Policy, seed uint64) (checkStats, error) {
	r, advance := newStationRun(t, p, seed)
	pPriority := 0.15 + 0.45*r.rng.Float64()
	for step := range 260 {
		advance(time.Duration(r.rng.IntN(60)) * time.Second)
		c := 1 + r.rng.IntN(len(r.state))
		var err error
		switch x := r.rng.Float64(); {
		case x < 0.25:
			err = r.issue(pPriority)
		case x < 0.52:
			err = r.callNext(r.free(c))
		case x < 0.57:
			err = r.callOutOfOrder(r.free(c))
		case x < 0.97:
			err = r.act(c)
		default:
			err = r.shift(c)
		}
		if err != nil {
			return r.chk.stats, fmt.Errorf("step %d: %w", step, err)
		}
	}
	r.t.Logf("seed %d: %d waiting before the drain", seed, len(r.chk.waiting))
	if err := r.drain(advance); err != nil {
		return r.chk.stats, fmt.Errorf("drain: %w", err)
	}
	return r.chk.stats, nil
}

// TestStationProperties proves the calling rules end to end, through the
// SQLite store, for every policy of the grid.
func TestStationProperties(t *testing.T) {
	seeds := seedsFromEnv(t, 2)
	for _, p := range policies() {
		t.Run(policyName(p), func(t *testing.T) {
			t.Parallel()
			var total checkStats
			for _, seed := range seeds {
				st, err := driveStation(t, p, seed)
				if err != nil {
					t.Fatalf("seed %d (replay: MOTCUA_QUEUE_SEED=%d MOTCUA_QUEUE_SEEDS=1 go test ./queue -run 'TestStationProperties/%s$'): %v",
						seed, seed, policyName(p), err)
				}
				total.add(st)
			}
			requireExercised(t, p, total, p.AgingAfter == 0)
		})
	}
}
