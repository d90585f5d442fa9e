package queue_test

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"motcua/assets"
	"motcua/queue"
	"motcua/store"
)

// The crash test runs the station in a child process (this test binary,
// re-executed) and kills it with SIGKILL at random moments, over and over
// on one database file. What the child printed is what a citizen saw on
// the kiosk or the board; none of it may be lost or contradicted.
const (
	crashChildEnv = "MOTCUA_CRASH_CHILD"      // database path; set only in the child
	crashSeedEnv  = "MOTCUA_CRASH_CHILD_SEED" // the child's random seed
)

// crashStart is 08:00 on the one local day of the whole test: every
// restart carries the clock on from the last recorded event, so the
// numbering of that day continues across kills and must never repeat.
var crashStart = time.Date(2026, 11, 23, 8, 0, 0, 0, store.Local)

// TestCrashChild is the child of TestCrash; on its own it does nothing.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashChildEnv)
	if path == "" {
		t.Skip("helper process of TestCrash")
	}
	seed, _ := strconv.ParseUint(os.Getenv(crashSeedEnv), 10, 64)
	if err := crashChild(path, seed); err != nil {
		fmt.Printf("ERROR %v\n", err)
		os.Exit(3)
	}
	fmt.Println("DONE")
	os.Exit(0)
}

