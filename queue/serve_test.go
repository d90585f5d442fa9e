package queue_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"motcua/queue"
)

// callOne issues a ticket and calls it at a counter.
func callOne(t *testing.T, st *queue.Station, service string, counter int) queue.Ticket {
	t.Helper()
	ctx := context.Background()
	tk := must(st.Issue(ctx, service, ""))(t)
	called := must(st.CallNext(ctx, counter))(t)
	if called.ID != tk.ID {
		t.Fatalf("counter %d called %s, want %s", counter, called.Display, tk.Display)
	}
	return called
}

func wantErr(t *testing.T, what string, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("%s: got %v, want %v", what, err, want)
	}
}

func TestNoShowNeedsRecalls(t *testing.T) {
	ctx := context.Background()
	st, clock := newStation(t) // demo policy: 2 recalls before a no-show
	_, err := st.Recall(ctx, 1)
	wantErr(t, "recall at an idle counter", err, queue.ErrNoCurrent)
	tk := callOne(t, st, "hotich", 1)
	for i := range 2 {
		_, err := st.NoShow(ctx, 1)
		wantErr(t, "no-show after too few recalls", err, queue.ErrTooFewRecalls)
		clock.Advance(time.Minute)
		r := must(st.Recall(ctx, 1))(t)
		if r.Recalls != i+1 || r.ID != tk.ID {
			t.Fatalf("recall %d: %+v", i+1, r)
		}
	}
	sn := must(st.Snapshot(ctx))(t)
	if len(sn.Calls) != 3 || !sn.Calls[0].Recall || !sn.Calls[1].Recall || sn.Calls[2].Recall || sn.Calls[0].Display != tk.Display {
		t.Fatalf("calls on the board %+v, want two recalls then the call, newest first", sn.Calls)
	}
	gone := must(st.NoShow(ctx, 1))(t)
	if gone.Status != queue.NoShow || gone.FinishedAt.IsZero() {
		t.Fatalf("no-show left %+v", gone)
	}
	if c, _ := must(st.Snapshot(ctx))(t).Counter(1); c.Current != nil {
		t.Fatalf("counter 1 still serves %s after the no-show", c.Current.Display)
	}
	// With no recalls required, a no-show may follow the call at once; a
	// new call starts the count again.
	must(0, st.SetPolicy(ctx, queue.Policy{Mode: queue.Fair, MaxPriorityRun: 3, RecallsBeforeNoShow: 0}))(t)
	callOne(t, st, "hotich", 1)
	must(st.NoShow(ctx, 1))(t)
}

func TestTransferKeepsPlace(t *testing.T) {
	ctx := context.Background()
	st, clock := newStation(t)
	a := must(st.Issue(ctx, "hotich", ""))(t) // 08:00
	clock.Advance(5 * time.Minute)
	b := must(st.Issue(ctx, "chungthuc", ""))(t) // 08:05
	clock.Advance(5 * time.Minute)
	if got := must(st.CallNext(ctx, 1))(t); got.ID != a.ID {
		t.Fatalf("counter 1 called %s, want %s", got.Display, a.Display)
	}
	clock.Advance(3 * time.Minute)
	moved := must(st.Transfer(ctx, 1, queue.Target{Service: "chungthuc"}))(t)
	if moved.Status != queue.Waiting || moved.Service != "chungthuc" || moved.Display != a.Display ||
		!moved.QueuedAt.Equal(a.QueuedAt) || moved.Transfers != 1 || !moved.CalledAt.IsZero() {
		t.Fatalf("transferred ticket %+v", moved)
	}
	// Counter 2 serves chungthuc: the transferred A001 (queued 08:00) is
	// ahead of B001 (08:05) although it joined that line at 08:13.
	if got := must(st.CallNext(ctx, 2))(t); got.ID != a.ID {
		t.Fatalf("counter 2 called %s, want the transferred %s first", got.Display, a.Display)
	}
	// To one counter: only that counter may call it, even for a service it
	// does not otherwise serve (counter 3 does not serve chungthuc).
	toDesk := must(st.Transfer(ctx, 2, queue.Target{Counter: 3}))(t)
	if toDesk.TargetCounter != 3 || toDesk.Service != "chungthuc" {
		t.Fatalf("transfer to counter 3: %+v", toDesk)
	}
	sn := must(st.Snapshot(ctx))(t)
	for _, n := range []int{1, 2} {
		c, _ := sn.Counter(n)
		for _, w := range sn.WaitingFor(c) {
			if w.ID == a.ID {
				t.Fatalf("counter %d may call %s, transferred to counter 3", n, a.Display)
			}
		}
	}
	if got := must(st.CallNext(ctx, 1))(t); got.ID != b.ID {
		t.Fatalf("counter 1 called %s, want %s", got.Display, b.Display)
	}
	got := must(st.CallNext(ctx, 3))(t)
	if got.ID != a.ID || got.TargetCounter != 0 || got.Transfers != 2 {
		t.Fatalf("counter 3 called %+v, want %s with its target cleared", got, a.Display)
	}
	// Both: another service at one counter.
	both := must(st.Transfer(ctx, 3, queue.Target{Service: "datdai", Counter: 2}))(t)
	if both.Service != "datdai" || both.TargetCounter != 2 {
		t.Fatalf("transfer to datdai at counter 2: %+v", both)
	}
}

