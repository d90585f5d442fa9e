package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"motcua/store"
)

func TestWriteBumpsRevisionByOne(t *testing.T) {
	ctx := context.Background()
	db, _ := openNew(t, store.Options{})
	for i := int64(1); i <= 5; i++ {
		if err := db.Write(ctx, func(tx *store.Tx) error { return nil }); err != nil {
			t.Fatal(err)
		}
		if rev := revision(t, db); rev != i {
			t.Fatalf("after write %d revision = %d", i, rev)
		}
	}
}

func TestFailedWriteLeavesNoTrace(t *testing.T) {
	ctx := context.Background()
	db, _ := openNew(t, store.Options{Clock: store.NewManualClock(day0800)})
	if err := db.Write(ctx, func(tx *store.Tx) error { return nil }); err != nil {
		t.Fatal(err)
	}
	before := revision(t, db)
	boom := errors.New("boom")
	err := db.Write(ctx, func(tx *store.Tx) error {
		if _, err := tx.Exec(`INSERT INTO settings (key, value) VALUES ('half', 'done')`); err != nil {
			return err
		}
		if err := store.AppendEvent(ctx, tx, 1, "test.half", "x", map[string]int{"n": 1}); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Write returned %v, want the function's error", err)
	}
	if rev := revision(t, db); rev != before {
		t.Fatalf("failed write moved revision %d → %d", before, rev)
	}
	if n := readInt(t, db, `SELECT count(*) FROM settings WHERE key = 'half'`); n != 0 {
		t.Fatalf("failed write left %d settings rows", n)
	}
	if evs, err := db.Events(ctx, 0, 10); err != nil || len(evs) != 0 {
		t.Fatalf("failed write left outbox rows %v %v", evs, err)
	}
	// The writer is usable afterwards (the transaction was rolled back).
	if err := db.Write(ctx, func(tx *store.Tx) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if rev := revision(t, db); rev != before+1 {
		t.Fatalf("revision %d after next write, want %d", rev, before+1)
	}
}

// setPollInterval changes store.PollInterval for one test.
func setPollInterval(t *testing.T, d time.Duration) {
	old := store.PollInterval
	store.PollInterval = d
	t.Cleanup(func() { store.PollInterval = old })
}

type waitResult struct {
	rev  int64
	err  error
	took time.Duration
}

func waitAsync(db *store.DB, ctx context.Context, since int64) <-chan waitResult {
	ch := make(chan waitResult, 1)
	go func() {
		start := time.Now()
		rev, err := db.WaitForChange(ctx, since)
		ch <- waitResult{rev, err, time.Since(start)}
	}()
	return ch
}

func TestWaitForChangeLocalWriteWakesAtOnce(t *testing.T) {
	ctx := context.Background()
	// With an hour between polls, only the in-process signal can wake
	// the waiter within the test's deadline.
	setPollInterval(t, time.Hour)
	db, _ := openNew(t, store.Options{})
	since := revision(t, db)
	res := waitAsync(db, ctx, since)
	time.Sleep(50 * time.Millisecond) // let it block
	if err := db.Write(ctx, func(tx *store.Tx) error { return nil }); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-res:
		if r.err != nil || r.rev != since+1 {
			t.Fatalf("WaitForChange = %d, %v; want %d", r.rev, r.err, since+1)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a local write did not wake WaitForChange")
	}

	// A revision already different from since returns at once.
	if rev, err := db.WaitForChange(ctx, since); err != nil || rev != since+1 {
		t.Fatalf("stale since: %d %v", rev, err)
	}
}

func TestWaitForChangeSeesOtherProcess(t *testing.T) {
	ctx := context.Background()
	setPollInterval(t, 100*time.Millisecond)
	db, path := openNew(t, store.Options{})
	other := openAt(t, path, store.Options{}) // its own pools and signal, like another process
	since := revision(t, db)
	res := waitAsync(db, ctx, since)
	time.Sleep(30 * time.Millisecond)
	wrote := time.Now()
	if err := other.Write(ctx, func(tx *store.Tx) error { return nil }); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-res:
		if r.err != nil || r.rev != since+1 {
			t.Fatalf("WaitForChange = %d, %v; want %d", r.rev, r.err, since+1)
		}
		if lag := time.Since(wrote); lag > time.Second {
			t.Fatalf("saw the other writer after %v, want about PollInterval (100 ms)", lag)
		}
		t.Logf("other writer seen %v after its commit", time.Since(wrote).Round(time.Millisecond))
	case <-time.After(5 * time.Second):
		t.Fatal("a write from another DB did not wake WaitForChange")
	}
}

func TestWaitForChangeHonoursCancel(t *testing.T) {
	db, _ := openNew(t, store.Options{})
	since := revision(t, db)
	ctx, cancel := context.WithCancel(context.Background())
	res := waitAsync(db, ctx, since)
	time.Sleep(30 * time.Millisecond)
	cancel()
	select {
	case r := <-res:
		if !errors.Is(r.err, context.Canceled) || r.rev != since {
			t.Fatalf("after cancel: %d, %v; want %d, context.Canceled", r.rev, r.err, since)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("WaitForChange ignored the cancelled context")
	}

	ctx, cancel = context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := db.WaitForChange(ctx, since); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("after deadline: %v", err)
	}
}

// The SSH hall has a waiter per screen on one DB: the one poller they
// share wakes every one of them for another process's commit, and a
// waiter that comes and goes leaves the others waiting.
func TestManyWaitersShareThePoller(t *testing.T) {
	ctx := context.Background()
	setPollInterval(t, 50*time.Millisecond)
	db, path := openNew(t, store.Options{})
	other := openAt(t, path, store.Options{})
	since := revision(t, db)
	var results []<-chan waitResult
	for i := 0; i < 20; i++ {
		results = append(results, waitAsync(db, ctx, since))
	}
	gone, cancel := context.WithCancel(ctx)
	early := waitAsync(db, gone, since)
	time.Sleep(120 * time.Millisecond)
	cancel()
	if r := <-early; r.err == nil {
		t.Fatalf("a cancelled waiter returned %d without an error", r.rev)
	}
	time.Sleep(120 * time.Millisecond)
	if err := other.Write(ctx, func(tx *store.Tx) error { return nil }); err != nil {
		t.Fatal(err)
	}
	for i, res := range results {
		select {
		case r := <-res:
			if r.err != nil || r.rev != since+1 {
				t.Fatalf("waiter %d: %d, %v; want %d", i, r.rev, r.err, since+1)
			}
		case <-time.After(2 * time.Second):
			t.Fatalf("waiter %d never saw the other process's commit", i)
		}
	}
	// Waiting again after everyone left starts a poller again.
	res := waitAsync(db, ctx, since+1)
	time.Sleep(120 * time.Millisecond)
	if err := other.Write(ctx, func(tx *store.Tx) error { return nil }); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-res:
		if r.rev != since+2 {
			t.Fatalf("second wait: %d, %v", r.rev, r.err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("a waiter after the others left never saw a commit")
	}
}
