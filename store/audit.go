package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// AuditEntry is one line of the audit trail: who did what, at which
// counter, when.
type AuditEntry struct {
	ID      string
	At      time.Time
	Account string // "" = at the station PC
	Counter int    // 0 = no counter
	Action  string // ticket.call, account.login, … (audit.action.<name> in i18n)
	Detail  string
	Remote  string
}

// AuditPayload is an audit entry as the outbox carries it to the hub; at
// is Unix milliseconds, as in every outbox payload.
type AuditPayload struct {
	ID      string `json:"id"`
	At      int64  `json:"at"`
	Account string `json:"account"`
	Counter int    `json:"counter"`
	Action  string `json:"action"`
	Detail  string `json:"detail"`
	Remote  string `json:"remote"`
}

// AuditEventKind is the outbox kind of an audit entry sent to the hub.
const AuditEventKind = "audit.recorded"

// Audit records an action inside the caller's write transaction, so it is
// in the trail if and only if the change was committed. The account and
// remote address come from the Actor of ctx ("" at the station PC). at is
// Unix milliseconds of the station clock; counter 0 means none. The entry
// also goes to the outbox, so it reaches the district hub.
func Audit(ctx context.Context, tx *Tx, at int64, counter int, action, detail string) error {
	detail = cutDetail(detail)
	actor, _ := ActorFrom(ctx)
	e := AuditPayload{ID: NewID(), At: at, Account: actor.Account, Counter: counter,
		Action: action, Detail: detail, Remote: actor.Remote}
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO audit (id, at, account, counter, action, detail, remote) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		e.ID, at, e.Account, counter, action, detail, e.Remote); err != nil {
		return fmt.Errorf("audit %s: %w", action, err)
	}
	return AppendEvent(ctx, tx, at, AuditEventKind, "audit/"+e.ID, e)
}

// MaxAuditDetail bounds the detail of an entry, in bytes: a reason typed
// at a counter is kept whole, a runaway one is cut.
const MaxAuditDetail = 1024

// cutDetail cuts detail to MaxAuditDetail bytes of valid text.
func cutDetail(detail string) string {
	if len(detail) > MaxAuditDetail {
		detail = detail[:MaxAuditDetail]
	}
	return strings.ToValidUTF8(detail, "")
}

// Audit records an action in a write transaction of its own, stamped with
// the database clock: for actions that change nothing else (a login, a
// reprint).
func (db *DB) Audit(ctx context.Context, counter int, action, detail string) error {
	return db.Write(ctx, func(tx *Tx) error {
		return Audit(ctx, tx, db.clock.Now().UnixMilli(), counter, action, detail)
	})
}

// AuditFilter selects entries of the trail. Zero fields select everything.
type AuditFilter struct {
	From, To time.Time // From <= At < To; zero = open
	Account  string    // exact account name
	AtThisPC bool      // only what was done at the station PC itself (no account)
	Counter  int       // 0 = any counter
	Action   string    // prefix: "ticket." selects every ticket action
	Limit    int       // at most this many entries; 0 = all
	Offset   int       // skip this many of the newest first
}

// where builds the WHERE clause of f and its arguments.
func (f AuditFilter) where() (string, []any) {
	var conds []string
	var args []any
	if !f.From.IsZero() {
		conds, args = append(conds, "at >= ?"), append(args, f.From.UnixMilli())
	}
	if !f.To.IsZero() {
		conds, args = append(conds, "at < ?"), append(args, f.To.UnixMilli())
	}
	if f.Account != "" {
		conds, args = append(conds, "account = ?"), append(args, f.Account)
	}
	if f.AtThisPC {
		conds = append(conds, "account = ''")
	}
	if f.Counter != 0 {
		conds, args = append(conds, "counter = ?"), append(args, f.Counter)
	}
	if f.Action != "" {
		// substr rather than LIKE: no wildcard in an action name to escape
		conds, args = append(conds, "substr(action, 1, ?) = ?"), append(args, len(f.Action), f.Action)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// AuditTrail returns the entries f selects, newest first (in the order
// they were recorded, which a clock set back cannot shuffle).
func (db *DB) AuditTrail(ctx context.Context, f AuditFilter) ([]AuditEntry, error) {
	where, args := f.where()
	q := `SELECT id, at, account, counter, action, detail, remote FROM audit` + where + ` ORDER BY seq DESC`
	if f.Limit > 0 || f.Offset > 0 {
		limit := f.Limit
		if limit <= 0 {
			limit = -1 // SQLite: no limit
		}
		q += ` LIMIT ? OFFSET ?`
		args = append(args, limit, max(f.Offset, 0))
	}
	var out []AuditEntry
	err := db.Read(ctx, func(tx *Tx) error {
		rows, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var e AuditEntry
			var at int64
			if err := rows.Scan(&e.ID, &at, &e.Account, &e.Counter, &e.Action, &e.Detail, &e.Remote); err != nil {
				return err
			}
			e.At = time.UnixMilli(at)
			out = append(out, e)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read audit trail: %w", err)
	}
	return out, nil
}

// AuditCount is how many entries f selects, ignoring its Limit and Offset:
// the audit screen's page count.
func (db *DB) AuditCount(ctx context.Context, f AuditFilter) (int, error) {
	where, args := f.where()
	var n int
	err := db.Read(ctx, func(tx *Tx) error {
		return tx.QueryRowContext(ctx, `SELECT count(*) FROM audit`+where, args...).Scan(&n)
	})
	if err != nil {
		return 0, fmt.Errorf("count audit trail: %w", err)
	}
	return n, nil
}
