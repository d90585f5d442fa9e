package hall

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"motcua/queue/accounts"
)

// A burst of a hundred connections (wrong passwords, silent sockets)
// does not stop two working sessions: a kiosk ticket called at a counter
// still reaches the board within a second.
func TestABurstOfConnectionsLeavesSessionsWorking(t *testing.T) {
	h := startHall(t, func(o *Options) { o.HandshakeTimeout = 2 * time.Second })
	h.add("lan", accounts.RoleClerk, 1)
	h.add("tv", accounts.RoleBoard, 0)
	clerk := h.open("lan", "", false)
	board := h.open("tv", "", false)
	clerk.waitFor("Quầy số 1", 5*time.Second)
	board.waitFor("Đang chờ", 5*time.Second)
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 { // half log in with a wrong password
				if c, err := h.dial("lan", gossh.Password("wrong")); err == nil {
					c.Close()
				}
				return
			}
			// the other half connect and say nothing
			c, err := (&netDialer{}).dial(h.addr)
			if err == nil {
				time.Sleep(3 * time.Second)
				c.Close()
			}
		}(i)
	}
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		tk, err := h.st.Issue(ctx, "hotich", "")
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		clerk.press("n")
		board.waitFor(tk.Display, 5*time.Second)
		if d := time.Since(start); d > time.Second {
			t.Errorf("call %s reached the board after %v during the burst", tk.Display, d)
		}
		clerk.press("f")
		clerk.press("1")
		time.Sleep(200 * time.Millisecond)
	}
	wg.Wait()
	if strings.Count(h.log.Screen(), "login user=") != 2 {
		t.Errorf("the burst logged somebody in:\n%s", h.log.Screen())
	}
}

func TestAnAddressThatFailsTooOftenWaits(t *testing.T) {
	every := 400 * time.Millisecond
	h := startHall(t, func(o *Options) { o.AttemptBurst, o.AttemptEvery = 3, every })
	h.add("lan", accounts.RoleClerk, 1)
	for i := 0; i < 3; i++ {
		if c, err := h.dial("nobody", gossh.Password("guess")); err == nil {
			c.Close()
			t.Fatal("an unknown account logged in")
		}
	}
	if c, err := h.dial("lan", gossh.Password(testPassword)); err == nil {
		c.Close()
		t.Fatal("an address past its failures logged in at once")
	}
	if !strings.Contains(h.log.Screen(), "too many failures") {
		t.Errorf("the log does not say why:\n%s", h.log.Screen())
	}
	time.Sleep(every + 100*time.Millisecond)
	c, err := h.dial("lan", gossh.Password(testPassword))
	if err != nil {
		t.Fatalf("the address still waits after %v: %v", every, err)
	}
	c.Close()
	// Logins that succeed do not spend the budget.
	for i := 0; i < 5; i++ {
		c, err := h.dial("lan", gossh.Password(testPassword))
		if err != nil {
			t.Fatalf("login %d of the same account refused: %v", i+1, err)
		}
		c.Close()
	}
}
