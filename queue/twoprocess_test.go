package queue_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"motcua/queue"
	"motcua/store"
)

// helperEnv names the database a helper process works on; helperRole
// says which counters it runs, helperStart when to begin (Unix ms), so
// that both processes start working at the same instant.
const (
	helperEnv   = "MOTCUA_QUEUE_HELPER_DB"
	helperRole  = "MOTCUA_QUEUE_HELPER_COUNTERS"
	helperStart = "MOTCUA_QUEUE_HELPER_START"
	helperSeed  = "MOTCUA_QUEUE_HELPER_SEED"
	helperLine  = "motcua-helper"
	perProcess  = 80
)

// TestHelperProcess is one process of TestTwoProcesses: a kiosk issuing
// perProcess tickets and clerks at the counters of its role. It prints
// what it issued and called, one line each, and exits.
func TestHelperProcess(t *testing.T) {
	path := os.Getenv(helperEnv)
	if path == "" {
		t.Skip("helper process of TestTwoProcesses")
	}
	if err := helperProcess(path); err != nil {
		fmt.Fprintf(os.Stderr, "helper: %v\n", err)
		os.Exit(3)
	}
	os.Exit(0)
}

func helperProcess(path string) error {
	ctx := context.Background()
	clock := store.NewManualClock(monday0800)
	db, err := store.Open(ctx, path, store.Options{Clock: clock})
	if err != nil {
		return err
	}
	defer db.Close()
	st := queue.NewStation(db)
	seed, _ := strconv.ParseUint(os.Getenv(helperSeed), 10, 64)
	startMS, _ := strconv.ParseInt(os.Getenv(helperStart), 10, 64)
	time.Sleep(time.Until(time.UnixMilli(startMS)))

	log := newHallLog()
	var issuing atomic.Bool
	issuing.Store(true)
	errs := make(chan error, 8)
	var wg sync.WaitGroup
	wg.Go(func() {
		defer issuing.Store(false)
		errs <- kiosk(ctx, st, clock, seed, perProcess, log)
	})
	for _, f := range strings.Split(os.Getenv(helperRole), ",") {
		counter, err := strconv.Atoi(f)
		if err != nil {
			return fmt.Errorf("counters %q: %w", os.Getenv(helperRole), err)
		}
		for range 2 {
			wg.Go(func() { errs <- clerk(ctx, st, counter, func() bool { return !issuing.Load() }, log) })
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	w := bufio.NewWriter(os.Stdout)
	for id, display := range log.issued {
		fmt.Fprintln(w, helperLine, "issued", id, display)
	}
	for id, n := range log.called {
		for range n {
			fmt.Fprintln(w, helperLine, "called", id)
		}
	}
	return w.Flush()
}

// TestTwoProcesses runs two OS processes (this test binary, re-executed)
// that issue and call on one database file at once; counter 2 runs in
// both. The parent then serves what is left and checks the history.
func TestTwoProcesses(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "station.db")
	seedHall(t, path)
	start := time.Now().Add(300 * time.Millisecond).UnixMilli()
	type child struct {
		cmd    *exec.Cmd
		stdout bytes.Buffer
		stderr bytes.Buffer
	}
	var children []*child
	for i, counters := range []string{"1,2", "2,3"} {
		c := &child{cmd: exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")}
		c.cmd.Env = append(os.Environ(), helperEnv+"="+path, helperRole+"="+counters,
			helperStart+"="+strconv.FormatInt(start, 10), helperSeed+"="+strconv.Itoa(100+i))
		c.cmd.Stdout, c.cmd.Stderr = &c.stdout, &c.stderr
		if err := c.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		children = append(children, c)
	}
	log := newHallLog()
	for i, c := range children {
		if err := c.cmd.Wait(); err != nil {
			t.Fatalf("helper process %d: %v\nstderr:\n%s", i, err, c.stderr.String())
		}
		issued, called := 0, 0
		sc := bufio.NewScanner(&c.stdout)
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			switch {
			case len(f) == 4 && f[0] == helperLine && f[1] == "issued":
				if _, dup := log.issued[f[2]]; dup {
					t.Fatalf("ticket %s issued by both processes", f[2])
				}
				log.issue(f[2], f[3])
				issued++
			case len(f) == 3 && f[0] == helperLine && f[1] == "called":
				log.call(f[2])
				called++
			}
		}
		t.Logf("process %d issued %d tickets and called %d", i+1, issued, called)
		if called == 0 {
			t.Fatalf("process %d called nothing: the processes did not share the work", i+1)
		}
	}
	if len(log.issued) != 2*perProcess {
		t.Fatalf("the helpers reported %d tickets, want %d", len(log.issued), 2*perProcess)
	}
	// Serve what the helpers left (one may stop while the other still
	// issues), so that every ticket's history is complete.
	db := must(store.Open(ctx, path, store.Options{Clock: store.NewManualClock(monday0800)}))(t)
	st := queue.NewStation(db)
	for c := 1; c <= 3; c++ {
		if err := clerk(ctx, st, c, func() bool { return true }, log); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	t.Logf("two processes issued %d tickets; %d calls in all", len(log.issued), len(log.called))
	checkHall(t, path, log, 2*perProcess)
}
