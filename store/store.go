// Package store opens the station's SQLite database: the single source of
// truth that every screen reads and writes ("the database is the bus").
//
// It applies the embedded numbered migrations, runs every write in a short
// BEGIN IMMEDIATE transaction that bumps a revision counter, and lets screens
// wait for that revision to change, whether the writer was this process or
// another one on the same file. Domain packages (queue, intake) own their SQL
// and run it through DB.Write and DB.Read; nothing here knows about tickets.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

// DB is an open station database. It keeps one writer connection, so that
// writes of this process queue in Go instead of spinning on SQLITE_BUSY, and
// a small pool of readers that never block the writer (WAL).
type DB struct {
	path   string
	writer *sql.DB
	reader *sql.DB
	clock  Clock

	// Statements every screen and every write run: prepared once, since
	// parsing them was most of an idle screen's CPU.
	readRevision *sql.Stmt
	bumpRevision *sql.Stmt
	writeStmts   *stmtCache

	// writeMu queues this process's writes in Go, one at a time, instead
	// of letting them spin on SQLite's busy lock.
	writeMu sync.Mutex

	mu      sync.Mutex
	changed chan struct{} // closed and replaced after every local commit
	waiting int           // callers in WaitForChange
	polling bool          // the poller of other processes' commits runs
}

// Options tune Open. The zero value is what the application uses.
type Options struct {
	// Clock stamps outbox rows; SystemClock when nil.
	Clock Clock
	// BusyTimeoutMS is how long a write waits for another process's lock
	// before the database is reported as locked (default 5000).
	BusyTimeoutMS int
}

// Open opens (creating when absent) the database at path and migrates it to
// the schema this binary knows. It never re-creates an existing file: a file
// that is locked, read-only, corrupt or from a newer motcua yields one of
// ErrLocked, ErrReadOnly, ErrCorrupt, ErrTooNew or ErrCannotOpen, wrapped.
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	if opts.Clock == nil {
		opts.Clock = SystemClock{}
	}
	if opts.BusyTimeoutMS <= 0 {
		opts.BusyTimeoutMS = 5000
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create database folder %s: %w: %w", dir, ErrCannotOpen, err)
		}
	}
	writer, err := sql.Open("sqlite", dsn(path, opts.BusyTimeoutMS, "immediate", false))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w: %w", path, ErrCannotOpen, err)
	}
	// One connection runs the write transactions (writeMu lets one at a
	// time in); the second only prepares statements for the cache while
	// the first is inside a transaction.
	writer.SetMaxOpenConns(2)
	reader, err := sql.Open("sqlite", dsn(path, opts.BusyTimeoutMS, "deferred", true))
	if err != nil {
		writer.Close()
		return nil, fmt.Errorf("open %s: %w: %w", path, ErrCannotOpen, err)
	}
	reader.SetMaxOpenConns(4)
	db := &DB{path: path, writer: writer, reader: reader, clock: opts.Clock, changed: make(chan struct{}),
		writeStmts: newStmtCache(writer)}
	if err := db.migrate(ctx, time.Duration(opts.BusyTimeoutMS)*time.Millisecond); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if db.readRevision, err = reader.PrepareContext(ctx, `SELECT n FROM revision WHERE id = 1`); err == nil {
		db.bumpRevision, err = writer.PrepareContext(ctx, `UPDATE revision SET n = n + 1 WHERE id = 1`)
	}
	if err != nil {
		db.Close()
		return nil, classify(fmt.Errorf("open %s: prepare: %w", path, err))
	}
	return db, nil
}

// dsn builds the driver URL: WAL, synchronous=FULL (a printed ticket must
// survive a power cut), a busy timeout and foreign keys on every connection.
// The writer does not switch the file to WAL on connecting: migrate does,
// once it knows the file is a motcua database, so that a file that is not
// ours is refused without being changed.
func dsn(path string, busyMS int, txlock string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyMS))
	if readOnly {
		q.Add("_pragma", "journal_mode(WAL)")
	}
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "foreign_keys(1)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	}
	q.Set("_txlock", txlock)
	return "file:" + filepath.ToSlash(path) + "?" + q.Encode()
}

// Path is the file the database lives in.
func (db *DB) Path() string { return db.path }

// Clock is the clock the database was opened with.
func (db *DB) Clock() Clock { return db.clock }

// Close releases both connection pools.
func (db *DB) Close() error {
	db.writeStmts.close()
	for _, st := range []*sql.Stmt{db.readRevision, db.bumpRevision} {
		if st != nil {
			st.Close()
		}
	}
	return errors.Join(db.writer.Close(), db.reader.Close())
}

// Write runs fn in one BEGIN IMMEDIATE transaction, bumps the revision and
// commits. Screens of this process are woken at once; those of other
// processes see the new revision at their next poll.
func (db *DB) Write(ctx context.Context, fn func(tx *Tx) error) error {
	db.writeMu.Lock()
	defer db.writeMu.Unlock()
	sqlTx, err := db.writer.BeginTx(ctx, nil)
	if err != nil {
		return classify(fmt.Errorf("begin write: %w", err))
	}
	tx := &Tx{Tx: sqlTx, stmts: db.writeStmts}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return classify(err)
	}
	if _, err := tx.StmtContext(ctx, db.bumpRevision).ExecContext(ctx); err != nil {
		_ = tx.Rollback()
		return classify(fmt.Errorf("bump revision: %w", err))
	}
	if err := tx.Commit(); err != nil {
		return classify(fmt.Errorf("commit: %w", err))
	}
	db.notify()
	return nil
}

// Read runs fn in one read transaction, so that everything it reads comes
// from the same moment of the database.
func (db *DB) Read(ctx context.Context, fn func(tx *Tx) error) error {
	sqlTx, err := db.reader.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return classify(fmt.Errorf("begin read: %w", err))
	}
	tx := &Tx{Tx: sqlTx}
	defer tx.Rollback() //nolint:errcheck // read-only: nothing to keep
	if err := fn(tx); err != nil {
		return classify(err)
	}
	return nil
}

// IntegrityCheck runs PRAGMA integrity_check and returns its first line
// ("ok" for a sound file).
func (db *DB) IntegrityCheck(ctx context.Context) (string, error) {
	var res string
	if err := db.reader.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil {
		return "", classify(fmt.Errorf("integrity check: %w", err))
	}
	return res, nil
}