func TestTransferRejectsSamePlace(t *testing.T) {
	ctx := context.Background()
	st, _ := newStation(t)
	_, err := st.Transfer(ctx, 1, queue.Target{Service: "chungthuc"})
	wantErr(t, "transfer at an idle counter", err, queue.ErrNoCurrent)
	tk := callOne(t, st, "hotich", 1)
	for _, c := range []struct {
		to   queue.Target
		want error
	}{
		{queue.Target{}, queue.ErrSamePlace},
		{queue.Target{Service: "hotich"}, queue.ErrSamePlace},
		{queue.Target{Counter: 1}, queue.ErrSamePlace},
		{queue.Target{Service: "chungthuc", Counter: 1}, queue.ErrSamePlace},
		{queue.Target{Service: "nope"}, queue.ErrUnknownService},
		{queue.Target{Counter: 9}, queue.ErrUnknownCounter},
	} {
		_, err := st.Transfer(ctx, 1, c.to)
		wantErr(t, "transfer to "+c.to.Service, err, c.want)
	}
	if c, _ := must(st.Snapshot(ctx))(t).Counter(1); c.Current == nil || c.Current.ID != tk.ID {
		t.Fatalf("a rejected transfer must leave the ticket at its counter: %+v", c.Current)
	}
}

func TestCallTicketOutOfOrder(t *testing.T) {
	ctx := context.Background()
	st, _ := newStation(t)
	first := must(st.Issue(ctx, "hotich", ""))(t)
	chosen := must(st.Issue(ctx, "hotich", ""))(t)
	land := must(st.Issue(ctx, "datdai", ""))(t)
	for _, reason := range []string{"", "   "} {
		_, err := st.CallTicket(ctx, 1, chosen.ID, reason)
		wantErr(t, "call without a reason", err, queue.ErrReasonRequired)
	}
	_, err := st.CallTicket(ctx, 1, land.ID, "hẹn trước")
	wantErr(t, "call a ticket the counter does not serve", err, queue.ErrNotEligible)
	_, err = st.CallTicket(ctx, 1, "no-such-ticket", "hẹn trước")
	wantErr(t, "call an unknown ticket", err, queue.ErrTicketNotFound)
	before := must(st.DB().Revision(ctx))(t)
	got := must(st.CallTicket(ctx, 1, chosen.ID, "  hẹn trước  "))(t)
	if got.ID != chosen.ID || got.Status != queue.Serving || got.Counter != 1 {
		t.Fatalf("out-of-order call: %+v", got)
	}
	evs := must(st.DB().Events(ctx, 0, 1000))(t)
	last := decodeTicketEvent(t, evs[len(evs)-1])
	if evs[len(evs)-1].Kind != "ticket.called_out_of_order" || last.Detail != "hẹn trước" || last.Counter != 1 {
		t.Fatalf("outbox has %s %+v, want the out-of-order call with its reason", evs[len(evs)-1].Kind, last)
	}
	if after := must(st.DB().Revision(ctx))(t); after != before+1 {
		t.Fatalf("revision went from %d to %d, want one write", before, after)
	}
	_, err = st.CallTicket(ctx, 1, first.ID, "hẹn trước")
	wantErr(t, "call while serving", err, queue.ErrCounterBusy)
	must(st.Finish(ctx, 1, queue.Guided))(t)
	_, err = st.CallTicket(ctx, 1, chosen.ID, "hẹn trước")
	wantErr(t, "call a finished ticket", err, queue.ErrNotWaiting)
	_, err = st.Finish(ctx, 1, queue.Outcome("lost"))
	wantErr(t, "finish at an idle counter", err, queue.ErrNoCurrent)
	if got := must(st.CallNext(ctx, 1))(t); got.ID != first.ID {
		t.Fatalf("after the out-of-order call, counter 1 called %s, want %s", got.Display, first.Display)
	}
	_, err = st.Finish(ctx, 1, queue.Outcome("lost"))
	wantErr(t, "finish with an unknown outcome", err, queue.ErrUnknownOutcome)
}

