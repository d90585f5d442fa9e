package store

import (
	"context"
	"database/sql"
	"sync"
)

// Tx is a transaction of Write or Read. In a Write, its ExecContext,
// QueryContext and QueryRowContext reuse statements prepared once per
// process: SQLite spent more time parsing the few statements of a ticket
// call than running them. Everything else of *sql.Tx is there too.
type Tx struct {
	*sql.Tx
	stmts *stmtCache
}

// ExecContext runs a statement that returns no rows.
func (tx *Tx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st := tx.stmts.get(ctx, query); st != nil {
		return tx.Tx.StmtContext(ctx, st).ExecContext(ctx, args...)
	}
	return tx.Tx.ExecContext(ctx, query, args...)
}

// QueryContext runs a query that returns rows.
func (tx *Tx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := tx.stmts.get(ctx, query); st != nil {
		return tx.Tx.StmtContext(ctx, st).QueryContext(ctx, args...)
	}
	return tx.Tx.QueryContext(ctx, query, args...)
}

// QueryRowContext runs a query that returns at most one row.
func (tx *Tx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := tx.stmts.get(ctx, query); st != nil {
		return tx.Tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
	}
	return tx.Tx.QueryRowContext(ctx, query, args...)
}

// maxCachedStatements bounds the cache: queries built with a variable
// number of placeholders make a few variants, never many.
const maxCachedStatements = 512

// stmtCache holds the prepared statements of one connection pool.
// database/sql prepares each again on every connection that runs it and
// keeps it there.
type stmtCache struct {
	pool *sql.DB
	mu   sync.Mutex
	byQ  map[string]*sql.Stmt
}

func newStmtCache(pool *sql.DB) *stmtCache {
	return &stmtCache{pool: pool, byQ: map[string]*sql.Stmt{}}
}

// get returns the prepared statement for query, or nil when there is no
// cache (reads) or the query cannot be prepared alone (the caller then runs
// it unprepared and gets SQLite's own error, if any).
//
// The statement is prepared on the pool, not in the transaction, so it
// outlives it; the writer pool has a spare connection for that (see Open),
// and database/sql prepares it again on the transaction's connection once.
func (c *stmtCache) get(ctx context.Context, query string) *sql.Stmt {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.byQ[query]; ok {
		return st
	}
	if len(c.byQ) >= maxCachedStatements {
		return nil
	}
	st, err := c.pool.PrepareContext(ctx, query)
	if err != nil {
		return nil
	}
	c.byQ[query] = st
	return st
}

func (c *stmtCache) close() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for q, st := range c.byQ {
		st.Close()
		delete(c.byQ, q)
	}
}
