package accounts_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"

	"motcua/queue/accounts"
	"motcua/store"
)

// morning is a fixed station time.
var morning = time.Date(2026, 11, 23, 7, 30, 0, 0, store.Local)

// adminCtx is the context of an admin at the station PC.
var adminCtx = context.Background()

// newRoster opens a fresh station database with counters 1–3 on a manual
// clock.
func newRoster(t testing.TB) (*accounts.Roster, *store.DB, *store.ManualClock) {
	t.Helper()
	clock := store.NewManualClock(morning)
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "station.db"), store.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	// the station's counters 1–3, as a seeded commune has them
	if err := db.Write(context.Background(), func(tx *store.Tx) error {
		_, err := tx.Exec(`INSERT INTO counters (number) VALUES (1), (2), (3)`)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return accounts.NewRoster(db), db, clock
}

// addClerk adds clerk "lan" at counter 2 with password "mật khẩu 2026".
func addClerk(t testing.TB, r *accounts.Roster) accounts.Account {
	t.Helper()
	a := accounts.Account{Name: "lan", FullName: "Nguyễn Thị Lan", Role: accounts.RoleClerk, Counter: 2}
	if err := r.Add(adminCtx, a, clerkPassword); err != nil {
		t.Fatal(err)
	}
	return a
}

const clerkPassword = "mật khẩu 2026"

// trail returns the actions of the audit trail, oldest first.
func trail(t testing.TB, db *store.DB) []store.AuditEntry {
	t.Helper()
	es, err := db.AuditTrail(context.Background(), store.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for i, j := 0, len(es)-1; i < j; i, j = i+1, j-1 {
		es[i], es[j] = es[j], es[i]
	}
	return es
}

// actions lists the actions and details of entries as "action detail".
func actions(es []store.AuditEntry) string {
	var b []string
	for _, e := range es {
		b = append(b, e.Action+" "+e.Detail)
	}
	return strings.Join(b, "\n")
}

// keyLine makes a public key of the kind and returns its signer's public
// key and authorized_keys line.
func keyLine(t testing.TB, kind string) (ssh.PublicKey, string) {
	t.Helper()
	var pub any
	switch kind {
	case "ed25519":
		p, _, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		pub = p
	case "ecdsa":
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		pub = &k.PublicKey
	case "rsa2048", "rsa1024":
		bits := 2048
		if kind == "rsa1024" {
			bits = 1024
		}
		k, err := rsa.GenerateKey(rand.Reader, bits)
		if err != nil {
			t.Fatal(err)
		}
		pub = &k.PublicKey
	default:
		t.Fatalf("unknown key kind %s", kind)
	}
	sp, err := ssh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return sp, strings.TrimSpace(string(ssh.MarshalAuthorizedKey(sp))) + " lan@may-tinh"
}
