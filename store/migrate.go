package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"time"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one numbered SQL file; its number is the schema version
// (PRAGMA user_version) the database has once it ran.
type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	files, err := ReadNumberedSQL(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	ms := make([]migration, len(files))
	for i, f := range files {
		ms[i] = migration{version: f.Version, name: f.Name, sql: f.Body}
	}
	return ms, nil
}

// SchemaVersion is the newest schema this binary knows.
func SchemaVersion() int {
	ms, _ := migrations()
	return len(ms)
}

// migrate brings the file to SchemaVersion, each migration in its own
// transaction, and refuses a file whose schema is newer than this binary.
func (db *DB) migrate(ctx context.Context, busy time.Duration) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	// Version and tables are read in one statement, so in one snapshot:
	// another motcua process may be migrating the same new file right now.
	var have, objects int
	if err := db.writer.QueryRowContext(ctx,
		`SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)`).Scan(&have, &objects); err != nil {
		return classify(fmt.Errorf("read schema version: %w", err))
	}
	if have > len(ms) {
		return fmt.Errorf("%w: schema %d, this motcua knows %d", ErrTooNew, have, len(ms))
	}
	if have == 0 && objects > 0 {
		// Each migration sets user_version in its own transaction, so a
		// version-0 file with tables belongs to another program.
		return fmt.Errorf("%w: schema version 0 but %d tables or indexes", ErrCorrupt, objects)
	}
	if err := db.switchToWAL(ctx, busy); err != nil {
		return err
	}
	for _, m := range ms[have:] {
		err := func() error {
			tx, err := db.writer.BeginTx(ctx, nil)
			if err != nil {
				return err
			}
			defer tx.Rollback() //nolint:errcheck // no-op after commit
			// Another process starting on the same new file may have run
			// this migration while we waited for the write lock.
			var now int
			if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&now); err != nil {
				return err
			}
			if now >= m.version {
				return nil
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, m.version)); err != nil {
				return err
			}
			return tx.Commit()
		}()
		if err != nil {
			return classify(fmt.Errorf("migration %s: %w", m.name, err))
		}
	}
	// A file of the right version that is not ours (or half-written) is
	// refused rather than used.
	var n int
	err = db.reader.QueryRowContext(ctx, `SELECT count(*) FROM revision`).Scan(&n)
	if err == sql.ErrNoRows || (err == nil && n != 1) {
		return fmt.Errorf("%w: revision table is missing", ErrCorrupt)
	}
	if err != nil {
		return classify(fmt.Errorf("%w: %w", ErrCorrupt, err))
	}
	return nil
}

// switchToWAL puts the file in WAL mode. The switch needs the file to
// itself, and SQLite answers BUSY at once instead of waiting its busy
// timeout when another connection is in the way, as when several motcua
// screens start together on a new file: retry until the busy timeout.
func (db *DB) switchToWAL(ctx context.Context, busy time.Duration) error {
	return SwitchToWAL(ctx, db.writer, busy)
}

// SwitchToWAL puts the SQLite file of conn in WAL mode, retrying for up to
// busy while another connection holds a lock: SQLite answers a journal
// mode change with SQLITE_BUSY at once, without its busy handler, so
// processes opening a new file together would otherwise fail. The hub's
// SQLite database uses it too.
func SwitchToWAL(ctx context.Context, conn *sql.DB, busy time.Duration) error {
	deadline := time.Now().Add(busy)
	for {
		_, err := conn.ExecContext(ctx, `PRAGMA journal_mode = WAL`)
		if err == nil {
			return nil
		}
		err = classify(fmt.Errorf("switch to WAL: %w", err))
		if !errors.Is(err, ErrLocked) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(20 * time.Millisecond):
		}
	}
}
