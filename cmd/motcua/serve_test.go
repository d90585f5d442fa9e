//go:build !windows

package main

import (
	"bytes"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"motcua/queue/accounts"
)

// startServe runs motcua serve on a free loopback port and returns the
// process, its address and its standard output.
func startServe(t *testing.T, dbPath, hostKey string, extra ...string) (*exec.Cmd, string, *syncBuffer) {
	t.Helper()
	addr := freePort(t)
	args := append([]string{"serve", "--db", dbPath, "--listen", addr, "--host-key", hostKey, "--printer", "none"}, extra...)
	cmd := exec.Command(motcuaBinary(t), args...)
	cmd.Env = childEnv()
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	waitListening(t, addr, 10*time.Second)
	return cmd, addr, out
}

// stopServe sends SIGTERM and returns the exit code, failing after 10 s.
func stopServe(t *testing.T, cmd *exec.Cmd) int {
	t.Helper()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err == nil {
			return 0
		}
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		}
		t.Fatal(err)
	case <-time.After(10 * time.Second):
		t.Fatal("motcua serve still running 10 s after SIGTERM")
	}
	return -1
}

func hostKeyOf(t *testing.T, addr, user string, signer gossh.Signer) gossh.PublicKey {
	t.Helper()
	var seen gossh.PublicKey
	c, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: user, Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: func(_ string, _ net.Addr, key gossh.PublicKey) error { seen = key; return nil }, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatalf("log in as %s: %v", user, err)
	}
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := s.Shell(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return seen
}

func TestServeKeepsItsHostKeyAndStopsOnSIGTERM(t *testing.T) {
	dir := t.TempDir()
	dbPath := seededDB(t, dir, false)
	list := addHallAccounts(t, dbPath, dir, []hallAccount{{name: "tv", role: accounts.RoleBoard, keyFile: "key"}})
	pem, err := os.ReadFile(list[0].keyFile)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.ParsePrivateKey(pem)
	if err != nil {
		t.Fatal(err)
	}
	hostKey := filepath.Join(dir, "keys", "host_key")

	cmd, addr, out := startServe(t, dbPath, hostKey)
	first := hostKeyOf(t, addr, "tv", signer)
	var info os.FileInfo
	info, err = os.Stat(hostKey)
	if err != nil {
		t.Fatalf("no host key file: %v", err)
	}
	if info.Mode().Perm()&0o077 != 0 {
		t.Errorf("the host key file is readable by others: %v", info.Mode())
	}
	if !strings.Contains(out.String(), gossh.FingerprintSHA256(first)) {
		t.Errorf("serve did not print the host key's fingerprint %s:\n%s", gossh.FingerprintSHA256(first), out)
	}
	if code := stopServe(t, cmd); code != 0 {
		t.Fatalf("serve exited %d on SIGTERM with a session open:\n%s", code, out)
	}
	if !strings.Contains(out.String(), vi("serve.stopped")) {
		t.Errorf("serve did not say it stopped:\n%s", out)
	}

	cmd, addr, _ = startServe(t, dbPath, hostKey)
	if again := hostKeyOf(t, addr, "tv", signer); !bytes.Equal(again.Marshal(), first.Marshal()) {
		t.Error("a restarted serve has a new host key: every PC would warn of an impostor")
	}
	stopServe(t, cmd)
}

// syncBuffer is a bytes.Buffer a child process writes to while the test
// reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
