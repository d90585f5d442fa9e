package hall

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/queue/accounts"
	"motcua/store"
)

func TestLeasesGiveACounterToOneSessionAtATime(t *testing.T) {
	ls := NewLeases()
	var wg sync.WaitGroup
	var mu sync.Mutex
	won := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if _, ok := ls.Take(Lease{Counter: 3, Account: fmt.Sprint("c", i)}); ok {
				mu.Lock()
				won++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	if won != 1 {
		t.Fatalf("%d sessions hold counter 3", won)
	}
	l, _ := ls.Holder(3)
	release, ok := ls.Take(Lease{Counter: 4, Account: "x"})
	if !ok {
		t.Fatal("a free counter was refused")
	}
	release()
	release() // twice does nothing
	if _, ok := ls.Holder(4); ok {
		t.Fatal("a released counter is still held")
	}
	if got, _ := ls.Holder(3); got != l {
		t.Fatal("releasing counter 4 twice touched counter 3")
	}
}

func TestTwoClerksNeverGetTheSameCounter(t *testing.T) {
	h := startHall(t, nil)
	for _, n := range []string{"an", "binh", "chi", "dung", "em"} {
		h.add(n, accounts.RoleClerk, 0)
	}
	h.add("lan", accounts.RoleClerk, 3)
	// Five clerks ask for counter 3 at once: one gets it.
	sessions := map[string]*termSession{}
	for _, n := range []string{"an", "binh", "chi", "dung", "em"} {
		sessions[n] = h.open(n, "counter 3", false)
	}
	taken := i18n.T(i18n.VI, "hall.counter_taken", 3)
	refused := 0
	for _, ts := range sessions {
		if _, ok := ts.ended(3 * time.Second); ok {
			if !ts.shows(taken, time.Second) {
				t.Errorf("a refused clerk was not told why:\n%s", ts.term.Screen())
			}
			refused++
		}
	}
	if refused != 4 {
		t.Fatalf("%d of 5 clerks were refused counter 3, want 4", refused)
	}
	// The clerk whose account is at counter 3 is refused too while it is held.
	ts := h.open("lan", "", false)
	ts.waitFor(taken, 5*time.Second)
	if holder, ok := h.srv.Leases().Holder(3); !ok || holder.Account == "lan" {
		t.Fatalf("counter 3 held by %+v", holder)
	}
}

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

func TestTheAdminsLauncherDoesNotOpenAHeldCounter(t *testing.T) {
	h := startHall(t, nil)
	h.add("lan", accounts.RoleClerk, 1)
	h.add("boss", accounts.RoleAdmin, 0)
	clerk := h.open("lan", "", false)
	clerk.waitFor("Quầy số 1", 5*time.Second)
	admin := h.open("boss", "", false)
	admin.waitFor("Bảng hiển thị", 5*time.Second)
	admin.press("2") // Quầy số 1
	admin.waitFor(i18n.T(i18n.VI, "hall.counter_taken", 1), 5*time.Second)
	admin.press("3") // Quầy số 2 is free
	admin.waitFor(i18n.T(i18n.VI, "counter.idle"), 5*time.Second)
	waitHeld(t, h, 2, "boss")
	admin.press("q") // back to the launcher: counter 2 is free again
	waitFor(t, func() bool { _, held := h.srv.Leases().Holder(2); return !held })
}
