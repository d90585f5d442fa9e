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
// within PollInterval.
func (db *DB) WaitForChange(ctx context.Context, since int64) (int64, error) {
	t := time.NewTicker(PollInterval)
	defer t.Stop()
	for {
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
		case <-t.C:
		}
	}
}
