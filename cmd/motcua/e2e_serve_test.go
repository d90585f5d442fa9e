package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"motcua/queue/accounts"
)

// needSSH skips a test without the OpenSSH client, except on CI.
func needSSH(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("ssh"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("ssh (openssh-client) is required on CI: %v", err)
		}
		t.Skipf("ssh not found (%v): install openssh-client to run the SSH hall test", err)
	}
}

// hallAccount is an account of the test hall and its private key file.
type hallAccount struct {
	name    string
	role    accounts.Role
	counter int
	keyFile string // "" for a password account
}

const hallPassword = "cửa-một-cửa-2026"

// addHallAccounts creates the accounts in the database at dbPath with
// `motcua users add`, as an administrator would: with an ed25519 key each
// (an OpenSSH private key file, 0600, in dir; its .pub line given with
// --key) unless keyFile is empty, then with a password typed on standard
// input.
func addHallAccounts(t *testing.T, dbPath, dir string, list []hallAccount) []hallAccount {
	t.Helper()
	for i, a := range list {
		args := []string{"users", "add", a.name, "--role", string(a.role), "--db", dbPath}
		if a.counter != 0 {
			args = append(args, "--counter", strconv.Itoa(a.counter))
		}
		stdin := ""
		if a.keyFile == "" {
			args, stdin = append(args, "--password-stdin"), hallPassword+"\n"
		} else {
			list[i].keyFile = writeKeyPair(t, dir, a.name)
			args = append(args, "--key", list[i].keyFile+".pub")
		}
		cmd := exec.Command(motcuaBinary(t), args...)
		cmd.Env, cmd.Stdin = childEnv(), strings.NewReader(stdin)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("motcua %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	return list
}

// writeKeyPair writes an ed25519 key pair as ssh-keygen would: the
// OpenSSH private key (0600) and its .pub line; it returns the private
// key's path.
func writeKeyPair(t *testing.T, dir, name string) string {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(priv, name)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name+"_ed25519")
	if err := os.WriteFile(path, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	sshPub, err := gossh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+".pub", gossh.MarshalAuthorizedKey(sshPub), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// waitListening waits until something accepts connections on addr.
func waitListening(t testing.TB, addr string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("nothing listens on %s after %v: %v", addr, timeout, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// sshArgv is the OpenSSH command line of a session of user on the hall.
func sshArgv(port, user, keyFile string) []string {
	argv := []string{"ssh", "-tt", "-F", os.DevNull, "-p", port, "-o", "StrictHostKeyChecking=no",
		"-o", "UserKnownHostsFile=" + os.DevNull, "-o", "LogLevel=ERROR"}
	if keyFile != "" {
		argv = append(argv, "-i", keyFile, "-o", "IdentitiesOnly=yes", "-o", "PasswordAuthentication=no")
	} else {
		argv = append(argv, "-o", "PubkeyAuthentication=no", "-o", "PreferredAuthentications=password")
	}
	return append(argv, user+"@127.0.0.1")
}

// The check: motcua serve on loopback, the real OpenSSH client in
// tmux as a kiosk, a clerk and a board; a ticket issued at the kiosk is
// called at the counter and shows on the board. A second clerk logs in
// with a password typed at ssh's prompt.
func TestEndToEndServeOverOpenSSH(t *testing.T) {
	tm := newTmux(t)
	needSSH(t)
	bin := motcuaBinary(t)
	dir := t.TempDir()
	dbPath := seededDB(t, dir, false)
	list := addHallAccounts(t, dbPath, dir, []hallAccount{
		{name: "kiosk1", role: accounts.RoleKiosk, keyFile: "key"},
		{name: "lan", role: accounts.RoleClerk, counter: 1, keyFile: "key"},
		{name: "tv", role: accounts.RoleBoard, keyFile: "key"},
		{name: "binh", role: accounts.RoleClerk, counter: 2},
	})
	addr := freePort(t)
	_, port, _ := net.SplitHostPort(addr)
	const wait = 10 * time.Second
	tm.start("serve", bin, "serve", "--db", dbPath, "--listen", addr,
		"--host-key", filepath.Join(dir, "host_key"), "--printer", "none")
	waitListening(t, addr, wait)
	tm.start("kiosk", sshArgv(port, list[0].name, list[0].keyFile)...)
	tm.start("clerk", sshArgv(port, list[1].name, list[1].keyFile)...)
	tm.start("board", sshArgv(port, list[2].name, list[2].keyFile)...)
	tm.waitFor("kiosk", vi("kiosk.pick_service"), wait)
	tm.waitFor("clerk", vi("counter.title", 1), wait)
	tm.waitFor("clerk", vi("counter.idle"), wait)
	tm.waitFor("board", vi("board.counter", 1), wait)

	tm.keys("kiosk", "1")
	tm.waitFor("kiosk", vi("kiosk.ask_priority"), wait)
	tm.pressUntil("kiosk", "0", "the ticket A001", wait, func(screen string) bool { return hasBig(screen, "A001") })

	callStart := time.Now()
	tm.keys("clerk", "n")
	tm.waitFor("board", vi("board.call_row", "A001", 1), boardLatency+time.Second)
	onBoard := time.Since(callStart)
	tm.waitFor("clerk", vi("counter.done.called", "A001"), wait)
	t.Logf("a call over SSH reached the board session after %v", onBoard.Round(time.Millisecond))
	if onBoard > boardLatency {
		t.Errorf("the call reached the board after %v, want within %v", onBoard, boardLatency)
	}

	// A password login, typed at ssh's own prompt.
	tm.start("pw", sshArgv(port, "binh", "")...)
	tm.waitFor("pw", "password:", wait)
	tm.literal("pw", hallPassword)
	tm.keys("pw", "Enter")
	tm.waitFor("pw", vi("counter.title", 2), wait)
	tm.waitFor("serve", "login user=binh", wait)
}

// newSigner makes an ed25519 key for an x/crypto ssh client.
func newSigner(tb testing.TB) gossh.Signer {
	tb.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}
