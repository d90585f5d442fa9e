package accounts

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"motcua/store"
)

// Lockout: after MaxFailures wrong passwords in a row an account refuses
// every login for the minutes of the setting LockMinutesKey.
const (
	MaxFailures        = 5
	LockMinutesKey     = "accounts.lock_minutes"
	DefaultLockMinutes = 5
	MaxLockMinutes     = 24 * 60
)

// ParseLockMinutes reads a value of the setting accounts.lock_minutes: a
// whole number of minutes from 1 to 1440.
func ParseLockMinutes(value string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(value))
	if err != nil || n < 1 || n > MaxLockMinutes {
		return 0, fmt.Errorf("%s = %q: must be a whole number of minutes from 1 to %d", LockMinutesKey, value, MaxLockMinutes)
	}
	return n, nil
}

// lockDuration reads the setting, falling back to the default when it is
// absent or unusable: a broken setting must not disable the lockout.
func lockDuration(ctx context.Context, tx *store.Tx) (time.Duration, error) {
	var v string
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, LockMinutesKey).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return DefaultLockMinutes * time.Minute, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", LockMinutesKey, err)
	}
	n, err := ParseLockMinutes(v)
	if err != nil {
		return DefaultLockMinutes * time.Minute, nil
	}
	return time.Duration(n) * time.Minute, nil
}

// countFailure records one wrong password for the account at now (Unix
// ms) and locks it on the MaxFailures-th in a row. It reports whether this
// failure locked the account. A failure while locked is not counted: the
// password was not even checked then.
func countFailure(ctx context.Context, tx *store.Tx, name string, now int64, counter int) (bool, error) {
	w, err := readRow(ctx, tx, name)
	if err != nil {
		return false, err
	}
	if w.locked(now) {
		return false, nil
	}
	failures := w.failures + 1
	if failures < MaxFailures {
		_, err := tx.ExecContext(ctx, `UPDATE accounts SET failures = ? WHERE name = ?`, failures, name)
		return false, err
	}
	lock, err := lockDuration(ctx, tx)
	if err != nil {
		return false, err
	}
	until := now + lock.Milliseconds()
	if _, err := tx.ExecContext(ctx,
		`UPDATE accounts SET failures = 0, locked_until = ? WHERE name = ?`, until, name); err != nil {
		return false, err
	}
	detail := fmt.Sprintf("%d wrong passwords, locked %d min", MaxFailures, int(lock.Minutes()))
	return true, store.Audit(ctx, tx, now, counter, ActionLocked, detail)
}
