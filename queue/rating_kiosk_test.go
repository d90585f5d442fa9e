package queue_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"motcua/queue"
	"motcua/queue/queuetest"
)

// The kiosk asks about the tickets finished in the last minutes and not
// rated, oldest first; a rated or an old ticket drops out.
func TestUnratedForTheKiosk(t *testing.T) {
	ctx := context.Background()
	st, clock := queuetest.NewStation(t, queuetest.OpenCounters(1, 2))
	finish := func(counter int, service string) queue.Ticket {
		t.Helper()
		queuetest.Must(st.Issue(ctx, service, ""))(t)
		queuetest.Must(st.CallNext(ctx, counter))(t)
		clock.Advance(time.Minute)
		return queuetest.Must(st.Finish(ctx, counter, queue.Guided))(t)
	}
	a := finish(1, "hotich")
	b := finish(2, "chungthuc")
	ids := func() []string {
		t.Helper()
		var out []string
		for _, tk := range queuetest.Must(st.Unrated(ctx))(t) {
			out = append(out, tk.Display)
		}
		return out
	}
	if got := ids(); len(got) != 2 || got[0] != a.Display || got[1] != b.Display {
		t.Fatalf("unrated %v, want %s then %s", got, a.Display, b.Display)
	}
	queuetest.Must(st.Rate(ctx, a.ID, queue.Satisfied, ""))(t)
	if got := ids(); len(got) != 1 || got[0] != b.Display {
		t.Fatalf("after rating %s: unrated %v", a.Display, got)
	}
	clock.Advance(queue.KioskRatingWindow)
	if got := ids(); len(got) != 0 {
		t.Fatalf("after the window: unrated %v", got)
	}
}

func TestRatingOnKioskSetting(t *testing.T) {
	ctx := context.Background()
	st, _ := queuetest.NewStation(t)
	if queuetest.Must(st.Config(ctx))(t).RatingOnKiosk() {
		t.Fatal("the kiosk asks by default")
	}
	for _, bad := range []string{"2", "yes", ""} {
		if err := st.SetSetting(ctx, queue.KeyRatingOnKiosk, bad); !errors.Is(err, queue.ErrInvalidSettings) {
			t.Errorf("%q: %v, want ErrInvalidSettings", bad, err)
		}
	}
	if err := st.SetSetting(ctx, queue.KeyRatingOnKiosk, "1"); err != nil {
		t.Fatal(err)
	}
	if !queuetest.Must(st.Config(ctx))(t).RatingOnKiosk() {
		t.Fatal("on, the kiosk does not ask")
	}
}
