package accounts_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"motcua/queue/accounts"
)

func TestKeyLogin(t *testing.T) {
	for _, kind := range []string{"ed25519", "ecdsa", "rsa2048"} {
		t.Run(kind, func(t *testing.T) {
			r, db, _ := newRoster(t)
			if err := r.Add(adminCtx, accounts.Account{Name: "lan", Role: accounts.RoleClerk, Counter: 1}, ""); err != nil {
				t.Fatal(err)
			}
			pub, line := keyLine(t, kind)
			other, _ := keyLine(t, kind)
			if err := r.AddKey(adminCtx, "lan", line); err != nil {
				t.Fatal(err)
			}
			if err := r.AddKey(adminCtx, "lan", line); err != nil {
				t.Fatalf("adding the same key again = %v", err)
			}
			a, err := r.LoginKey(context.Background(), "lan", pub, remote)
			if err != nil {
				t.Fatal(err)
			}
			k, _ := accounts.ParseKey(line)
			if len(a.Keys) != 1 || a.Keys[0] != line {
				t.Fatalf("keys = %q, want [%q]", a.Keys, line)
			}
			es := trail(t, db)
			if e := es[len(es)-1]; e.Action != accounts.ActionLogin || e.Detail != "key "+k.Fingerprint || e.Account != "lan" {
				t.Fatalf("login audit = %+v", e)
			}
			before := len(es)
			if _, err := r.LoginKey(context.Background(), "lan", other, remote); !errors.Is(err, accounts.ErrKeyNotAllowed) {
				t.Fatalf("other key = %v, want ErrKeyNotAllowed", err)
			}
			if _, err := r.LoginKey(context.Background(), "ghost", pub, remote); !errors.Is(err, accounts.ErrUnknownAccount) {
				t.Fatalf("unknown account = %v, want ErrUnknownAccount", err)
			}
			if n := len(trail(t, db)); n != before {
				t.Fatalf("refused keys left %d audit entries, want none", n-before)
			}
			if err := r.RemoveKey(adminCtx, "lan", strings.TrimPrefix(k.Fingerprint, "SHA256:")); err != nil {
				t.Fatal(err)
			}
			if _, err := r.LoginKey(context.Background(), "lan", pub, remote); !errors.Is(err, accounts.ErrKeyNotAllowed) {
				t.Fatalf("removed key = %v, want ErrKeyNotAllowed", err)
			}
			if err := r.RemoveKey(adminCtx, "lan", k.Fingerprint); !errors.Is(err, accounts.ErrUnknownKey) {
				t.Fatalf("removing twice = %v, want ErrUnknownKey", err)
			}
		})
	}
}

func TestKeyLoginRefusesDisabledAndLocked(t *testing.T) {
	r, db, _ := newRoster(t)
	addClerk(t, r)
	pub, line := keyLine(t, "ed25519")
	if err := r.AddKey(adminCtx, "lan", line); err != nil {
		t.Fatal(err)
	}
	wrong(t, r, 5)
	if _, err := r.LoginKey(context.Background(), "lan", pub, remote); !errors.Is(err, accounts.ErrLocked) {
		t.Fatalf("key login while locked = %v, want ErrLocked", err)
	}
	if err := r.SetDisabled(adminCtx, "lan", true); err != nil {
		t.Fatal(err)
	}
	if _, err := r.LoginKey(context.Background(), "lan", pub, remote); !errors.Is(err, accounts.ErrDisabled) {
		t.Fatalf("key login while disabled = %v, want ErrDisabled", err)
	}
	es := trail(t, db)
	if e := es[len(es)-1]; e.Action != accounts.ActionLoginFailed || e.Detail != "disabled" {
		t.Fatalf("last audit = %+v", e)
	}
	if _, err := r.LoginKey(context.Background(), "lan", nil, remote); !errors.Is(err, accounts.ErrKeyNotAllowed) {
		t.Fatalf("nil key = %v", err)
	}
}

func TestParseKeyRefuses(t *testing.T) {
	_, ed := keyLine(t, "ed25519")
	_, ed2 := keyLine(t, "ed25519")
	_, weak := keyLine(t, "rsa1024")
	cases := map[string]string{
		"empty":       "",
		"garbage":     "ssh-ed25519 AAAA",
		"options":     `command="ls" ` + ed,
		"two lines":   ed + "\n" + ed2,
		"rsa 1024":    weak,
		"private key": "-----BEGIN OPENSSH PRIVATE KEY-----",
		"too long":    ed + " " + strings.Repeat("x", accounts.MaxKeyLineLen),
	}
	for name, line := range cases {
		if _, err := accounts.ParseKey(line); !errors.Is(err, accounts.ErrInvalidKey) {
			t.Errorf("%s: ParseKey = %v, want ErrInvalidKey", name, err)
		}
	}
	r, _, _ := newRoster(t)
	addClerk(t, r)
	if err := r.AddKey(adminCtx, "lan", weak); !errors.Is(err, accounts.ErrInvalidKey) {
		t.Fatalf("AddKey weak = %v", err)
	}
}

func TestParseKeyNormalises(t *testing.T) {
	_, line := keyLine(t, "ed25519")
	fields := strings.Fields(line)
	k, err := accounts.ParseKey("  " + fields[0] + "   " + fields[1] + "  Lan\x1b[2J máy  \n")
	if err != nil {
		t.Fatal(err)
	}
	if k.Line != fields[0]+" "+fields[1]+" Lan[2J máy" || k.Comment != "Lan[2J máy" || k.Type != "ssh-ed25519" ||
		!strings.HasPrefix(k.Fingerprint, "SHA256:") {
		t.Fatalf("key = %+v", k)
	}
}
