package queue

import (
	"context"
	"fmt"
	"strings"

	"motcua/store"
)

// OpenCounter opens a counter for a clerk. A counter that was serving a
// ticket when its screen stopped (a crash, a power cut) keeps that ticket,
// so the clerk carries on where they were.
func (s *Station) OpenCounter(ctx context.Context, counter int, clerk string) error {
	return s.setState(ctx, counter, "opened", func(tx *store.Tx, c counterRow, now int64) (string, error) {
		if clerk == "" {
			clerk = c.Clerk
		}
		_, err := tx.ExecContext(ctx, `UPDATE counters SET state = 'open', clerk = ?, pause_reason = '', state_since = ? WHERE number = ?`,
			clerk, now, counter)
		return clerk, err
	})
}

// CloseCounter closes a counter at the end of a shift. A counter serving a
// ticket must finish or transfer it first, so no citizen is left standing.
// The priority run is kept: a regular ticket that waits through a closing
// must not be passed K more times in a row when the counter reopens.
func (s *Station) CloseCounter(ctx context.Context, counter int) error {
	return s.setState(ctx, counter, "closed", func(tx *store.Tx, c counterRow, now int64) (string, error) {
		if c.currentID != "" {
			return "", ErrCounterBusy
		}
		_, err := tx.ExecContext(ctx, `UPDATE counters SET state = 'closed', pause_reason = '', state_since = ? WHERE number = ?`,
			now, counter)
		return "", err
	})
}

// Pause stops calls at a counter for a stated reason (a break, a meeting).
func (s *Station) Pause(ctx context.Context, counter int, reason string) error {
	reason = strings.TrimSpace(reason)
	return s.setState(ctx, counter, "paused", func(tx *store.Tx, c counterRow, now int64) (string, error) {
		switch {
		case reason == "":
			return "", ErrReasonRequired
		case c.State == Closed:
			return "", ErrCounterClosed
		case c.currentID != "":
			return "", ErrCounterBusy
		}
		_, err := tx.ExecContext(ctx, `UPDATE counters SET state = 'paused', pause_reason = ?, state_since = ? WHERE number = ?`,
			reason, now, counter)
		return reason, err
	})
}

// Resume reopens a paused counter.
func (s *Station) Resume(ctx context.Context, counter int) error {
	return s.setState(ctx, counter, "resumed", func(tx *store.Tx, c counterRow, now int64) (string, error) {
		if c.State == Closed {
			return "", ErrCounterClosed
		}
		_, err := tx.ExecContext(ctx, `UPDATE counters SET state = 'open', pause_reason = '', state_since = ? WHERE number = ?`, now, counter)
		return "", err
	})
}

type counterEvent struct {
	Event   string `json:"event"`
	At      int64  `json:"at"`
	Counter int    `json:"counter"`
	Detail  string `json:"detail,omitempty"`
}

func (s *Station) setState(ctx context.Context, counter int, kind string,
	fn func(tx *store.Tx, c counterRow, now int64) (string, error)) error {
	err := s.db.Write(ctx, func(tx *store.Tx) error {
		now := ms(s.clock.Now())
		c, err := loadCounter(ctx, tx, counter)
		if err != nil {
			return err
		}
		detail, err := fn(tx, c, now)
		if err != nil {
			return err
		}
		if err := store.Audit(ctx, tx, now, counter, counterActions[kind], detail); err != nil {
			return err
		}
		return store.AppendEvent(ctx, tx, now, "counter."+kind, fmt.Sprintf("counter/%d", counter),
			counterEvent{Event: kind, At: now, Counter: counter, Detail: detail})
	})
	if err != nil {
		return fmt.Errorf("counter %d %s: %w", counter, kind, err)
	}
	return nil
}
