package accounts

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"motcua/store"
)

// Roster is the station's list of accounts, kept in the station database.
// Every change is recorded in the audit trail as account.change, in the
// transaction that makes it.
type Roster struct {
	db    *store.DB
	clock store.Clock
}

// NewRoster returns the roster of the station database db, on its clock.
func NewRoster(db *store.DB) *Roster { return &Roster{db: db, clock: db.Clock()} }

// Add creates the account a with password ("" = none: the account logs in
// with a key added later). Name, full name, role, counter and password are
// checked first; a taken name is ErrAccountExists.
func (r *Roster) Add(ctx context.Context, a Account, password string) error {
	full, err := CleanFullName(a.FullName)
	if err == nil {
		err = checkAccount(a)
	}
	if err == nil && password != "" {
		err = ValidatePassword(a.Name, password)
	}
	if err != nil {
		return fmt.Errorf("add account %s: %w", a.Name, err)
	}
	hash := ""
	if password != "" {
		if hash, err = hashPassword(ctx, password); err != nil {
			return fmt.Errorf("add account %s: %w", a.Name, err)
		}
	}
	err = r.db.Write(ctx, func(tx *store.Tx) error {
		now := r.clock.Now().UnixMilli()
		if _, err := readRow(ctx, tx, a.Name); err == nil {
			return ErrAccountExists
		} else if !errors.Is(err, ErrUnknownAccount) {
			return err
		}
		if err := counterExists(ctx, tx, a.Counter); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO accounts (name, full_name, role, counter, password, created_at)
			VALUES (?, ?, ?, ?, ?, ?)`, a.Name, full, string(a.Role), a.Counter, hash, now); err != nil {
			return err
		}
		detail := fmt.Sprintf("add %s role=%s counter=%d password=%t", a.Name, a.Role, a.Counter, hash != "")
		return store.Audit(ctx, tx, now, 0, ActionChange, detail)
	})
	if err != nil {
		return fmt.Errorf("add account %s: %w", a.Name, err)
	}
	return nil
}

// checkAccount checks the name, role and counter of a new account.
func checkAccount(a Account) error {
	if err := ValidateName(a.Name); err != nil {
		return err
	}
	if !a.Role.Valid() {
		return fmt.Errorf("role %q: %w", a.Role, ErrInvalidRole)
	}
	if a.Counter < 0 || a.Counter > MaxCounter {
		return fmt.Errorf("counter %d: must be 0 to %d: %w", a.Counter, MaxCounter, ErrInvalidCounter)
	}
	return nil
}

// counterExists refuses a counter number the station does not have (0,
// chosen at login, is always fine).
func counterExists(ctx context.Context, tx *store.Tx, counter int) error {
	if counter == 0 {
		return nil
	}
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM counters WHERE number = ?`, counter).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("counter %d: %w", counter, ErrUnknownCounter)
	}
	return err
}

