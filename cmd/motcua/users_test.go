package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"

	"motcua/assets/i18n"
	"motcua/queue/accounts"
	"motcua/store"
)

// withInput makes s the standard input of the users command for the test.
func withInput(t *testing.T, s string) {
	t.Helper()
	old := passwordInput
	passwordInput = strings.NewReader(s)
	t.Cleanup(func() { passwordInput = old })
}

// newKeyFile writes a fresh ed25519 authorized_keys line to dir and returns
// the file, the key and its fingerprint.
func newKeyFile(t *testing.T, dir, name string) (string, ssh.PublicKey, string) {
	t.Helper()
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	sp, err := ssh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	line := "# khóa của Lan\n\n" + string(ssh.MarshalAuthorizedKey(sp))
	if err := os.WriteFile(path, []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, sp, ssh.FingerprintSHA256(sp)
}

// roster opens the database file the CLI wrote, after the command closed it.
func roster(t *testing.T, path string) (*accounts.Roster, *store.DB) {
	t.Helper()
	db, err := store.Open(context.Background(), path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return accounts.NewRoster(db), db
}

func TestUsersAddListAndLogin(t *testing.T) {
	t.Setenv("MOTCUA_LANG", "")
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	withInput(t, "mật khẩu 2026\n")
	r := runCLI(t, "users", "add", "lan", "--role", "clerk", "--counter", "2", "--name", "Nguyễn Thị Lan", "--password-stdin", "--db", db)
	r.want(t, exitOK)
	if !strings.Contains(r.stdout, vi("users.added", "lan", vi("accounts.role.clerk"))) {
		t.Fatalf("add says:\n%s", r.stdout)
	}
	keyFile, pub, fp := newKeyFile(t, dir, "id_ed25519.pub")
	runCLI(t, "users", "add", "quantri", "--role", "admin", "--key", keyFile, "--db", db).want(t, exitOK)

	r = runCLI(t, "users", "list", "--db", db)
	r.want(t, exitOK)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 3 {
		t.Fatalf("list has %d lines, want header and 2 accounts:\n%s", len(lines), r.stdout)
	}
	for i, want := range [][]string{
		{vi("users.col.name"), vi("users.col.full_name"), vi("users.col.state")},
		{"lan", "Nguyễn Thị Lan", "clerk", " 2 ", vi("users.yes"), " 0 ", vi("users.state.active")},
		{"quantri", "admin", vi("users.any_counter"), vi("users.no"), " 1 ", vi("users.state.active")},
	} {
		for _, w := range want {
			if !strings.Contains(lines[i], w) {
				t.Errorf("list line %d lacks %q: %q", i, w, lines[i])
			}
		}
	}

	ro, _ := roster(t, db)
	if _, err := ro.LoginPassword(context.Background(), "lan", "mật khẩu 2026", "test"); err != nil {
		t.Fatalf("the password given to add does not log in: %v", err)
	}
	if _, err := ro.LoginKey(context.Background(), "quantri", pub, "test"); err != nil {
		t.Fatalf("the key given to add does not log in: %v", err)
	}
	r = runCLI(t, "users", "keys", "quantri", "--db", db)
	r.want(t, exitOK)
	if !strings.Contains(r.stdout, fp) || !strings.Contains(r.stdout, "ssh-ed25519") {
		t.Fatalf("keys list:\n%s", r.stdout)
	}
}

func TestUsersDisableEnablePasswdKeys(t *testing.T) {
	t.Setenv("MOTCUA_LANG", "en")
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	withInput(t, "mật khẩu 2026\n")
	runCLI(t, "users", "add", "lan", "--role", "clerk", "--password-stdin", "--db", db).want(t, exitOK)

	r := runCLI(t, "users", "disable", "lan", "--db", db)
	r.want(t, exitOK)
	if !strings.Contains(r.stdout, i18n.T(i18n.EN, "users.disabled", "lan")) {
		t.Fatalf("disable says %q", r.stdout)
	}
	if r := runCLI(t, "users", "list", "--db", db); !strings.Contains(r.stdout, "disabled") {
		t.Fatalf("list after disable:\n%s", r.stdout)
	}
	ro, sdb := roster(t, db)
	if _, err := ro.LoginPassword(context.Background(), "lan", "mật khẩu 2026", "test"); !errors.Is(err, accounts.ErrDisabled) {
		t.Fatalf("login of a disabled account = %v", err)
	}
	runCLI(t, "users", "enable", "lan", "--db", db).want(t, exitOK)

	withInput(t, "mật khẩu mới 2027\r\n")
	runCLI(t, "users", "passwd", "lan", "--password-stdin", "--db", db).want(t, exitOK)
	if _, err := ro.LoginPassword(context.Background(), "lan", "mật khẩu mới 2027", "test"); err != nil {
		t.Fatalf("new password: %v", err)
	}

	keyFile, _, fp := newKeyFile(t, dir, "lan.pub")
	r = runCLI(t, "users", "keys", "lan", "add", keyFile, "--db", db)
	r.want(t, exitOK)
	if !strings.Contains(r.stdout, fp) {
		t.Fatalf("keys add says %q", r.stdout)
	}
	runCLI(t, "users", "keys", "lan", "remove", fp, "--db", db).want(t, exitOK)
	runCLI(t, "users", "keys", "lan", "remove", fp, "--db", db).want(t, exitError, i18n.T(i18n.EN, "accounts.err.unknown_key"))
	if r := runCLI(t, "users", "keys", "lan", "list", "--db", db); !strings.Contains(r.stdout, i18n.T(i18n.EN, "users.no_keys", "lan")) {
		t.Fatalf("keys after remove:\n%s", r.stdout)
	}

	// every change is in the audit trail, made at this PC
	trail, err := sdb.AuditTrail(context.Background(), store.AuditFilter{Action: accounts.ActionChange})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range trail {
		if e.Account != "" {
			t.Errorf("CLI change audited as %q, want at this PC", e.Account)
		}
		got = append(got, strings.Fields(e.Detail)[0])
	}
	want := "key key password enable disable add"
	if strings.Join(got, " ") != want {
		t.Fatalf("audited changes %q, want %q", strings.Join(got, " "), want)
	}
}

func TestUsersRefusals(t *testing.T) {
	t.Setenv("MOTCUA_LANG", "")
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	bad := filepath.Join(dir, "bad.pub")
	if err := os.WriteFile(bad, []byte("ssh-ed25519 AAAA\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	withInput(t, "mật khẩu 2026\n")
	runCLI(t, "users", "add", "lan", "--role", "clerk", "--password-stdin", "--db", db).want(t, exitOK)
	msg := func(err error) string { m, _ := accounts.Message(i18n.VI, err); return m }
	cases := []struct {
		name  string
		input string
		args  []string
		code  int
		says  string
	}{
		{"no verb", "", []string{"users"}, exitUsage, "motcua users"},
		{"unknown verb", "", []string{"users", "delete", "lan"}, exitUsage, "motcua users"},
		{"flag of another verb", "", []string{"users", "disable", "lan", "--role", "admin"}, exitUsage, "motcua users"},
		{"taken", "mật khẩu 2026\n", []string{"users", "add", "lan", "--role", "clerk", "--password-stdin"}, exitError, msg(accounts.ErrAccountExists)},
		{"bad name", "", []string{"users", "add", "Lan Anh", "--role", "clerk", "--password-stdin"}, exitUsage, msg(accounts.ErrInvalidName)},
		{"no such counter", "mật khẩu 2026\n", []string{"users", "add", "minh", "--role", "clerk", "--counter", "9", "--password-stdin"}, exitUsage, msg(accounts.ErrUnknownCounter)},
		{"bad role", "", []string{"users", "add", "minh", "--role", "boss", "--password-stdin"}, exitUsage, "kiosk, board, clerk, admin, rating"},
		{"weak", "123\n", []string{"users", "add", "minh", "--role", "clerk", "--password-stdin"}, exitUsage, msg(accounts.ErrWeakPassword)},
		{"no terminal", "", []string{"users", "add", "minh", "--role", "clerk"}, exitUsage, vi("users.password_needed")},
		{"bad key", "", []string{"users", "add", "minh", "--role", "clerk", "--key", bad}, exitUsage, vi("users.key_line", 1, msg(accounts.ErrInvalidKey))},
		{"missing key file", "", []string{"users", "keys", "lan", "add", filepath.Join(dir, "none.pub")}, exitError, "none.pub"},
		{"unknown", "", []string{"users", "disable", "ghost"}, exitError, "ghost: " + msg(accounts.ErrUnknownAccount)},
		{"passwd unknown", "", []string{"users", "passwd", "ghost", "--password-stdin"}, exitError, msg(accounts.ErrUnknownAccount)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			withInput(t, c.input)
			runCLI(t, append(c.args, "--db", db)...).want(t, c.code, c.says)
		})
	}
	if r := runCLI(t, "users", "list", "--db", db); strings.Count(r.stdout, "\n") != 2 {
		t.Fatalf("refused commands changed the accounts:\n%s", r.stdout)
	}
}

func TestUsersListEmpty(t *testing.T) {
	t.Setenv("MOTCUA_LANG", "")
	r := runCLI(t, "users", "list", "--db", filepath.Join(t.TempDir(), "m.db"))
	r.want(t, exitOK)
	if !strings.Contains(r.stdout, vi("users.none")) {
		t.Fatalf("empty list says %q", r.stdout)
	}
}
