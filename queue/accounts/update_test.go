package accounts_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"motcua/queue/accounts"
	"motcua/store"
)

func TestUpdateChangesOnlyWhatIsGiven(t *testing.T) {
	r, db, _ := newRoster(t)
	addClerk(t, r)
	counter, full := 3, "Nguyễn Thị Lan Anh"
	ctx := store.WithActor(context.Background(), store.Actor{Account: "admin"})
	if err := r.Update(ctx, "lan", accounts.Change{Counter: &counter, FullName: &full}); err != nil {
		t.Fatal(err)
	}
	a, err := r.Get(ctx, "lan")
	if err != nil {
		t.Fatal(err)
	}
	if a.Counter != 3 || a.FullName != full || a.Role != accounts.RoleClerk || !a.HasPassword {
		t.Fatalf("after Update: %+v", a)
	}
	role := accounts.RoleAdmin
	if err := r.Update(ctx, "lan", accounts.Change{Role: &role}); err != nil {
		t.Fatal(err)
	}
	if a, _ = r.Get(ctx, "lan"); a.Role != accounts.RoleAdmin || a.Counter != 3 {
		t.Fatalf("after role change: %+v", a)
	}
	trail, err := db.AuditTrail(ctx, store.AuditFilter{Action: accounts.ActionChange})
	if err != nil {
		t.Fatal(err)
	}
	if len(trail) < 3 || trail[0].Account != "admin" || !strings.Contains(trail[0].Detail, "role=admin") ||
		!strings.Contains(trail[1].Detail, "counter=3") {
		t.Fatalf("audit trail: %+v", trail)
	}
}

func TestUpdateRefusesWhatAddRefuses(t *testing.T) {
	r, _, _ := newRoster(t)
	addClerk(t, r)
	bad, big, none := accounts.Role("boss"), 1000, 7
	evil := "Lan\x1b]0;x\x07"
	cases := []struct {
		name string
		acct string
		c    accounts.Change
		want error
	}{
		{"role", "lan", accounts.Change{Role: &bad}, accounts.ErrInvalidRole},
		{"counter range", "lan", accounts.Change{Counter: &big}, accounts.ErrInvalidCounter},
		{"no such counter", "lan", accounts.Change{Counter: &none}, accounts.ErrUnknownCounter},
		{"escape in name", "lan", accounts.Change{FullName: &evil}, accounts.ErrInvalidFullName},
		{"unknown account", "minh", accounts.Change{Counter: new(int)}, accounts.ErrUnknownAccount},
	}
	for _, c := range cases {
		if err := r.Update(context.Background(), c.acct, c.c); !errors.Is(err, c.want) {
			t.Errorf("%s: Update = %v, want %v", c.name, err, c.want)
		}
	}
	if a, _ := r.Get(context.Background(), "lan"); a.Counter != 2 || a.FullName != "Nguyễn Thị Lan" {
		t.Fatalf("a refused update changed the account: %+v", a)
	}
}
