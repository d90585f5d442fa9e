package store

import (
	"context"
	"fmt"
	"time"
)

// PollInterval is how often WaitForChange looks for commits made by other
// processes. A quarter second keeps the board within a second of a call
// while costing one tiny query.
var PollInterval = 250 * time.Millisecond

// Revision is the number of write transactions ever committed to the file.
func (db *DB) Revision(ctx context.Context) (int64, error) {
	var n int64
	if err := db.readRevision.QueryRowContext(ctx).Scan(&n); err != nil {
		return 0, classify(fmt.Errorf("read revision: %w", err))
	}
	return n, nil
}

func (db *DB) notify() {
	db.mu.Lock()
	close(db.changed)
	db.changed = make(chan struct{})
	db.mu.Unlock()
}

func (db *DB) changedCh() <-chan struct{} {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.changed
}

// WaitForChange blocks until the revision differs from since and returns
// it. A commit in this process wakes it at once; one in another process
// within PollInterval. However many callers wait (the SSH hall has a few
// per session), one poller reads the revision for all of them.
func (db *DB) WaitForChange(ctx context.Context, since int64) (int64, error) {
	db.watch(1)
	defer db.watch(-1)
	for {
		// The channel is taken before the revision is read: a commit
		// after the read closes it.
		ch := db.changedCh()
		rev, err := db.Revision(ctx)
		if err != nil {
			return 0, err
		}
		if rev != since {
			return rev, nil
		}
		select {
		case <-ctx.Done():
			return since, ctx.Err()
		case <-ch:
		}
	}
}

// watch counts the callers of WaitForChange, starting the poller for the
// first.
func (db *DB) watch(delta int) {
	db.mu.Lock()
	defer db.mu.Unlock()
	db.waiting += delta
	if db.waiting > 0 && !db.polling {
		db.polling = true
		go db.poll(PollInterval)
	}
}

// poll reads the revision every PollInterval (every) while anyone waits and wakes
// the waiters when it moved (a commit of another process) or could not be
// read (they read it again and meet the error). Its first reading wakes
// them too: a commit may have come between their reading and its start.
func (db *DB) poll(every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	last, first := int64(0), true
	for range t.C {
		db.mu.Lock()
		if db.waiting == 0 {
			db.polling = false
			db.mu.Unlock()
			return
		}
		db.mu.Unlock()
		rev, err := db.Revision(context.Background())
		if err != nil || first || rev != last {
			db.notify()
		}
		last, first = rev, false
	}
}
