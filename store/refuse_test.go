package store_test

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"motcua/store"
)

// holdWriteLock opens a second, raw connection to path (as another program
// would) and holds the write lock until the test ends.
func holdWriteLock(t *testing.T, path string, setup ...string) {
	t.Helper()
	ctx := context.Background()
	raw, err := sql.Open("sqlite", "file:"+filepath.ToSlash(path)+"?_pragma=journal_mode(WAL)")
	if err != nil {
		t.Fatal(err)
	}
	conn, err := raw.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range append(setup, `BEGIN EXCLUSIVE`, `CREATE TABLE IF NOT EXISTS other_program (x)`) {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	t.Cleanup(func() {
		conn.ExecContext(ctx, `ROLLBACK`) //nolint:errcheck
		conn.Close()
		raw.Close()
	})
}

// wantLocked checks that op fails with ErrLocked after waiting about the
// busy timeout (200 ms), not at once and not for ever.
func wantLocked(t *testing.T, what string, op func() error) {
	t.Helper()
	start := time.Now()
	err := op()
	took := time.Since(start)
	if !errors.Is(err, store.ErrLocked) {
		t.Fatalf("%s: got %v, want ErrLocked", what, err)
	}
	if took < 150*time.Millisecond || took > 3*time.Second {
		t.Fatalf("%s: gave up after %v, want about the 200 ms busy timeout", what, took)
	}
	t.Logf("%s: ErrLocked after %v: %v", what, took.Round(time.Millisecond), err)
}

func TestLockedByAnotherProgram(t *testing.T) {
	ctx := context.Background()
	opts := store.Options{BusyTimeoutMS: 200}

	t.Run("write", func(t *testing.T) {
		db, path := openNew(t, opts)
		holdWriteLock(t, path)
		before := revision(t, db)
		wantLocked(t, "Write", func() error {
			return db.Write(ctx, func(tx *store.Tx) error { return nil })
		})
		// Reading still works (WAL), and the failed write left no trace.
		if rev := revision(t, db); rev != before {
			t.Fatalf("revision moved from %d to %d", before, rev)
		}
	})

	t.Run("open needing migration", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "station.db")
		holdWriteLock(t, path)
		wantLocked(t, "Open", func() error {
			db, err := store.Open(ctx, path, opts)
			if err == nil {
				db.Close()
			}
			return err
		})
	})
}

// makeReadOnly makes path unwritable even for root (chattr +i), or skips
// the test where that cannot be done.
func makeReadOnly(t *testing.T, path string) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(path, 0o444); err != nil {
			t.Fatal(err)
		}
	} else {
		out, err := exec.Command("chattr", "+i", path).CombinedOutput()
		if err != nil {
			t.Skipf("cannot make a file read-only as root here (chattr +i: %v %s)", err, out)
		}
		t.Cleanup(func() { exec.Command("chattr", "-i", path).Run() }) //nolint:errcheck // best effort
	}
	if f, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
		f.Close()
		t.Skip("file is still writable; cannot test read-only here")
	}
}

func TestReadOnlyFile(t *testing.T) {
	ctx := context.Background()

	t.Run("write to a current database", func(t *testing.T) {
		db, path := openNew(t, store.Options{})
		db.Close()
		want := fileBytes(t, path)
		makeReadOnly(t, path)
		db = openAt(t, path, store.Options{}) // reading a read-only file is fine
		err := db.Write(ctx, func(tx *store.Tx) error {
			_, err := tx.Exec(`INSERT INTO settings (key, value) VALUES ('k', 'v')`)
			return err
		})
		if !errors.Is(err, store.ErrReadOnly) {
			t.Fatalf("Write: got %v, want ErrReadOnly", err)
		}
		sameFile(t, path, want)
	})

	t.Run("open needing migration", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "station.db")
		if err := os.WriteFile(path, nil, 0o644); err != nil { // an empty file is an empty database
			t.Fatal(err)
		}
		makeReadOnly(t, path)
		db, err := store.Open(ctx, path, store.Options{})
		if err == nil {
			db.Close()
			t.Fatal("opened and migrated a read-only file")
		}
		if !errors.Is(err, store.ErrReadOnly) {
			t.Fatalf("Open: got %v, want ErrReadOnly", err)
		}
	})
}
