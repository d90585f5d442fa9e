package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestEndToEndUsersAskThePasswordTwiceWithoutEcho runs the real binary in
// a terminal: users add asks the password twice, never shows it, refuses
// two different ones, and the account then logs in with it.
func TestEndToEndUsersAskThePasswordTwiceWithoutEcho(t *testing.T) {
	tm := newTmux(t)
	bin := motcuaBinary(t)
	db := filepath.Join(t.TempDir(), "station.db")
	const wait = 10 * time.Second
	const secret = "mật khẩu bí mật 2026"

	tm.start("differ", bin, "users", "add", "minh", "--role", "clerk", "--db", db, "--lang", "vi")
	tm.waitFor("differ", prompt("users.prompt_password", "minh"), wait)
	tm.literal("differ", secret)
	tm.keys("differ", "Enter")
	tm.waitFor("differ", prompt("users.prompt_again"), wait)
	tm.literal("differ", "một mật khẩu khác")
	tm.keys("differ", "Enter")
	if code := tm.waitExit("differ", wait); code != exitUsage {
		t.Fatalf("two different passwords: exit %d, want %d\n%s", code, exitUsage, tm.capture("differ"))
	}
	if s := tm.capture("differ"); !strings.Contains(s, vi("users.password_differs")) || strings.Contains(s, "khác") {
		t.Fatalf("the refusal is not said, or a password was echoed:\n%s", s)
	}

	tm.start("add", bin, "users", "add", "lan", "--role", "clerk", "--counter", "2", "--db", db, "--lang", "vi")
	for _, p := range []string{prompt("users.prompt_password", "lan"), prompt("users.prompt_again")} {
		tm.waitFor("add", p, wait)
		tm.literal("add", secret)
		tm.keys("add", "Enter")
	}
	if code := tm.waitExit("add", wait); code != exitOK {
		t.Fatalf("users add exited %d:\n%s", code, tm.capture("add"))
	}
	screen := tm.capture("add")
	if strings.Contains(screen, "bí mật") {
		t.Fatalf("the password was echoed:\n%s", screen)
	}
	if !strings.Contains(screen, vi("users.added", "lan", vi("accounts.role.clerk"))) {
		t.Fatalf("users add says:\n%s", screen)
	}
	ro, _ := roster(t, db)
	if _, err := ro.LoginPassword(context.Background(), "lan", secret, "e2e"); err != nil {
		t.Fatalf("the typed password does not log in: %v", err)
	}
	if _, err := ro.Get(context.Background(), "minh"); err == nil {
		t.Fatal("the refused account was created")
	}
}

// prompt is a password prompt as the screen shows it: tmux drops the
// trailing space.
func prompt(key string, args ...any) string { return strings.TrimSpace(vi(key, args...)) }