// crashChild works the station until it is killed (or, should the parent
// be gone, for 30 s). Each line is printed after its transaction committed
// and in one write, so a line the parent reads is a fact of the database.
func crashChild(path string, seed uint64) error {
	ctx := context.Background()
	clock := store.NewManualClock(crashStart)
	db, err := store.Open(ctx, path, store.Options{Clock: clock})
	if err != nil {
		return fmt.Errorf("open: %w", err)
	}
	defer db.Close()
	var last sql.NullInt64
	if err := db.Read(ctx, func(tx *store.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT max(at) FROM outbox`).Scan(&last)
	}); err != nil {
		return fmt.Errorf("read last event time: %w", err)
	}
	if last.Valid {
		clock.Set(time.UnixMilli(last.Int64).Add(time.Second))
	}
	st := queue.NewStation(db)
	commune, err := assets.DemoCommune()
	if err != nil {
		return err
	}
	if err := st.Seed(ctx, commune); err != nil {
		return fmt.Errorf("seed: %w", err)
	}
	cfg, err := st.Config(ctx)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	for _, c := range cfg.Counters {
		if err := st.OpenCounter(ctx, c.Number, ""); err != nil {
			return fmt.Errorf("open counter: %w", err)
		}
	}
	fmt.Println("READY")

	rng := rand.New(rand.NewPCG(seed, 2))
	for stop := time.Now().Add(30 * time.Second); time.Now().Before(stop); {
		clock.Advance(time.Second)
		if rng.IntN(10) < 6 {
			service := cfg.Services[rng.IntN(len(cfg.Services))].Code
			priority := ""
			if rng.IntN(4) == 0 {
				priority = cfg.Groups[rng.IntN(len(cfg.Groups))].Code
			}
			tk, err := st.Issue(ctx, service, priority)
			if err != nil {
				return err
			}
			fmt.Printf("ISSUED %s %s %s\n", tk.ID, tk.Display, tk.Day)
			continue
		}
		counter := cfg.Counters[rng.IntN(len(cfg.Counters))].Number
		tk, err := st.CallNext(ctx, counter)
		switch {
		case err == nil:
			fmt.Printf("CALLED %s\n", tk.ID)
		case errors.Is(err, queue.ErrNoneWaiting):
		case errors.Is(err, queue.ErrCounterBusy) && rng.IntN(5) == 0:
			if _, err := st.Recall(ctx, counter); err != nil {
				return err
			}
		case errors.Is(err, queue.ErrCounterBusy):
			tk, err := st.Finish(ctx, counter, queue.Outcomes[rng.IntN(len(queue.Outcomes))])
			if err != nil {
				return err
			}
			fmt.Printf("FINISHED %s\n", tk.ID)
		default:
			return err
		}
	}
	return nil
}

// crashLog is what the children printed, over all their lives.
type crashLog struct {
	issued   map[string][2]string // id → display, day
	order    []string             // issued ids in print order
	called   map[string]bool
	finished int
	shown    map[string]string // day+display → id
}

// crashRun is one life of the child.
type crashRun struct {
	ready, killed bool
	toReady       time.Duration
	mode          string
	ops           int
}

func TestCrash(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL crash test runs on Unix")
	}
	path := filepath.Join(t.TempDir(), "station.db")
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	printed := &crashLog{issued: map[string][2]string{}, called: map[string]bool{}, shown: map[string]string{}}

	start := time.Now()
	kills, lives, beforeReady := 0, 0, 0
	modes := map[string]int{}
	var toReady time.Duration
	for kills < 100 && !(kills >= 50 && time.Since(start) > 25*time.Second) {
		run := runCrashChild(t, path, rng, printed, lives < 4)
		lives++
		modes[run.mode]++
		if run.killed {
			kills++
		}
		if !run.ready {
			beforeReady++
		} else {
			toReady += run.toReady
		}
		// Now and then restart as another program would, in this process:
		// the file must open cleanly right after the kill.
		if lives%3 == 0 {
			db, err := store.Open(context.Background(), path, store.Options{})
			if err != nil {
				t.Fatalf("reopen after kill %d: %v", kills, err)
			}
			db.Close()
		}
	}
	t.Logf("%d lives, %d SIGKILLs (%d before the station was ready; modes %v) in %v; ready %v after start on average",
		lives, kills, beforeReady, modes, time.Since(start).Round(time.Millisecond),
		(toReady / time.Duration(max(1, lives-beforeReady))).Round(time.Millisecond))
	t.Logf("%d tickets shown, %d calls, %d finishes", len(printed.issued), len(printed.called), printed.finished)
	if kills < 50 {
		t.Fatalf("only %d kills", kills)
	}
	if len(printed.issued) < 100 || len(printed.called) < 20 {
		t.Fatalf("too little work to prove anything: %d tickets, %d calls", len(printed.issued), len(printed.called))
	}
	checkAfterCrashes(t, path, printed)
}

// runCrashChild starts one child and kills it: a random 3–20 ms after it
// started (while it opens, migrates or seeds: it is ready after about
// 15 ms), a random 5–150 ms after it was ready, or right after reading one
// of its lines. The first lives are killed at start, so that the first
// migration and seeding are cut too.
func runCrashChild(t *testing.T, path string, rng *rand.Rand, printed *crashLog, atStart bool) crashRun {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path, crashSeedEnv+"="+strconv.FormatUint(rng.Uint64(), 10))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	started := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 256)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()

	run := crashRun{mode: []string{"at-start", "after-ready", "after-ready", "after-line"}[rng.IntN(4)]}
	delay := time.Duration(5+rng.IntN(146)) * time.Millisecond
	afterOps := 1 + rng.IntN(30)
	var timer <-chan time.Time
	if atStart {
		run.mode = "at-start"
	}
	if run.mode == "at-start" {
		timer = time.After(time.Duration(3+rng.IntN(18)) * time.Millisecond)
	}
	stuck := time.After(20 * time.Second)
	var other []string
	handle := func(line string) {
		switch {
		case line == "READY":
			run.ready, run.toReady = true, time.Since(started)
			if run.mode == "after-ready" {
				timer = time.After(delay)
			}
		case strings.HasPrefix(line, "ISSUED "), strings.HasPrefix(line, "CALLED "), strings.HasPrefix(line, "FINISHED "):
			run.ops++
			printed.add(t, line)
		default:
			other = append(other, line)
		}
	}
	exited := false
wait:
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				exited = true // the child ended by itself: an error
				break wait
			}
			handle(line)
			if run.mode == "after-line" && run.ops >= afterOps {
				break wait
			}
		case <-timer:
			break wait
		case <-stuck:
			break wait
		}
	}
	if !exited {
		cmd.Process.Kill() //nolint:errcheck // it may have died already; Wait tells
	}
	for line := range lines { // what it printed before it died
		handle(line)
	}
	cmd.Wait() //nolint:errcheck // the exit status is checked below
	run.killed = cmd.ProcessState.ExitCode() == -1
	if !run.killed {
		t.Fatalf("child ended by itself (%v) after %d operations; other output %q; stderr %s",
			cmd.ProcessState, run.ops, other, stderr.String())
	}
	for _, l := range other {
		if strings.HasPrefix(l, "ERROR") {
			t.Fatalf("child failed: %s; stderr %s", l, stderr.String())
		}
	}
	return run
}

// add records one line a child printed.
func (l *crashLog) add(t *testing.T, line string) {
	t.Helper()
	f := strings.Fields(line)
	switch f[0] {
	case "ISSUED":
		if len(f) != 4 {
			t.Fatalf("bad line %q", line)
		}
		id, display, day := f[1], f[2], f[3]
		if _, dup := l.issued[id]; dup {
			t.Fatalf("ticket ID %s issued twice", id)
		}
		if prev, dup := l.shown[day+" "+display]; dup {
			t.Fatalf("number %s shown twice on %s: tickets %s and %s", display, day, prev, id)
		}
		l.issued[id] = [2]string{display, day}
		l.shown[day+" "+display] = id
		l.order = append(l.order, id)
	case "CALLED":
		l.called[f[1]] = true
	case "FINISHED":
		l.finished++
	}
}

// checkAfterCrashes opens the file once more and checks everything the
// children showed against it, and the file against itself.
func checkAfterCrashes(t *testing.T, path string, printed *crashLog) {
	ctx := context.Background()
	db, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatalf("final open: %v", err)
	}
	defer db.Close()
	st := queue.NewStation(db)

	// Every ticket shown exists as shown; every call stuck; numbers of a
	// service only ever went up, across every restart.
	last := map[string]int{}
	for _, id := range printed.order {
		want := printed.issued[id]
		tk, err := st.Ticket(ctx, id)
		if err != nil {
			t.Fatalf("ticket %s (%s) was shown but is lost: %v", id, want[0], err)
		}
		if tk.Display != want[0] || tk.Day != want[1] {
			t.Fatalf("ticket %s shown as %s on %s, stored as %s on %s", id, want[0], want[1], tk.Display, tk.Day)
		}
		if tk.Day != store.Day(crashStart) {
			t.Fatalf("ticket %s on day %s, want the one test day", id, tk.Day)
		}
		prefix := tk.Display[:1]
		if tk.Number <= last[prefix] {
			t.Fatalf("%s issued after %s%03d: numbering went back after a restart", tk.Display, prefix, last[prefix])
		}
		last[prefix] = tk.Number
	}
	for id := range printed.called {
		tk, err := st.Ticket(ctx, id)
		if err != nil {
			t.Fatalf("called ticket %s is lost: %v", id, err)
		}
		if tk.Status == queue.Waiting {
			t.Fatalf("ticket %s was called but is waiting again", tk.Display)
		}
	}

	// The children never transfer, so every ticket is still in the line
	// (service) that numbered it and the checks by service below hold.
	zero := map[string]string{
		"display numbers repeated within a day": `SELECT count(*) FROM (SELECT day, display FROM tickets GROUP BY day, display HAVING count(*) > 1)`,
		"gaps or repeats in a service's numbers": `SELECT count(*) FROM (SELECT day, service FROM tickets GROUP BY day, service
			HAVING count(*) != max(number) OR count(DISTINCT number) != count(*))`,
		"day counters not matching the last ticket": `SELECT count(*) FROM ticket_numbers n
			WHERE last != (SELECT max(number) FROM tickets t WHERE t.day = n.day AND t.service = n.service)`,
		"tickets without exactly one ticket.issued event": `SELECT count(*) FROM tickets t LEFT JOIN
			(SELECT entity, count(*) AS c FROM outbox WHERE kind = 'ticket.issued' GROUP BY entity) o ON o.entity = t.id
			WHERE coalesce(o.c, 0) != 1`,
		"called tickets without a ticket.called event": `SELECT count(*) FROM tickets t WHERE status != 'waiting'
			AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = t.id AND o.kind = 'ticket.called')`,
		"ticket events of no ticket": `SELECT count(*) FROM outbox o WHERE kind LIKE 'ticket.%'
			AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id = o.entity)`,
		"counters pointing at a missing or not-serving ticket": `SELECT count(*) FROM counters c LEFT JOIN tickets t ON t.id = c.current_ticket
			WHERE c.current_ticket IS NOT NULL AND (t.id IS NULL OR t.status != 'serving' OR t.counter != c.number)`,
		"serving tickets no counter is serving": `SELECT count(*) FROM tickets t WHERE status = 'serving'
			AND NOT EXISTS (SELECT 1 FROM counters c WHERE c.current_ticket = t.id)`,
	}
	var total int
	err = db.Read(ctx, func(tx *store.Tx) error {
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM tickets`).Scan(&total); err != nil {
			return err
		}
		for what, q := range zero {
			var n int
			if err := tx.QueryRowContext(ctx, q).Scan(&n); err != nil {
				return fmt.Errorf("%s: %w", what, err)
			}
			if n != 0 {
				t.Errorf("%d %s", n, what)
			}
		}
		rows, err := tx.QueryContext(ctx, `PRAGMA foreign_key_check`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			t.Errorf("foreign key violation found by PRAGMA foreign_key_check")
		}
		return rows.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	if res, err := db.IntegrityCheck(ctx); err != nil || res != "ok" {
		t.Fatalf("integrity check: %q %v", res, err)
	}
	// Tickets committed but killed before their line was printed exist
	// too; they are fine (never shown), but must be few.
	t.Logf("%d tickets in the database, %d of them never shown (killed between commit and print)",
		total, total-len(printed.issued))
	if total < len(printed.issued) {
		t.Fatalf("database holds %d tickets, fewer than the %d shown", total, len(printed.issued))
	}
}
