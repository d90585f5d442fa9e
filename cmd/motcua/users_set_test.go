package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"motcua/queue/accounts"
)

// A clerk moves to counter 3 and gets her name right; nothing else of her
// account changes, and a mistake is refused with a sentence.
func TestUsersSetChangesWhatIsGiven(t *testing.T) {
	t.Setenv("MOTCUA_LANG", "")
	db := filepath.Join(t.TempDir(), "m.db")
	withInput(t, "mật khẩu 2026\n")
	runCLI(t, "users", "add", "lan", "--role", "clerk", "--counter", "2", "--password-stdin", "--db", db).want(t, exitOK)

	r := runCLI(t, "users", "set", "lan", "--counter", "3", "--name", "Nguyễn Thị Lan", "--db", db)
	r.want(t, exitOK)
	if !strings.Contains(r.stdout, vi("users.updated", "lan")) {
		t.Fatalf("set says:\n%s", r.stdout)
	}
	ro, _ := roster(t, db)
	a, err := ro.Get(context.Background(), "lan")
	if err != nil {
		t.Fatal(err)
	}
	if a.Counter != 3 || a.FullName != "Nguyễn Thị Lan" || a.Role != accounts.RoleClerk || !a.HasPassword {
		t.Fatalf("after set: %+v", a)
	}

	for _, c := range []struct {
		args []string
		code int
		say  string
	}{
		{[]string{"users", "set", "lan"}, exitUsage, vi("users.nothing_to_set")},
		{[]string{"users", "set", "lan", "--role", "boss"}, exitUsage, "lan: "},
		{[]string{"users", "set", "lan", "--counter", "9"}, exitUsage, "lan: "},
		{[]string{"users", "set", "minh", "--counter", "1"}, exitError, "minh: "},
		{[]string{"users", "set", "lan", "--key", "x.pub"}, exitUsage, ""},
	} {
		r := runCLI(t, append(c.args, "--db", db)...)
		r.want(t, c.code)
		if !strings.Contains(r.stderr, c.say) {
			t.Errorf("%v: stderr %q lacks %q", c.args, r.stderr, c.say)
		}
	}
}