func TestPauseResumeClose(t *testing.T) {
	ctx := context.Background()
	st, _ := newStation(t)
	must(st.Issue(ctx, "hotich", ""))(t)
	wantErr(t, "pause without a reason", st.Pause(ctx, 1, " "), queue.ErrReasonRequired)
	must(0, st.Pause(ctx, 1, "nghỉ trưa"))(t)
	c, _ := must(st.Snapshot(ctx))(t).Counter(1)
	if c.State != queue.Paused || c.PauseReason != "nghỉ trưa" {
		t.Fatalf("paused counter: %+v", c)
	}
	_, err := st.CallNext(ctx, 1)
	wantErr(t, "call at a paused counter", err, queue.ErrCounterPaused)
	must(0, st.Resume(ctx, 1))(t)
	if c, _ := must(st.Snapshot(ctx))(t).Counter(1); c.State != queue.Open || c.PauseReason != "" {
		t.Fatalf("resumed counter: %+v", c)
	}
	must(st.CallNext(ctx, 1))(t)
	wantErr(t, "pause while serving", st.Pause(ctx, 1, "họp"), queue.ErrCounterBusy)
	wantErr(t, "close while serving", st.CloseCounter(ctx, 1), queue.ErrCounterBusy)
	// A counter reopened while serving (its screen restarted) keeps its
	// ticket.
	must(0, st.OpenCounter(ctx, 1, ""))(t)
	if c, _ := must(st.Snapshot(ctx))(t).Counter(1); c.Current == nil || c.Clerk != "Nguyễn Thị Lan" {
		t.Fatalf("reopened counter lost its ticket or clerk: %+v", c)
	}
	must(st.Finish(ctx, 1, queue.Guided))(t)
	must(0, st.CloseCounter(ctx, 1))(t)
	_, err = st.CallNext(ctx, 1)
	wantErr(t, "call at a closed counter", err, queue.ErrCounterClosed)
	wantErr(t, "pause a closed counter", st.Pause(ctx, 1, "họp"), queue.ErrCounterClosed)
	wantErr(t, "resume a closed counter", st.Resume(ctx, 1), queue.ErrCounterClosed)
	wantErr(t, "open an unknown counter", st.OpenCounter(ctx, 9, ""), queue.ErrUnknownCounter)
	must(0, st.OpenCounter(ctx, 1, "Võ Thị Mai"))(t)
	if c, _ := must(st.Snapshot(ctx))(t).Counter(1); c.State != queue.Open || c.Clerk != "Võ Thị Mai" {
		t.Fatalf("opened counter: %+v", c)
	}
}

