package intake_test

import (
	"context"
	"testing"
)

func TestDueTodayAndOverdue(t *testing.T) {
	desk, clock := newDesk(t) // Monday 19/10 09:00
	ctx := context.Background()
	an, binh, an2 := threeDossiers(t, desk)
	// an: due Thu 22/10 16:00; binh: same day, 19/10 16:00; an2: 30 days.
	if got := codes(must(desk.DueToday(ctx))(t)); got != "0002" {
		t.Fatalf("due today on Monday: %q", got)
	}
	if got := codes(must(desk.Overdue(ctx))(t)); got != "" {
		t.Fatalf("overdue on Monday morning: %q", got)
	}
	clock.Set(local(2026, 10, 19, 16, 30))
	if got := codes(must(desk.Overdue(ctx))(t)); got != "0002" {
		t.Fatalf("overdue at 16:30: %q", got)
	}
	if got := codes(must(desk.DueToday(ctx))(t)); got != "" {
		t.Fatalf("due today at 16:30: %q", got)
	}
	must(desk.Resolve(ctx, binh.Code, clerk2, ""))(t)
	if got := codes(must(desk.Overdue(ctx))(t)); got != "" {
		t.Fatalf("resolved dossiers are not overdue: %q", got)
	}
	clock.Set(local(2026, 10, 22, 8, 0))
	must(desk.StartProcessing(ctx, an.Code, clerk2))(t)
	if got := codes(must(desk.DueToday(ctx))(t)); got != "0001" {
		t.Fatalf("due Thursday: %q", got)
	}
	clock.Set(local(2026, 11, 30, 9, 0))
	if got := codes(must(desk.Overdue(ctx))(t)); got != "0001 0003" {
		t.Fatalf("overdue at the end of November, most overdue first: %q", got)
	}
	if !an.Overdue(clock.Now()) || !an2.Overdue(clock.Now()) || an.Overdue(local(2026, 10, 22, 15, 59)) {
		t.Fatal("Dossier.Overdue")
	}
}
