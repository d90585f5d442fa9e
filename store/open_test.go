package store_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"motcua/store"
)

func TestMigrationsApplyAndAreIdempotent(t *testing.T) {
	ctx := context.Background()
	files, err := filepath.Glob(filepath.Join("migrations", "*.sql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no migration files found: %v", err)
	}
	if store.SchemaVersion() != len(files) {
		t.Fatalf("SchemaVersion() = %d, want one per migration file (%d)", store.SchemaVersion(), len(files))
	}

	db, path := openNew(t, store.Options{})
	if v := readInt(t, db, `PRAGMA user_version`); v != int64(store.SchemaVersion()) {
		t.Fatalf("new file user_version = %d, want %d", v, store.SchemaVersion())
	}
	if rev := revision(t, db); rev != 0 {
		t.Fatalf("new file revision = %d, want 0", rev)
	}
	schema := func(db *store.DB) string {
		var b strings.Builder
		err := db.Read(ctx, func(tx *store.Tx) error {
			rows, err := tx.Query(`SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name`)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var typ, name, text string
				if err := rows.Scan(&typ, &name, &text); err != nil {
					return err
				}
				fmt.Fprintf(&b, "%s %s %s\n", typ, name, text)
			}
			return rows.Err()
		})
		if err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	before := schema(db)
	for _, table := range []string{"revision", "tickets", "outbox", "counters", "settings"} {
		if !strings.Contains(before, "table "+table+" ") {
			t.Fatalf("table %s missing after migration:\n%s", table, before)
		}
	}
	if err := db.Write(ctx, func(tx *store.Tx) error {
		_, err := tx.Exec(`INSERT INTO settings (key, value) VALUES ('k', 'v')`)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	// Reopening twice must neither re-run a migration (it would fail on
	// CREATE TABLE or wipe data) nor change the version or revision.
	for i := 0; i < 2; i++ {
		db = openAt(t, path, store.Options{})
		if v := readInt(t, db, `PRAGMA user_version`); v != int64(store.SchemaVersion()) {
			t.Fatalf("reopen %d: user_version = %d, want %d", i, v, store.SchemaVersion())
		}
		if got := schema(db); got != before {
			t.Fatalf("reopen %d changed the schema:\n%s\nwas\n%s", i, got, before)
		}
		if n := readInt(t, db, `SELECT count(*) FROM settings WHERE key = 'k'`); n != 1 {
			t.Fatalf("reopen %d lost data: %d rows", i, n)
		}
		if rev := revision(t, db); rev != 1 {
			t.Fatalf("reopen %d: revision = %d, want 1", i, rev)
		}
		db.Close()
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	db, path := openNew(t, store.Options{})
	newer := store.SchemaVersion() + 1
	if err := db.Write(ctx, func(tx *store.Tx) error {
		_, err := tx.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, newer))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	want := fileBytes(t, path)

	db2, err := store.Open(ctx, path, store.Options{})
	if err == nil {
		db2.Close()
		t.Fatal("opened a database from a newer motcua")
	}
	if !errors.Is(err, store.ErrTooNew) {
		t.Fatalf("got %v, want ErrTooNew", err)
	}
	sameFile(t, path, want)
}

func TestOpenRefusesGarbage(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()

	random := make([]byte, 3*4096+123)
	if _, err := rand.Read(random); err != nil {
		t.Fatal(err)
	}
	copy(random, "not a database at all")

	// A real database with enough pages, cut short as by an interrupted
	// copy to a USB stick.
	db, real := openNew(t, store.Options{})
	if err := db.Write(ctx, func(tx *store.Tx) error {
		for i := 0; i < 400; i++ {
			if _, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?)`,
				fmt.Sprintf("key-%d", i), strings.Repeat("x", 500)); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	whole := fileBytes(t, real)
	if len(whole) < 20*4096 {
		t.Fatalf("test database too small to truncate: %d bytes", len(whole))
	}

	cases := map[string][]byte{
		"random bytes":            random,
		"truncated to half":       whole[:len(whole)/2],
		"truncated inside page 1": whole[:1000],
		"header only":             whole[:100],
	}
	for name, content := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(name, " ", "_")+".db")
			if err := os.WriteFile(path, content, 0o644); err != nil {
				t.Fatal(err)
			}
			db, err := store.Open(ctx, path, store.Options{})
			if err == nil {
				db.Close()
				t.Fatal("opened a damaged file")
			}
			if !errors.Is(err, store.ErrCorrupt) {
				t.Fatalf("got %v, want ErrCorrupt", err)
			}
			sameFile(t, path, content)
		})
	}
}

func TestOpenCannotOpen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	file := filepath.Join(dir, "plain-file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	paths := map[string]string{
		"parent is a regular file": filepath.Join(file, "station.db"),
		"path is a folder":         dir,
	}
	for name, path := range paths {
		t.Run(name, func(t *testing.T) {
			db, err := store.Open(ctx, path, store.Options{})
			if err == nil {
				db.Close()
				t.Fatal("opened")
			}
			if !errors.Is(err, store.ErrCannotOpen) {
				t.Fatalf("got %v, want ErrCannotOpen", err)
			}
		})
	}
	if b := fileBytes(t, file); string(b) != "x" {
		t.Fatalf("regular file was changed: %q", b)
	}
}

func TestPragmasOnBothPools(t *testing.T) {
	ctx := context.Background()
	db, _ := openNew(t, store.Options{BusyTimeoutMS: 1234})
	type pragmas struct {
		journal                  string
		sync, fk, busy, readOnly int64
	}
	read := func(tx *store.Tx) (p pragmas, err error) {
		for _, q := range []struct {
			sql  string
			dest any
		}{
			{`PRAGMA journal_mode`, &p.journal},
			{`PRAGMA synchronous`, &p.sync},
			{`PRAGMA foreign_keys`, &p.fk},
			{`PRAGMA busy_timeout`, &p.busy},
			{`PRAGMA query_only`, &p.readOnly},
		} {
			if err := tx.QueryRow(q.sql).Scan(q.dest); err != nil {
				return p, fmt.Errorf("%s: %w", q.sql, err)
			}
		}
		return p, nil
	}
	var w, r pragmas
	if err := db.Write(ctx, func(tx *store.Tx) (err error) { w, err = read(tx); return err }); err != nil {
		t.Fatal(err)
	}
	// Several reads at once, so more than one reader connection is used.
	errs := make(chan error, 4)
	got := make(chan pragmas, 4)
	for i := 0; i < 4; i++ {
		go func() {
			errs <- db.Read(ctx, func(tx *store.Tx) error {
				p, err := read(tx)
				got <- p
				return err
			})
		}()
	}
	for i := 0; i < 4; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
		r = <-got
		if r.journal != "wal" || r.sync != 2 || r.fk != 1 || r.busy != 1234 || r.readOnly != 1 {
			t.Fatalf("reader pragmas %+v, want wal, synchronous 2 (FULL), foreign_keys 1, busy 1234, query_only 1", r)
		}
	}
	if w.journal != "wal" || w.sync != 2 || w.fk != 1 || w.busy != 1234 || w.readOnly != 0 {
		t.Fatalf("writer pragmas %+v, want wal, synchronous 2 (FULL), foreign_keys 1, busy 1234, query_only 0", w)
	}
	if res, err := db.IntegrityCheck(ctx); err != nil || res != "ok" {
		t.Fatalf("integrity check %q %v", res, err)
	}
}

func TestOpenRefusesAnotherProgramsDatabase(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "other.db")
	raw, err := sql.Open("sqlite", "file:"+filepath.ToSlash(path))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES ('a')`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	want := fileBytes(t, path)

	db, err := store.Open(ctx, path, store.Options{})
	if err == nil {
		db.Close()
		t.Fatal("migrated another program's database into a station")
	}
	if !errors.Is(err, store.ErrCorrupt) {
		t.Fatalf("got %v, want ErrCorrupt (not a motcua database)", err)
	}
	sameFile(t, path, want)
}
