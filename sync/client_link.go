package sync

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"motcua/store"
)

// Link is where the station's hub is and what the last uploads said; kept
// in sync_state (migration 0004) for the counter header and sync status.
type Link struct {
	URL         string
	Fingerprint string // pinned SHA-256 of the hub's certificate
	LastAttempt time.Time
	LastSuccess time.Time
	LastError   string
	LastErrorAt time.Time
	// ClockOffset is station clock minus hub clock from the last answer;
	// HaveOffset is false until one came.
	ClockOffset time.Duration
	HaveOffset  bool
}

// ClockWarning is how far the station clock may be off before screens warn.
const ClockWarning = 5 * time.Minute

// ClockOff reports whether the last known offset is over ClockWarning.
func (l Link) ClockOff() bool {
	return l.HaveOffset && (l.ClockOffset > ClockWarning || l.ClockOffset < -ClockWarning)
}

// SaveLink stores the hub's address and pinned fingerprint.
func SaveLink(ctx context.Context, db *store.DB, url, fingerprint string) error {
	return db.Write(ctx, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE sync_state SET hub_url = ?, hub_fingerprint = ? WHERE id = 1`,
			url, NormalizeFingerprint(fingerprint))
		if err != nil {
			return fmt.Errorf("save hub link: %w", err)
		}
		return nil
	})
}

// LoadLink reads the link and its last state.
func LoadLink(ctx context.Context, db *store.DB) (Link, error) {
	var l Link
	var attempt, success, errAt, offAt int64
	var off sql.NullInt64
	err := db.Read(ctx, func(tx *store.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT hub_url, hub_fingerprint, last_attempt_at, last_success_at,
			last_error, last_error_at, clock_offset_ms, clock_offset_at FROM sync_state WHERE id = 1`).
			Scan(&l.URL, &l.Fingerprint, &attempt, &success, &l.LastError, &errAt, &off, &offAt)
	})
	if err != nil {
		return Link{}, fmt.Errorf("load hub link: %w", err)
	}
	l.LastAttempt, l.LastSuccess, l.LastErrorAt = msOrZero(attempt), msOrZero(success), msOrZero(errAt)
	if off.Valid {
		l.ClockOffset, l.HaveOffset = time.Duration(off.Int64)*time.Millisecond, true
	}
	return l, nil
}

func msOrZero(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms)
}

// recordAttempt stores what one request to the hub gave: success clears
// the last error; an answer with a clock updates the offset.
func recordAttempt(ctx context.Context, db *store.DB, r Reply, failure error) error {
	now := db.Clock().Now().UnixMilli()
	return db.Write(ctx, func(tx *store.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE sync_state SET last_attempt_at = ? WHERE id = 1`, now); err != nil {
			return err
		}
		if off, ok := r.Offset(); ok {
			if _, err := tx.ExecContext(ctx, `UPDATE sync_state SET clock_offset_ms = ?, clock_offset_at = ? WHERE id = 1`,
				off.Milliseconds(), now); err != nil {
				return err
			}
		}
		var err error
		if failure == nil {
			_, err = tx.ExecContext(ctx, `UPDATE sync_state SET last_success_at = ?, last_error = '', last_error_at = 0 WHERE id = 1`, now)
		} else {
			_, err = tx.ExecContext(ctx, `UPDATE sync_state SET last_error = ?, last_error_at = ? WHERE id = 1`, failure.Error(), now)
		}
		return err
	})
}
