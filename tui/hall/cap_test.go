package hall

import (
	"testing"
	"time"

	"motcua/assets/i18n"
	"motcua/queue/accounts"
)

func TestSessionsBeyondTheCapAreToldPolitely(t *testing.T) {
	h := startHall(t, func(o *Options) { o.MaxSessions = 2 })
	h.add("tv", accounts.RoleBoard, 0)
	a := h.open("tv", "", false)
	b := h.open("tv", "", false)
	a.waitFor("Đang chờ", 5*time.Second)
	b.waitFor("Đang chờ", 5*time.Second)
	c := h.open("tv", "", false)
	c.waitFor(i18n.T(i18n.VI, "hall.full", 2), 5*time.Second)
	if _, ok := c.ended(5 * time.Second); !ok {
		t.Fatal("the session beyond the cap stayed open")
	}
	b.press("q")
	if _, ok := b.ended(5 * time.Second); !ok {
		t.Fatal("the board did not quit")
	}
	waitFor(t, func() bool { return h.srv.Sessions() == 1 })
	d := h.open("tv", "", false)
	d.waitFor("Đang chờ", 5*time.Second)
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in 5 s")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
