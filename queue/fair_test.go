package queue_test

import (
	"context"
	"testing"
	"time"

	"motcua/queue"
)

// serveNext calls the next ticket at a counter and finishes it.
func serveNext(t *testing.T, st *queue.Station, counter int) queue.Ticket {
	t.Helper()
	ctx := context.Background()
	tk := must(st.CallNext(ctx, counter))(t)
	must(st.Finish(ctx, counter, queue.Guided))(t)
	return tk
}

// TestFairRunSurvivesClosing is the counterexample that closing a counter
// reset its priority run: a regular ticket waiting through a shift change
// (close, open) was passed 2K times in a row at that counter.
func TestFairRunSurvivesClosing(t *testing.T) {
	ctx := context.Background()
	st, clock := newStation(t)
	must(0, st.SetPolicy(ctx, queue.Policy{Mode: queue.Fair, MaxPriorityRun: 3, RecallsBeforeNoShow: 2}))(t)
	// datdai is served by counter 2 only.
	regular := must(st.Issue(ctx, "datdai", ""))(t)
	for range 6 {
		clock.Advance(time.Second)
		must(st.Issue(ctx, "datdai", "elderly"))(t)
	}
	for i := range 3 {
		if tk := serveNext(t, st, 2); !tk.IsPriority() {
			t.Fatalf("call %d: got regular %s, want a priority ticket first", i+1, tk.Display)
		}
	}
	must(0, st.CloseCounter(ctx, 2))(t)
	must(0, st.OpenCounter(ctx, 2, "Phạm Văn Nam"))(t)
	if tk := serveNext(t, st, 2); tk.ID != regular.ID {
		t.Fatalf("after close and open, counter 2 called %s: the regular ticket %s is passed a 4th time in a row (K=3)",
			tk.Display, regular.Display)
	}
	if tk := serveNext(t, st, 2); !tk.IsPriority() {
		t.Fatalf("after the regular call the run restarts: got %s", tk.Display)
	}
}

// TestFairPriorityFirstThenCap walks the default policy at one counter:
// priority tickets first, K of them past a waiting regular ticket, then
// the regular one; and a ticket that waited M minutes beats everybody.
func TestFairPriorityFirstThenCap(t *testing.T) {
	ctx := context.Background()
	st, clock := newStation(t) // default policy: fair, K=3, M=40
	r1 := must(st.Issue(ctx, "datdai", ""))(t)
	r2 := must(st.Issue(ctx, "datdai", ""))(t)
	var ps []queue.Ticket
	for range 5 {
		clock.Advance(time.Second)
		ps = append(ps, must(st.Issue(ctx, "datdai", "pregnant"))(t))
	}
	want := []string{ps[0].Display, ps[1].Display, ps[2].Display, r1.Display, ps[3].Display, ps[4].Display, r2.Display}
	for i, w := range want {
		if got := serveNext(t, st, 2); got.Display != w {
			t.Fatalf("call %d: got %s, want %s (order %v)", i+1, got.Display, w, want)
		}
	}
	// Aging: a regular ticket 40 minutes old goes before a fresh priority one.
	old := must(st.Issue(ctx, "datdai", ""))(t)
	clock.Advance(40 * time.Minute)
	must(st.Issue(ctx, "datdai", "merit"))(t)
	if got := serveNext(t, st, 2); got.ID != old.ID {
		t.Fatalf("after 40 minutes got %s, want the aged %s", got.Display, old.Display)
	}
}