// List returns every account, by name, with its keys.
func (r *Roster) List(ctx context.Context) ([]Account, error) {
	var out []Account
	err := r.db.Read(ctx, func(tx *store.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT `+rowColumns+` FROM accounts ORDER BY name`)
		if err != nil {
			return err
		}
		var list []row
		for rows.Next() {
			var w row
			if err := w.scan(rows); err != nil {
				rows.Close()
				return err
			}
			list = append(list, w)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		now := r.clock.Now()
		for _, w := range list {
			a, err := w.account(ctx, tx, now)
			if err != nil {
				return err
			}
			out = append(out, a)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list accounts: %w", err)
	}
	return out, nil
}

// Get returns the account name, with its keys.
func (r *Roster) Get(ctx context.Context, name string) (Account, error) {
	var a Account
	err := r.db.Read(ctx, func(tx *store.Tx) error {
		w, err := readRow(ctx, tx, name)
		if err != nil {
			return err
		}
		a, err = w.account(ctx, tx, r.clock.Now())
		return err
	})
	if err != nil {
		return Account{}, fmt.Errorf("account %s: %w", name, err)
	}
	return a, nil
}

// SetDisabled disables or enables the account. Enabling also lifts a lock
// after wrong passwords.
func (r *Roster) SetDisabled(ctx context.Context, name string, disabled bool) error {
	verb := "enable"
	if disabled {
		verb = "disable"
	}
	err := r.change(ctx, name, verb+" "+name, func(tx *store.Tx) error {
		if disabled {
			_, err := tx.ExecContext(ctx, `UPDATE accounts SET disabled = 1 WHERE name = ?`, name)
			return err
		}
		_, err := tx.ExecContext(ctx,
			`UPDATE accounts SET disabled = 0, failures = 0, locked_until = 0 WHERE name = ?`, name)
		return err
	})
	if err != nil {
		return fmt.Errorf("%s account %s: %w", verb, name, err)
	}
	return nil
}

// SetPassword replaces the account's password and lifts a lock after
// wrong passwords.
func (r *Roster) SetPassword(ctx context.Context, name, password string) error {
	if err := ValidatePassword(name, password); err != nil {
		return fmt.Errorf("set password of %s: %w", name, err)
	}
	if _, err := r.Get(ctx, name); err != nil {
		return fmt.Errorf("set password of %s: %w", name, err)
	}
	hash, err := hashPassword(ctx, password)
	if err != nil {
		return fmt.Errorf("set password of %s: %w", name, err)
	}
	err = r.change(ctx, name, "password "+name, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx,
			`UPDATE accounts SET password = ?, failures = 0, locked_until = 0 WHERE name = ?`, hash, name)
		return err
	})
	if err != nil {
		return fmt.Errorf("set password of %s: %w", name, err)
	}
	return nil
}

// change runs fn on an existing account in one write transaction and
// audits it as account.change with detail.
func (r *Roster) change(ctx context.Context, name, detail string, fn func(tx *store.Tx) error) error {
	return r.db.Write(ctx, func(tx *store.Tx) error {
		if _, err := readRow(ctx, tx, name); err != nil {
			return err
		}
		if err := fn(tx); err != nil {
			return err
		}
		return store.Audit(ctx, tx, r.clock.Now().UnixMilli(), 0, ActionChange, detail)
	})
}

// row is an accounts row as stored.
type row struct {
	name, fullName, role, password string
	counter                        int
	disabled                       bool
	failures                       int
	lockedUntil, createdAt         int64
}

const rowColumns = `name, full_name, role, counter, password, disabled, failures, locked_until, created_at`

type scanner interface{ Scan(dest ...any) error }

func (w *row) scan(s scanner) error {
	return s.Scan(&w.name, &w.fullName, &w.role, &w.counter, &w.password, &w.disabled, &w.failures,
		&w.lockedUntil, &w.createdAt)
}

// readRow reads the account name, or ErrUnknownAccount.
func readRow(ctx context.Context, tx *store.Tx, name string) (row, error) {
	var w row
	err := w.scan(tx.QueryRowContext(ctx, `SELECT `+rowColumns+` FROM accounts WHERE name = ?`, name))
	if errors.Is(err, sql.ErrNoRows) {
		return row{}, ErrUnknownAccount
	}
	return w, err
}

// locked reports whether the row refuses logins at now (Unix ms).
func (w row) locked(now int64) bool { return w.lockedUntil > now }

// account turns the row into an Account, reading its keys.
func (w row) account(ctx context.Context, tx *store.Tx, now time.Time) (Account, error) {
	a := Account{Name: w.name, FullName: w.fullName, Role: Role(w.role), Counter: w.counter,
		Disabled: w.disabled, HasPassword: w.password != "", CreatedAt: time.UnixMilli(w.createdAt)}
	if w.locked(now.UnixMilli()) {
		a.LockedUntil = time.UnixMilli(w.lockedUntil)
	}
	keys, err := readKeys(ctx, tx, w.name)
	if err != nil {
		return Account{}, err
	}
	for _, k := range keys {
		a.Keys = append(a.Keys, k.line)
	}
	return a, nil
}
