package hall

import (
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/queue/accounts"
)

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
