package intake_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"motcua/intake"
)

func TestApologise(t *testing.T) {
	desk, clock := newDesk(t)
	ctx := context.Background()
	d := must(desk.Receive(ctx, form("k", maritalCert)))(t) // due Thu 22/10 16:00
	cases := []struct {
		reason string
		due    time.Time
		want   error
	}{
		{"", local(2026, 10, 27, 16, 0), intake.ErrReasonRequired},
		{"Chờ xác minh", local(2026, 10, 22, 16, 0), intake.ErrDueNotLater},
		{"Chờ xác minh", local(2026, 10, 21, 16, 0), intake.ErrDueNotLater},
		{"Chờ xác minh", local(2026, 10, 24, 16, 0), intake.ErrDueNotWorkingDay},
	}
	for _, c := range cases {
		if _, err := desk.Apologise(ctx, d.Code, c.reason, c.due, clerk2); !errors.Is(err, c.want) {
			t.Errorf("Apologise(%q, %s) = %v, want %v", c.reason, c.due, err, c.want)
		}
	}
	clock.Set(local(2026, 10, 28, 9, 0)) // late already
	if _, err := desk.Apologise(ctx, d.Code, "Chờ xác minh", local(2026, 10, 27, 16, 0), clerk2); !errors.Is(err, intake.ErrDueInPast) {
		t.Fatalf("new date in the past: %v", err)
	}
	d = must(desk.Apologise(ctx, d.Code, "Chờ kết quả xác minh của xã khác", local(2026, 10, 30, 16, 0), clerk2))(t)
	if d.Apologies != 1 || !d.DueAt.Equal(local(2026, 10, 30, 16, 0)) || !d.FirstDueAt.Equal(local(2026, 10, 22, 16, 0)) {
		t.Fatalf("after apology: %+v", d)
	}
	hist := must(desk.History(ctx, d.Code))(t)
	last := hist[len(hist)-1]
	if last.Kind != "apologised" || !last.DueBefore.Equal(local(2026, 10, 22, 16, 0)) || !last.DueAfter.Equal(d.DueAt) || last.From != intake.Received || last.To != intake.Received {
		t.Fatalf("recorded: %+v", last)
	}
	// A date alone means the return time of that day.
	d = must(desk.Apologise(ctx, d.Code, "Chờ ký", local(2026, 11, 2, 0, 0), clerk2))(t)
	if !d.DueAt.Equal(local(2026, 11, 2, 16, 0)) || d.Apologies != 2 {
		t.Fatalf("date-only appointment: %s, %d apologies", d.DueAt, d.Apologies)
	}
	// A further letter must again move the date later.
	if _, err := desk.Apologise(ctx, d.Code, "Lần ba", local(2026, 10, 29, 16, 0), clerk2); !errors.Is(err, intake.ErrDueNotLater) {
		t.Fatalf("second letter earlier: %v", err)
	}
	// No apology after the result.
	must(desk.Resolve(ctx, d.Code, clerk2, ""))(t)
	if _, err := desk.Apologise(ctx, d.Code, "x", local(2026, 11, 5, 16, 0), clerk2); !errors.Is(err, intake.ErrInvalidTransition) {
		t.Fatalf("apologise a resolved dossier: %v", err)
	}
}
