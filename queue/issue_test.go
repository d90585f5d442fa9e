package queue_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"motcua/queue"
)

func TestIssueNumbersRestartDaily(t *testing.T) {
	ctx := context.Background()
	st, clock := newStation(t)
	a1 := must(st.Issue(ctx, "hotich", ""))(t)
	a2 := must(st.Issue(ctx, "hotich", "elderly"))(t)
	b1 := must(st.Issue(ctx, "chungthuc", ""))(t)
	if a1.Display != "A001" || a2.Display != "A002" || b1.Display != "B001" {
		t.Fatalf("got %s %s %s, want A001 A002 B001", a1.Display, a2.Display, b1.Display)
	}
	if a1.ID == a2.ID || a1.ID == "" {
		t.Fatalf("ticket IDs not unique: %q %q", a1.ID, a2.ID)
	}
	// Just before and just after local midnight.
	clock.Set(time.Date(2026, 11, 23, 23, 59, 59, 0, a1.IssuedAt.Location()))
	if got := must(st.Issue(ctx, "hotich", ""))(t).Display; got != "A003" {
		t.Fatalf("before midnight got %s, want A003", got)
	}
	clock.Advance(2 * time.Second)
	next := must(st.Issue(ctx, "hotich", ""))(t)
	if next.Display != "A001" || next.Day != "2026-11-24" {
		t.Fatalf("after midnight got %s on %s, want A001 on 2026-11-24", next.Display, next.Day)
	}
}

func TestIssueRejectsUnknownServiceAndGroup(t *testing.T) {
	ctx := context.Background()
	st, _ := newStation(t)
	if _, err := st.Issue(ctx, "nope", ""); !errors.Is(err, queue.ErrUnknownService) {
		t.Fatalf("unknown service: got %v", err)
	}
	if _, err := st.Issue(ctx, "hotich", "vip"); !errors.Is(err, queue.ErrUnknownGroup) {
		t.Fatalf("unknown group: got %v", err)
	}
}

func TestCallServeFinishWritesOutbox(t *testing.T) {
	ctx := context.Background()
	st, clock := newStation(t)
	tk := must(st.Issue(ctx, "hotich", ""))(t)
	clock.Advance(time.Minute)
	called := must(st.CallNext(ctx, 1))(t)
	if called.ID != tk.ID || called.Status != queue.Serving || called.Counter != 1 {
		t.Fatalf("called %+v", called)
	}
	if _, err := st.CallNext(ctx, 1); !errors.Is(err, queue.ErrCounterBusy) {
		t.Fatalf("second call while serving: %v", err)
	}
	clock.Advance(5 * time.Minute)
	done := must(st.Finish(ctx, 1, queue.Received))(t)
	if done.Status != queue.Done || done.Outcome != queue.Received || done.FinishedAt.Sub(done.CalledAt) != 5*time.Minute {
		t.Fatalf("finished %+v", done)
	}
	evs := must(st.DB().Events(ctx, 0, 100))(t)
	var kinds []string
	for _, e := range evs {
		if e.Entity == tk.ID {
			kinds = append(kinds, e.Kind)
		}
	}
	want := []string{"ticket.issued", "ticket.called", "ticket.finished"}
	if len(kinds) != len(want) {
		t.Fatalf("outbox kinds %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Fatalf("outbox kinds %v, want %v", kinds, want)
		}
	}
	for i := 1; i < len(evs); i++ {
		if evs[i].Seq <= evs[i-1].Seq {
			t.Fatalf("outbox not in sequence order")
		}
	}
}

func TestWaitingTicketsExpireWithTheirDay(t *testing.T) {
	ctx := context.Background()
	st, clock := newStation(t)
	served := must(st.Issue(ctx, "hotich", ""))(t)
	leftOver := must(st.Issue(ctx, "hotich", ""))(t)
	clock.Advance(time.Minute)
	if got := must(st.CallNext(ctx, 1))(t); got.ID != served.ID {
		t.Fatalf("called %s, want %s", got.Display, served.Display)
	}
	must(st.Finish(ctx, 1, queue.Guided))(t)
	clock.Advance(24 * time.Hour) // next morning
	must(st.Issue(ctx, "chungthuc", ""))(t)
	old := must(st.Ticket(ctx, leftOver.ID))(t)
	if old.Status != queue.Expired || old.FinishedAt.IsZero() {
		t.Fatalf("yesterday's waiting ticket: status %s finished %v, want expired", old.Status, old.FinishedAt)
	}
	if done := must(st.Ticket(ctx, served.ID))(t); done.Status != queue.Done {
		t.Fatalf("a finished ticket changed: %s", done.Status)
	}
	evs := must(st.DB().Events(ctx, 0, 1000))(t)
	found := false
	for _, e := range evs {
		if e.Entity == leftOver.ID && e.Kind == "ticket.expired" {
			found = true
		}
	}
	if !found {
		t.Fatal("no ticket.expired event in the outbox")
	}
}
