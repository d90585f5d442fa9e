package hall

import (
	"context"
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/queue/accounts"
	"motcua/store"
)

func TestAClerkWithoutACounterPicksAFreeOne(t *testing.T) {
	h := startHall(t, nil)
	h.add("an", accounts.RoleClerk, 0)
	h.add("binh", accounts.RoleClerk, 0)
	a := h.open("an", "", false)
	a.waitFor(i18n.T(i18n.VI, "hall.pick.title"), 5*time.Second)
	a.press("1")
	a.waitFor("Quầy số 1", 5*time.Second)
	waitHeld(t, h, 1, "an")
	if a, _ := actors.Load(1); a.(store.Actor).Account != "an" || a.(store.Actor).Remote == "" {
		t.Errorf("counter 1's screen acts as %+v, want the account an and its address", a)
	}
	b := h.open("binh", "", false)
	b.waitFor(i18n.T(i18n.VI, "hall.pick.held", 1, "Cán bộ an"), 5*time.Second)
	b.press("1")
	b.waitFor(i18n.T(i18n.VI, "hall.pick.taken", 1), 5*time.Second)
	b.press("2")
	waitHeld(t, h, 2, "binh")
	// The first clerk leaves: counter 1 is free again and closed.
	a.press("q")
	if _, ok := a.ended(5 * time.Second); !ok {
		t.Fatal("the counter screen did not end the session on q")
	}
	deadline := time.Now().Add(5 * time.Second)
	for _, held := h.srv.Leases().Holder(1); held; _, held = h.srv.Leases().Holder(1) {
		if time.Now().After(deadline) {
			t.Fatal("counter 1 stayed held after its session ended")
		}
		time.Sleep(10 * time.Millisecond)
	}
	sn, err := h.st.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range sn.Counters {
		if c.Number == 1 && c.State != "closed" {
			t.Errorf("counter 1 is %s after its clerk left", c.State)
		}
	}
}

func waitHeld(t *testing.T, h *testHall, counter int, account string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		if l, ok := h.srv.Leases().Holder(counter); ok && l.Account == account {
			return
		}
		if time.Now().After(deadline) {
			l, _ := h.srv.Leases().Holder(counter)
			t.Fatalf("counter %d held by %+v, want %s", counter, l, account)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
