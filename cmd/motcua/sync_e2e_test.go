package main

import (
	"bytes"
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"motcua/hub"
	"motcua/queue"
	"motcua/store"
)

// motcuaRun runs the binary to the end and returns its exit code and output.
func motcuaRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(motcuaBinary(t), args...)
	cmd.Env = childEnv()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("motcua %v: %v", args, err)
	}
	return code, out.String(), errb.String()
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := motcuaRun(t, args...)
	if code != 0 {
		t.Fatalf("motcua %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

func freePort(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startHub runs motcua hub serve and waits until it accepts connections.
func startHub(t *testing.T, hubDir, addr string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(motcuaBinary(t), "hub", "serve", "--dir", hubDir, "--addr", addr)
	cmd.Env = childEnv()
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	for deadline := time.Now().Add(20 * time.Second); ; {
		if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
			c.Close()
			return cmd
		}
		if time.Now().After(deadline) {
			t.Fatalf("hub did not start: %s", logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func stopHub(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	_ = cmd.Process.Signal(syscall.SIGINT)
	if err := cmd.Wait(); err != nil {
		t.Errorf("hub serve ended with %v", err)
	}
}

// issueTickets issues n tickets on the station database, as the kiosk does.
func issueTickets(t *testing.T, path string, n int) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st := queue.NewStation(db)
	cfg, err := st.Config(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if _, err := st.Issue(ctx, cfg.Services[i%len(cfg.Services)].Code, ""); err != nil {
			t.Fatal(err)
		}
	}
}

// hubHoldsExactlyOnce checks every outbox row of the station is in the hub
// database once, by event ID.
func hubHoldsExactlyOnce(t *testing.T, stationDB, hubDB, station string) int {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, stationDB, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	events, err := db.Events(ctx, 0, 1<<30)
	if err != nil {
		t.Fatal(err)
	}
	h, err := hub.Open(ctx, hubDB, hub.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	held := map[string]int{}
	if err := h.Records(ctx, time.Unix(0, 0), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC), station,
		func(r hub.StoredRecord) error { held[r.ID]++; return nil }); err != nil {
		t.Fatal(err)
	}
	if len(held) != len(events) || len(events) == 0 {
		t.Errorf("hub holds %d records, station has %d", len(held), len(events))
	}
	for _, e := range events {
		if held[e.ID] != 1 {
			t.Errorf("event %d %s (%s) held %d times", e.Seq, e.Kind, e.ID, held[e.ID])
		}
	}
	return len(events)
}

func TestSyncBetweenTwoProcessesOverHTTPSAndUSB(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := t.TempDir()
	hubDir, hubDB := filepath.Join(dir, "hub"), filepath.Join(dir, "hub", "hub.db")
	addr := freePort(t)
	out := mustRun(t, "hub", "init", "--dir", hubDir)
	fp := regexp.MustCompile(`[0-9a-f]{64}`).FindString(out)
	if fp == "" {
		t.Fatalf("hub init printed no fingerprint:\n%s", out)
	}
	out = mustRun(t, "hub", "enroll", "--dir", hubDir, "--station", "XA-TAN-LAP", "--name", "Xã Tân Lập", "--url", "https://"+addr)
	code := regexp.MustCompile(`motcua1:[A-Za-z0-9_-]+`).FindString(out)
	if code == "" {
		t.Fatalf("hub enroll printed no code:\n%s", out)
	}
	srv := startHub(t, hubDir, addr)

	stationDB := seededDB(t, dir, true)
	if c, _, errs := motcuaRun(t, "sync", "enroll", code[:len(code)-2]+"xx", "--db", stationDB); c == 0 || !strings.Contains(errs, "Mã đăng ký không đúng") {
		t.Errorf("mistyped code: exit %d, %q", c, errs)
	}
	// a code whose fingerprint is not the server's certificate: refused
	parsed, err := hub.ParseEnrollCode(code)
	if err != nil {
		t.Fatal(err)
	}
	parsed.Fingerprint = strings.Repeat("0", 64)
	c, _, errs := motcuaRun(t, "sync", "enroll", parsed.String(), "--db", filepath.Join(dir, "other.db"))
	if c == 0 || !strings.Contains(errs, "không phải máy chủ huyện đã đăng ký") {
		t.Errorf("enroll against an unpinned certificate: exit %d, %q", c, errs)
	}
	mustRun(t, "sync", "enroll", code, "--db", stationDB)
	issueTickets(t, stationDB, 25)
	mustRun(t, "sync", "--once", "--db", stationDB)
	status := mustRun(t, "sync", "status", "--db", stationDB)
	for _, want := range []string{"XA-TAN-LAP", "Bản ghi chờ gửi: 0", "Lỗi cuối: không có"} {
		if !strings.Contains(status, want) {
			t.Errorf("sync status lacks %q:\n%s", want, status)
		}
	}
	stopHub(t, srv)
	first := hubHoldsExactlyOnce(t, stationDB, hubDB, "XA-TAN-LAP")

	// the link is down: --once fails with a sentence, the data waits
	issueTickets(t, stationDB, 10)
	c, _, errs = motcuaRun(t, "sync", "--once", "--db", stationDB)
	if c == 0 || !strings.Contains(errs, "Không kết nối được máy chủ huyện") {
		t.Errorf("sync with the hub down: exit %d, %q", c, errs)
	}
	// so it goes on a USB stick, and the acknowledgements come back
	usb := filepath.Join(dir, "usb")
	mustRun(t, "sync", "export", usb, "--db", stationDB)
	if _, err := os.Stat(filepath.Join(usb, "README.txt")); err != nil {
		t.Error(err)
	}
	files, _ := filepath.Glob(filepath.Join(usb, "XA-TAN-LAP-*.mcb"))
	if len(files) == 0 {
		t.Fatal("no batch files exported")
	}
	mustRun(t, "hub", "import", usb, "--dir", hubDir)
	again := mustRun(t, "hub", "import", usb, "--dir", hubDir)
	if !strings.Contains(again, "đã nhận trước đó") {
		t.Errorf("second import:\n%s", again)
	}
	acks := filepath.Join(dir, "acks")
	mustRun(t, "hub", "export-acks", "--station", "XA-TAN-LAP", acks, "--dir", hubDir)
	mustRun(t, "sync", "import-acks", filepath.Join(acks, "XA-TAN-LAP-acks.json"), "--db", stationDB)
	status = mustRun(t, "sync", "status", "--db", stationDB)
	if !strings.Contains(status, "Bản ghi chờ gửi: 0") {
		t.Errorf("after the acknowledgements:\n%s", status)
	}
	if all := hubHoldsExactlyOnce(t, stationDB, hubDB, "XA-TAN-LAP"); all <= first {
		t.Errorf("USB delivered nothing: %d then %d records", first, all)
	}
}
