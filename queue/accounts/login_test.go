package accounts_test

import (
	"context"
	"errors"
	"testing"

	"motcua/queue/accounts"
	"motcua/store"
)

const remote = "192.168.1.31:40022"

func TestLoginPasswordAdmitsAndAudits(t *testing.T) {
	r, db, _ := newRoster(t)
	addClerk(t, r)
	a, err := r.LoginPassword(context.Background(), "lan", clerkPassword, remote)
	if err != nil {
		t.Fatal(err)
	}
	if a.Name != "lan" || a.Role != accounts.RoleClerk || a.Counter != 2 {
		t.Fatalf("account = %+v", a)
	}
	last := trail(t, db)[1]
	if last.Action != accounts.ActionLogin || last.Account != "lan" || last.Remote != remote ||
		last.Counter != 2 || last.Detail != "password" {
		t.Fatalf("login audit = %+v", last)
	}
}

func TestLoginRefusals(t *testing.T) {
	r, db, _ := newRoster(t)
	addClerk(t, r)
	if err := r.Add(adminCtx, accounts.Account{Name: "tuan", Role: accounts.RoleClerk}, "mật khẩu tuấn"); err != nil {
		t.Fatal(err)
	}
	if err := r.SetDisabled(adminCtx, "tuan", true); err != nil {
		t.Fatal(err)
	}
	if err := r.Add(adminCtx, accounts.Account{Name: "board1", Role: accounts.RoleBoard}, ""); err != nil {
		t.Fatal(err)
	}
	before := len(trail(t, db))
	cases := []struct {
		name, password string
		want           error
		reason         string
	}{
		{"lan", "mật khẩu 2025", accounts.ErrWrongPassword, "wrong password"},
		{"lan", "", accounts.ErrWrongPassword, "wrong password"},
		{"ghost", clerkPassword, accounts.ErrUnknownAccount, "unknown account"},
		{"tuan", "mật khẩu tuấn", accounts.ErrDisabled, "disabled"},
		{"board1", "", accounts.ErrNoCredentials, "no password set"},
		{"\xff\x1b[31m", "x", accounts.ErrUnknownAccount, "unknown account"},
	}
	for i, c := range cases {
		_, err := r.LoginPassword(context.Background(), c.name, c.password, remote)
		if !errors.Is(err, c.want) {
			t.Fatalf("login %q = %v, want %v", c.name, err, c.want)
		}
		es := trail(t, db)
		if len(es) != before+i+1 {
			t.Fatalf("login %q left %d audit entries, want 1", c.name, len(es)-before-i)
		}
		e := es[len(es)-1]
		if e.Action != accounts.ActionLoginFailed || e.Detail != c.reason || e.Remote != remote {
			t.Fatalf("login %q audit = %+v, want %s", c.name, e, c.reason)
		}
	}
}

func TestLoginDoesNotOverwriteOtherAccountsActor(t *testing.T) {
	// the hall may call LoginPassword with a context that already carries
	// an actor (for a re-login); the attempt is audited under the name tried
	r, db, _ := newRoster(t)
	addClerk(t, r)
	ctx := store.WithActor(context.Background(), store.Actor{Account: "someone", Remote: "x"})
	if _, err := r.LoginPassword(ctx, "lan", clerkPassword, remote); err != nil {
		t.Fatal(err)
	}
	if e := trail(t, db)[1]; e.Account != "lan" || e.Remote != remote {
		t.Fatalf("login audited as %q from %q", e.Account, e.Remote)
	}
}