func TestSnapshotContents(t *testing.T) {
	ctx := context.Background()
	st, clock := newStation(t)
	a1 := must(st.Issue(ctx, "hotich", ""))(t)
	must(st.Issue(ctx, "hotich", "child"))(t)
	must(st.Issue(ctx, "hotich", ""))(t)
	b1 := must(st.Issue(ctx, "chungthuc", "disabled"))(t)
	must(st.Issue(ctx, "datdai", ""))(t)
	sn := must(st.Snapshot(ctx))(t)
	counts := sn.WaitingCounts()
	if counts["hotich"] != (queue.Counts{Regular: 2, Priority: 1}) || counts["chungthuc"] != (queue.Counts{Priority: 1}) ||
		counts["datdai"].Total() != 1 || counts["xahoi"].Total() != 0 {
		t.Fatalf("waiting counts %+v", counts)
	}
	if len(sn.Waiting) != 5 || sn.Waiting[0].ID != a1.ID {
		t.Fatalf("waiting list %v, want 5 in line order", sn.Waiting)
	}
	// Calls: newest first, with their counters.
	clock.Advance(time.Minute)
	c1 := must(st.CallNext(ctx, 1))(t) // the priority hotich ticket
	clock.Advance(time.Minute)
	c2 := must(st.CallNext(ctx, 2))(t) // the priority chungthuc ticket
	clock.Advance(time.Minute)
	must(st.Recall(ctx, 1))(t)
	sn = must(st.Snapshot(ctx))(t)
	if c2.ID != b1.ID || !c1.IsPriority() {
		t.Fatalf("calls %s, %s: want the priority tickets first", c1.Display, c2.Display)
	}
	want := []struct {
		display string
		counter int
		recall  bool
	}{{c1.Display, 1, true}, {c2.Display, 2, false}, {c1.Display, 1, false}}
	if len(sn.Calls) != len(want) {
		t.Fatalf("calls %+v", sn.Calls)
	}
	for i, w := range want {
		if c := sn.Calls[i]; c.Display != w.display || c.Counter != w.counter || c.Recall != w.recall {
			t.Fatalf("call %d is %+v, want %+v", i, c, w)
		}
	}
	if c, _ := sn.Counter(2); c.Current == nil || c.Current.ID != b1.ID {
		t.Fatalf("counter 2 serves %+v", c.Current)
	}
	if counts := sn.WaitingCounts(); counts["hotich"] != (queue.Counts{Regular: 2}) || counts["chungthuc"].Total() != 0 {
		t.Fatalf("waiting counts after the calls %+v", counts)
	}
	// Yesterday's calls are not on today's board.
	clock.Set(monday0800.AddDate(0, 0, 1))
	if sn := must(st.Snapshot(ctx))(t); len(sn.Calls) != 0 || len(sn.Waiting) != 0 {
		t.Fatalf("next day shows %d calls and %d waiting", len(sn.Calls), len(sn.Waiting))
	}
}

func TestEstimateKnownOnlyWithAnOpenCounter(t *testing.T) {
	ctx := context.Background()
	st, _ := newStation(t)
	sn := must(st.Snapshot(ctx))(t)
	if e := sn.EstimateNew("xahoi", ""); !e.Known || e.Wait != 0 || e.Ahead != 0 {
		t.Fatalf("empty hall: %+v, want served right away", e)
	}
	// xahoi is served by counter 3 only.
	must(0, st.Pause(ctx, 3, "họp"))(t)
	tk := must(st.Issue(ctx, "xahoi", ""))(t)
	sn = must(st.Snapshot(ctx))(t)
	if e, ok := sn.Position(tk.ID); !ok || e.Known {
		t.Fatalf("with counter 3 paused: %+v %v, want no honest estimate", e, ok)
	}
	must(0, st.Resume(ctx, 3))(t)
	// Counter 3 serves a hotich ticket (8 min mean) called just now: the
	// xahoi ticket waits for it, then a second one waits 10 more minutes.
	must(st.CallTicket(ctx, 3, must(st.Issue(ctx, "hotich", ""))(t).ID, "test"))(t)
	sn = must(st.Snapshot(ctx))(t)
	if e, _ := sn.Position(tk.ID); !e.Known || e.Wait != 8*time.Minute || e.Ahead != 0 {
		t.Fatalf("behind a hotich ticket: %+v, want 8m", e)
	}
	if e := sn.EstimateNew("xahoi", ""); e.Wait != 18*time.Minute || e.Ahead != 1 {
		t.Fatalf("second xahoi ticket: %+v, want 18m with one ahead", e)
	}
	if _, ok := sn.Position("no-such-ticket"); ok {
		t.Fatalf("Position of an unknown ticket reported")
	}
}

func TestPolicySettingsAreChecked(t *testing.T) {
	ctx := context.Background()
	st, _ := newStation(t)
	for k, v := range map[string]string{"policy.mode": "vip", "policy.max_priority_run": "0",
		"policy.aging_minutes": "forty", "policy.recalls_before_no_show": "-1"} {
		if err := st.SetSetting(ctx, k, v); !errors.Is(err, queue.ErrInvalidSettings) {
			t.Errorf("%s = %q accepted (err %v)", k, v, err)
		}
	}
	must(0, st.SetSetting(ctx, "policy.max_priority_run", "2"))(t)
	if cfg := must(st.Config(ctx))(t); cfg.Policy.MaxPriorityRun != 2 {
		t.Fatalf("max priority run %d after setting 2", cfg.Policy.MaxPriorityRun)
	}
}
