package hall

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"motcua/queue/accounts"
)

func TestLoginsThatMustFail(t *testing.T) {
	h := startHall(t, nil)
	h.add("lan", accounts.RoleClerk, 1)
	h.add("off", accounts.RoleClerk, 2)
	if err := h.roster.SetDisabled(context.Background(), "off", true); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, user, password string }{
		{"wrong password", "lan", "not-the-password"},
		{"unknown user", "nobody", testPassword},
		{"disabled account", "off", testPassword},
		{"empty password", "lan", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c, err := h.dial(c.user, gossh.Password(c.password)); err == nil {
				c.Close()
				t.Fatal("logged in")
			}
		})
	}
	c, err := h.dial("lan", gossh.Password(testPassword))
	if err != nil {
		t.Fatalf("the right password was refused: %v", err)
	}
	c.Close()
}

func TestFiveWrongPasswordsLockTheAccount(t *testing.T) {
	h := startHall(t, nil)
	h.add("lan", accounts.RoleClerk, 1)
	for i := 0; i < 5; i++ {
		if c, err := h.dial("lan", gossh.Password("wrong")); err == nil {
			c.Close()
			t.Fatal("a wrong password logged in")
		}
	}
	if c, err := h.dial("lan", gossh.Password(testPassword)); err == nil {
		c.Close()
		t.Fatal("a locked account logged in with its right password")
	}
	if !strings.Contains(h.log.Screen(), "locked") {
		t.Errorf("the log does not say the account is locked:\n%s", h.log.Screen())
	}
}

// newKey makes an ed25519 key pair for a client.
func newKey(t *testing.T) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestKeyLoginAndFailedKeyOffersDoNotLock(t *testing.T) {
	h := startHall(t, nil)
	h.add("lan", accounts.RoleClerk, 1)
	good := newKey(t)
	if err := h.roster.AddKey(context.Background(), "lan", string(gossh.MarshalAuthorizedKey(good.PublicKey()))); err != nil {
		t.Fatal(err)
	}
	// An ssh client offers every key it has, one after the other; ten
	// rounds of five wrong keys are fifty refusals.
	for i := 0; i < 10; i++ {
		strangers := []gossh.Signer{newKey(t), newKey(t), newKey(t), newKey(t), newKey(t)}
		if c, err := h.dial("lan", gossh.PublicKeys(strangers...)); err == nil {
			c.Close()
			t.Fatal("a stranger's key logged in")
		}
	}
	if n := h.audited(accounts.ActionLoginFailed, "lan"); n != 0 {
		t.Errorf("offers of strangers' keys were audited as %d failed logins", n)
	}
	c, err := h.dial("lan", gossh.PublicKeys(newKey(t), good))
	if err != nil {
		t.Fatalf("the account's key was refused after others were offered: %v", err)
	}
	c.Close()
	if n := h.audited(accounts.ActionLogin, "lan"); n != 1 {
		t.Errorf("a key login was audited %d times, want once", n)
	}
	c, err = h.dial("lan", gossh.Password(testPassword))
	if err != nil {
		t.Fatalf("wrong keys locked the password: %v", err)
	}
	c.Close()
}
