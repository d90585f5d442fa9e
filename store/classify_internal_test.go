package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
)

// TestClassifyRealErrors feeds classify errors produced by real SQLite
// connections, so the sentinel mapping is checked against the codes the
// driver actually returns (this one works without root tricks).
func TestClassifyRealErrors(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "station.db")
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	// SQLite's own read-only mode (URI mode=ro) refuses writes with
	// SQLITE_READONLY whoever runs the test.
	ro, err := sql.Open("sqlite", "file:"+filepath.ToSlash(path)+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	_, err = ro.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ('k', 'v')`)
	if err == nil {
		t.Fatal("write through a mode=ro connection succeeded")
	}
	if got := classify(fmt.Errorf("insert: %w", err)); !errors.Is(got, ErrReadOnly) {
		t.Fatalf("classify(%v) = %v, want ErrReadOnly", err, got)
	}

	// Errors that are not SQLite's pass through unchanged, and an already
	// classified error is not wrapped twice.
	plain := errors.New("plain")
	if got := classify(plain); got != plain {
		t.Fatalf("classify(plain) = %v", got)
	}
	once := classify(fmt.Errorf("insert: %w", err))
	if !errors.Is(once, ErrReadOnly) {
		t.Fatalf("classify = %v", once)
	}
	if got := classify(once); got != once {
		t.Fatalf("classify wrapped twice: %v", got)
	}
	if classify(nil) != nil {
		t.Fatal("classify(nil) != nil")
	}
}
