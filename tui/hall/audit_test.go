package hall

import (
	"context"
	"strings"
	"testing"
	"time"

	"motcua/queue"
	"motcua/queue/accounts"
	"motcua/store"
)

// What a clerk does over SSH is recorded under the clerk's account and
// the address the session came from.
func TestActionsOverSSHAreAuditedAsTheAccount(t *testing.T) {
	h := startHall(t, nil)
	h.add("lan", accounts.RoleClerk, 1)
	clerk := h.open("lan", "", false)
	clerk.waitFor("Quầy số 1", 5*time.Second)
	tk, err := h.st.Issue(context.Background(), "hotich", "")
	if err != nil {
		t.Fatal(err)
	}
	clerk.waitFor(tk.Display, 5*time.Second) // in the counter's queue
	clerk.press("n")
	var calls []store.AuditEntry
	waitFor(t, func() bool {
		calls, err = h.st.DB().AuditTrail(context.Background(), store.AuditFilter{Action: queue.ActionCall})
		return err == nil && len(calls) == 1
	})
	c := calls[0]
	if c.Account != "lan" || c.Counter != 1 || !strings.HasPrefix(c.Remote, "127.0.0.1:") {
		t.Errorf("the call was audited as %+v, want account lan at counter 1 from 127.0.0.1", c)
	}
	if n := h.audited(queue.ActionCounterOpen, "lan"); n != 1 {
		t.Errorf("opening the counter was audited %d times under lan, want once", n)
	}
}
