package main

// kill -9 of the station during uploads and of the hub during ingest, both
// real processes: afterwards the hub holds every outbox record exactly once
// and both database files pass PRAGMA integrity_check.

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	gosync "sync"
	"testing"
	"time"

	"motcua/store"
)

// crashSetup makes a hub directory and an enrolled station database, and
// returns their paths and the hub address.
func crashSetup(t *testing.T) (hubDir, stationDB, addr string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and kills the binary")
	}
	if runtime.GOOS == "windows" {
		t.Skip("kill -9 is a Unix test")
	}
	dir := t.TempDir()
	hubDir, addr = filepath.Join(dir, "hub"), freePort(t)
	mustRun(t, "hub", "init", "--dir", hubDir)
	out := mustRun(t, "hub", "enroll", "--dir", hubDir, "--station", "XA-KILL", "--name", "Xã Thử Tắt", "--url", "https://"+addr)
	code := regexp.MustCompile(`motcua1:[A-Za-z0-9_-]+`).FindString(out)
	if code == "" {
		t.Fatalf("hub enroll printed no code:\n%s", out)
	}
	hub := startHub(t, hubDir, addr)
	stationDB = seededDB(t, dir, false)
	mustRun(t, "sync", "enroll", code, "--db", stationDB)
	stopHub(t, hub)
	return hubDir, stationDB, addr
}

// appendOutbox writes n more outbox rows to the station database, as the
// counters would (several batches of the default 1,000 records).
func appendOutbox(t *testing.T, path string, n int) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Write(ctx, func(tx *store.Tx) error {
		for i := range n {
			at := time.Now().UnixMilli()
			p := map[string]any{"at": at, "event": "issued", "ticket": map[string]any{"id": store.NewID(),
				"display": fmt.Sprintf("A%03d", i%1000), "service": "ho_tich", "status": "waiting"}}
			if err := store.AppendEvent(ctx, tx, at, "ticket.issued", store.NewID(), p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// startSync runs motcua sync (continuous) on the station database.
// running line is printed once the process handles SIGINT itself.
func startSync(t *testing.T, stationDB string) (*exec.Cmd, *crashLogs) {
	t.Helper()
	cmd := exec.Command(motcuaBinary(t), "sync", "--db", stationDB)
	cmd.Env = childEnv()
	logs := &crashLogs{}
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	_, running, _ := strings.Cut(vi("sync.running", "\x00"), "\x00") // the part after the URL
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(logs.String(), running); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("motcua sync did not start:\n%s", logs)
		}
	}
	return cmd, logs
}

// crashLogs is a child's output, written by exec's copier while the test
// reads it.
type crashLogs struct {
	mu  gosync.Mutex
	buf bytes.Buffer
}

func (l *crashLogs) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *crashLogs) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

func kill9(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix
		t.Fatal(err)
	}
	_ = cmd.Wait()
}

// syncUntilDelivered runs motcua sync --once until it succeeds (the hub's
// rate limiter may answer 429 after many restarts).
func syncUntilDelivered(t *testing.T, stationDB string) {
	t.Helper()
	var last string
	for range 20 {
		code, out, errs := motcuaRun(t, "sync", "--once", "--db", stationDB)
		if code == 0 {
			return
		}
		last = out + errs
		time.Sleep(500 * time.Millisecond)
	}
	t.Fatalf("sync --once never succeeded:\n%s", last)
}

// progress is how many outbox rows the station has and how many of them are
// in batches the hub acknowledged, read from the file after a kill.
func progress(t *testing.T, stationDB string) (rows, acked int64) {
	t.Helper()
	db, err := sql.Open("sqlite", stationDB)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.QueryRow(`SELECT (SELECT count(*) FROM outbox),
		(SELECT coalesce(sum(records), 0) FROM sync_batches WHERE acked_at IS NOT NULL)`).Scan(&rows, &acked)
	if err != nil {
		t.Fatal(err)
	}
	return rows, acked
}

func integrityOK(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Errorf("%s: integrity_check %q (%v)", filepath.Base(path), res, err)
	}
}

func crashCheck(t *testing.T, hubDir, stationDB string) {
	t.Helper()
	hubDB := filepath.Join(hubDir, "hub.db")
	n := hubHoldsExactlyOnce(t, stationDB, hubDB, "XA-KILL")
	status := mustRun(t, "sync", "status", "--db", stationDB)
	if !strings.Contains(status, "Bản ghi chờ gửi: 0") {
		t.Errorf("station still has records waiting:\n%s", status)
	}
	integrityOK(t, stationDB)
	integrityOK(t, hubDB)
	t.Logf("%d records delivered exactly once", n)
}

func TestStationKilledDuringUploads(t *testing.T) {
	hubDir, stationDB, addr := crashSetup(t)
	hub := startHub(t, hubDir, addr)
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 4))
	for round := range 6 {
		appendOutbox(t, stationDB, 8000)
		cmd, _ := startSync(t, stationDB)
		time.Sleep(time.Duration(30+r.IntN(300)) * time.Millisecond)
		kill9(t, cmd)
		rows, acked := progress(t, stationDB)
		t.Logf("round %d: station killed with %d of %d records acknowledged", round, acked, rows)
	}
	syncUntilDelivered(t, stationDB)
	stopHub(t, hub)
	crashCheck(t, hubDir, stationDB)
}

func TestHubKilledDuringIngest(t *testing.T) {
	hubDir, stationDB, addr := crashSetup(t)
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 5))
	for round := range 5 {
		appendOutbox(t, stationDB, 8000)
		hub := startHub(t, hubDir, addr)
		station, logs := startSync(t, stationDB)
		time.Sleep(time.Duration(30+r.IntN(300)) * time.Millisecond)
		kill9(t, hub)
		rows, acked := progress(t, stationDB)
		t.Logf("round %d: hub killed with %d of %d records acknowledged", round, acked, rows)
		_ = station.Process.Signal(os.Interrupt)
		if err := station.Wait(); err != nil {
			t.Errorf("station sync after SIGINT: %v\n%s", err, logs)
		}
	}
	hub := startHub(t, hubDir, addr)
	syncUntilDelivered(t, stationDB)
	stopHub(t, hub)
	crashCheck(t, hubDir, stationDB)
}
