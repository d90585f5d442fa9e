package hub

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"motcua/store"
	"strings"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

type migration struct {
	version int
	name    string
	stmts   []string
}

// loadMigrations reads the numbered files and splits them into statements
// (one per Exec: the pgx driver sends parameterless Execs one statement at
// a time on some paths, and SQLite's multi-statement Exec hides which one
// failed).
func loadMigrations(d dialect) ([]migration, error) {
	files, err := store.ReadNumberedSQL(migrationFiles, "migrations")
	if err != nil {
		return nil, fmt.Errorf("hub: %w", err)
	}
	ms := make([]migration, len(files))
	for i, f := range files {
		ms[i] = migration{version: f.Version, name: f.Name, stmts: splitSQL(f.Body, d)}
	}
	return ms, nil
}

// splitSQL drops -- comments, splits at semicolons ending a line, and spells
// binary columns for the dialect: BYTEA in the files, BLOB for SQLite.
func splitSQL(body string, d dialect) []string {
	var stmts []string
	var cur strings.Builder
	for _, line := range strings.Split(body, "\n") {
		if i := strings.Index(line, "--"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimRight(line, " \t\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if d == sqliteDialect {
			line = strings.ReplaceAll(line, "BYTEA", "BLOB")
		}
		end := strings.HasSuffix(line, ";")
		cur.WriteString(strings.TrimSuffix(line, ";"))
		cur.WriteByte('\n')
		if end {
			stmts = append(stmts, cur.String())
			cur.Reset()
		}
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		stmts = append(stmts, s)
	}
	return stmts
}

// SchemaVersion is the newest hub schema this binary knows.
func SchemaVersion() int {
	ms, _ := loadMigrations(sqliteDialect)
	return len(ms)
}

// migrate applies the migrations not yet applied, all in one transaction
// (both databases have transactional DDL), and refuses a newer schema.
// Several hubs opening one new PostgreSQL database at once queue on an
// advisory lock; on SQLite the write transaction is the lock.
func (h *Hub) migrate(ctx context.Context) error {
	ms, err := loadMigrations(h.dialect)
	if err != nil {
		return err
	}
	return h.write(ctx, func(tx *sql.Tx) error {
		if h.dialect == postgresDialect {
			if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7220461)`); err != nil {
				return fmt.Errorf("lock hub schema: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx,
			`CREATE TABLE IF NOT EXISTS hub_schema (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)`); err != nil {
			return fmt.Errorf("create hub_schema: %w", err)
		}
		var have int
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM hub_schema`).Scan(&have); err != nil {
			return fmt.Errorf("read hub schema version: %w", err)
		}
		if have > len(ms) {
			return fmt.Errorf("%w: schema %d, this motcua knows %d", ErrTooNew, have, len(ms))
		}
		for _, m := range ms[have:] {
			for _, s := range m.stmts {
				if _, err := tx.ExecContext(ctx, s); err != nil {
					return fmt.Errorf("hub migration %s: %w", m.name, err)
				}
			}
			if _, err := tx.ExecContext(ctx, h.rebind(`INSERT INTO hub_schema (version, applied_at) VALUES (?, ?)`),
				m.version, h.now()); err != nil {
				return fmt.Errorf("hub migration %s: %w", m.name, err)
			}
		}
		return nil
	})
}
