package store_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"motcua/store"
)

// day0800 is a fixed station time, so outbox stamps are predictable.
var day0800 = time.Date(2026, 11, 23, 8, 0, 0, 0, store.Local)

// openNew opens a fresh database in a temporary folder.
func openNew(t testing.TB, opts store.Options) (*store.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "station.db")
	return openAt(t, path, opts), path
}

// openAt opens path and closes it when the test ends.
func openAt(t testing.TB, path string, opts store.Options) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), path, opts)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// readInt runs a one-value query on the reader pool.
func readInt(t testing.TB, db *store.DB, query string, args ...any) int64 {
	t.Helper()
	var v int64
	err := db.Read(context.Background(), func(tx *store.Tx) error {
		return tx.QueryRow(query, args...).Scan(&v)
	})
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return v
}

func revision(t testing.TB, db *store.DB) int64 {
	t.Helper()
	rev, err := db.Revision(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return rev
}

// fileBytes reads a whole file, failing the test when it cannot.
func fileBytes(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sameFile fails the test when path no longer holds want, byte for byte.
func sameFile(t testing.TB, path string, want []byte) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("file was removed or cannot be read: %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("file %s was modified (%d bytes before, %d after)", path, len(want), len(got))
	}
}
