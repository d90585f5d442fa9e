// Package hub is the district side of store-and-forward sync: the hub's
// database of enrolled stations, the raw batches they sent and the records
// decoded from them, and the queries behind the district view and export.
//
// It knows nothing of the wire format or of HTTP: the sync layer verifies a
// batch's signature (with the key from StationKey), decrypts and decodes it,
// then hands the manifest, the raw bytes and the records to Ingest, which
// stores them exactly once in one transaction. The same code path runs on
// SQLite (the default, one file) and PostgreSQL (a postgres:// DSN) through
// database/sql; see docs/HUB.md.
package hub

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the pure-Go "sqlite" driver

	"motcua/store"
)

// Errors callers map to answers (the HTTP layer to status codes).
var (
	ErrConflict         = errors.New("batch number already used by another batch")
	ErrUnknownStation   = errors.New("unknown station")
	ErrStationDisabled  = errors.New("station disabled")
	ErrNotRegistered    = errors.New("station has not registered its key")
	ErrAlreadyEnrolled  = errors.New("station already enrolled")
	ErrBadSecret        = errors.New("wrong enrollment secret")
	ErrSecretUsed       = errors.New("enrollment secret already used")
	ErrBadBatch         = errors.New("batch does not match its manifest")
	ErrTooNew           = errors.New("hub database is newer than this motcua")
	ErrUnsupportedStore = errors.New("unsupported hub database")
)

// dialect is the one thing that differs between the two databases.
type dialect int

const (
	sqliteDialect dialect = iota
	postgresDialect
)

// Hub is an open hub database.
type Hub struct {
	db      *sql.DB
	dialect dialect
	clock   store.Clock

	// writeMu queues SQLite write transactions in Go: SQLite has one writer
	// and its busy handler sleeps in coarse steps. PostgreSQL needs no
	// such queue (row locks), so it is only taken for SQLite.
	writeMu sync.Mutex
}

// Options tune Open. The zero value is what the application uses.
type Options struct {
	// Clock stamps receive times and clock offsets; SystemClock when nil.
	Clock store.Clock
}

// Open opens the hub database named by dsn, creating and migrating it: a
// postgres:// (or postgresql://) URL for PostgreSQL, otherwise a file path
// for SQLite.
func Open(ctx context.Context, dsn string, opts Options) (*Hub, error) {
	if opts.Clock == nil {
		opts.Clock = store.SystemClock{}
	}
	h := &Hub{clock: opts.Clock}
	var err error
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		h.dialect = postgresDialect
		h.db, err = sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("open hub database: %w", err)
		}
		h.db.SetMaxOpenConns(16)
	} else {
		if dir := filepath.Dir(dsn); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("create hub database folder %s: %w", dir, err)
			}
		}
		h.db, err = sql.Open("sqlite", sqliteDSN(dsn))
		if err != nil {
			return nil, fmt.Errorf("open hub database %s: %w", dsn, err)
		}
		h.db.SetMaxOpenConns(4)
	}
	if err := h.db.PingContext(ctx); err != nil {
		h.db.Close()
		return nil, fmt.Errorf("connect to hub database: %w", err)
	}
	if h.dialect == sqliteDialect {
		// Not a connection pragma: hubs starting together on a new file
		// would get SQLITE_BUSY from it at once (see store.SwitchToWAL).
		if err := store.SwitchToWAL(ctx, h.db, 10*time.Second); err != nil {
			h.db.Close()
			return nil, fmt.Errorf("open hub database %s: %w", dsn, err)
		}
	}
	if err := h.migrate(ctx); err != nil {
		h.db.Close()
		return nil, err
	}
	return h, nil
}

// sqliteDSN opens the file like the station's store does (Open switches it
// to WAL once, not each connection): WAL so readers
// never block ingest, synchronous=FULL because a batch the hub acknowledged
// must survive a power cut (the station deletes nothing, but it stops
// resending), and BEGIN IMMEDIATE so a write transaction never has to
// upgrade its lock halfway.
func sqliteDSN(path string) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	return "file:" + filepath.ToSlash(path) + "?" + q.Encode()
}

// Close closes the database.
func (h *Hub) Close() error { return h.db.Close() }

// rebind turns the ? placeholders every query is written with into $1, $2…
// for PostgreSQL. No query of this package has a ? inside a string literal.
func (h *Hub) rebind(query string) string {
	if h.dialect != postgresDialect || !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

// write runs fn in one transaction, committed when fn returns nil.
func (h *Hub) write(ctx context.Context, fn func(*sql.Tx) error) error {
	if h.dialect == sqliteDialect {
		h.writeMu.Lock()
		defer h.writeMu.Unlock()
	}
	tx, err := h.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // no-op after commit
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// now is the hub clock in Unix milliseconds.
func (h *Hub) now() int64 { return h.clock.Now().UnixMilli() }
