package accounts_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"motcua/queue/accounts"
	"motcua/store"
)

func TestAddGetList(t *testing.T) {
	r, _, _ := newRoster(t)
	addClerk(t, r)
	if err := r.Add(adminCtx, accounts.Account{Name: "kiosk1", Role: accounts.RoleKiosk}, ""); err != nil {
		t.Fatal(err)
	}
	a, err := r.Get(adminCtx, "lan")
	if err != nil {
		t.Fatal(err)
	}
	if a.Name != "lan" || a.FullName != "Nguyễn Thị Lan" || a.Role != accounts.RoleClerk || a.Counter != 2 ||
		!a.HasPassword || a.Disabled || !a.LockedUntil.IsZero() || !a.CreatedAt.Equal(morning) || len(a.Keys) != 0 {
		t.Fatalf("Get = %+v", a)
	}
	list, err := r.List(adminCtx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].Name != "kiosk1" || list[1].Name != "lan" || list[0].HasPassword {
		t.Fatalf("List = %+v, want kiosk1 (no password) then lan", list)
	}
	if _, err := r.Get(adminCtx, "minh"); !errors.Is(err, accounts.ErrUnknownAccount) {
		t.Fatalf("Get unknown = %v, want ErrUnknownAccount", err)
	}
}

func TestAddRefusesBadAccounts(t *testing.T) {
	r, db, _ := newRoster(t)
	addClerk(t, r)
	cases := []struct {
		name     string
		a        accounts.Account
		password string
		want     error
	}{
		{"taken", accounts.Account{Name: "lan", Role: accounts.RoleAdmin}, "", accounts.ErrAccountExists},
		{"upper case", accounts.Account{Name: "Lan", Role: accounts.RoleClerk}, "", accounts.ErrInvalidName},
		{"empty", accounts.Account{Role: accounts.RoleClerk}, "", accounts.ErrInvalidName},
		{"role", accounts.Account{Name: "x", Role: "boss"}, "", accounts.ErrInvalidRole},
		{"counter", accounts.Account{Name: "x", Role: accounts.RoleClerk, Counter: -1}, "", accounts.ErrInvalidCounter},
		{"big counter", accounts.Account{Name: "x", Role: accounts.RoleClerk, Counter: 1000}, "", accounts.ErrInvalidCounter},
		{"no such counter", accounts.Account{Name: "x", Role: accounts.RoleClerk, Counter: 4}, "", accounts.ErrUnknownCounter},
		{"full name", accounts.Account{Name: "x", FullName: "a\x1b[2Jb", Role: accounts.RoleClerk}, "", accounts.ErrInvalidFullName},
		{"weak", accounts.Account{Name: "x", Role: accounts.RoleClerk}, "1234567", accounts.ErrWeakPassword},
		{"name as password", accounts.Account{Name: "thuhuong", Role: accounts.RoleClerk}, "ThuHuong", accounts.ErrWeakPassword},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := r.Add(adminCtx, c.a, c.password); !errors.Is(err, c.want) {
				t.Fatalf("Add = %v, want %v", err, c.want)
			}
		})
	}
	list, _ := r.List(adminCtx)
	if len(list) != 1 {
		t.Fatalf("%d accounts after refused adds, want 1", len(list))
	}
	if n := len(trail(t, db)); n != 1 {
		t.Fatalf("%d audit entries, want only the first add", n)
	}
}

func TestChangesAreAuditedWithActor(t *testing.T) {
	r, db, clock := newRoster(t)
	ctx := store.WithActor(adminCtx, store.Actor{Account: "quantri", Remote: "192.168.1.20:50122"})
	if err := r.Add(ctx, accounts.Account{Name: "lan", Role: accounts.RoleClerk, Counter: 2}, clerkPassword); err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Minute)
	if err := r.SetDisabled(ctx, "lan", true); err != nil {
		t.Fatal(err)
	}
	if err := r.SetDisabled(ctx, "lan", false); err != nil {
		t.Fatal(err)
	}
	if err := r.SetPassword(ctx, "lan", "mật khẩu mới"); err != nil {
		t.Fatal(err)
	}
	_, line := keyLine(t, "ed25519")
	if err := r.AddKey(ctx, "lan", line); err != nil {
		t.Fatal(err)
	}
	a, _ := r.Get(ctx, "lan")
	k, _ := accounts.ParseKey(a.Keys[0])
	if err := r.RemoveKey(ctx, "lan", k.Fingerprint); err != nil {
		t.Fatal(err)
	}
	es := trail(t, db)
	want := "account.change add lan role=clerk counter=2 password=true\n" +
		"account.change disable lan\naccount.change enable lan\naccount.change password lan\n" +
		"account.change key add lan " + k.Fingerprint + "\naccount.change key remove lan " + k.Fingerprint
	if got := actions(es); got != want {
		t.Fatalf("audit:\n%s\nwant:\n%s", got, want)
	}
	for _, e := range es {
		if e.Account != "quantri" || e.Remote != "192.168.1.20:50122" {
			t.Fatalf("entry %+v does not name the admin", e)
		}
	}
	if !es[0].At.Equal(morning) || !es[1].At.Equal(morning.Add(time.Minute)) {
		t.Fatalf("audit times %v, %v do not follow the clock", es[0].At, es[1].At)
	}
	events, _ := db.Events(ctx, 0, 100)
	n := 0
	for _, e := range events {
		if e.Kind == store.AuditEventKind {
			n++
		}
	}
	if n != len(es) {
		t.Fatalf("%d audit.recorded events, want %d", n, len(es))
	}
}

func TestChangesOfUnknownAccount(t *testing.T) {
	r, db, _ := newRoster(t)
	_, line := keyLine(t, "ed25519")
	for name, err := range map[string]error{
		"disable":  r.SetDisabled(adminCtx, "ghost", true),
		"password": r.SetPassword(adminCtx, "ghost", "một mật khẩu dài"),
		"add key":  r.AddKey(adminCtx, "ghost", line),
		"rm key":   r.RemoveKey(adminCtx, "ghost", "SHA256:abc"),
	} {
		if !errors.Is(err, accounts.ErrUnknownAccount) {
			t.Errorf("%s = %v, want ErrUnknownAccount", name, err)
		}
		if err != nil && !strings.Contains(err.Error(), "ghost") {
			t.Errorf("%s error %q does not name the account", name, err)
		}
	}
	if n := len(trail(t, db)); n != 0 {
		t.Fatalf("%d audit entries for refused changes", n)
	}
}
