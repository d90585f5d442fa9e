package sync

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v5"
)

// Why an upload stopped. Retryable failures (network, 5xx, 429) are not
// errors of Drain: it keeps trying.
var (
	// ErrHubConflict: the hub holds other bytes under a batch number this
	// station sent (409). A person must look; the uploader stops.
	ErrHubConflict = errors.New("hub holds another batch under this number")
	// ErrHubRefused: the hub refused a batch for good (401, 403, 413, 422,
	// 400): not enrolled, disabled, or a batch it cannot read.
	ErrHubRefused = errors.New("hub refused the batch")
	// ErrHubUnreachable: no definite answer (network error, 5xx, 429).
	ErrHubUnreachable = errors.New("hub unreachable or busy")
)

// Uploader sends the outbox to the hub batch by batch, in order, and marks a
// batch delivered only on a definite 200. It never holds a write
// transaction during network I/O: sealing, acknowledging and recording
// state are each their own short transaction, so counters and intake work
// the same with the link down.
type Uploader struct {
	Outbox *Outbox
	Client *Client
	// NewBackOff makes the wait schedule between retries; exponential from
	// 1 s to 5 min with ±50 % jitter when nil.
	NewBackOff func() backoff.BackOff
	// Idle is how long Run waits for new outbox rows before looking
	// again anyway (it also wakes on every database change); 1 min if 0.
	Idle time.Duration
	// Notify, if set, hears each failure before the wait.
	Notify func(err error, wait time.Duration)
}

func (u *Uploader) now() time.Time { return u.Outbox.DB.Clock().Now() }

// SendNext sends the oldest unacknowledged batch once. sent is false when
// nothing was waiting. Errors wrap ErrHubConflict, ErrHubRefused or
// ErrHubUnreachable.
func (u *Uploader) SendNext(ctx context.Context) (sent bool, err error) {
	s, ok, err := u.Outbox.Pending(ctx)
	if err != nil || !ok {
		return false, err
	}
	backlog, err := u.Outbox.Backlog(ctx)
	if err != nil {
		return false, err
	}
	r, err := u.Client.Send(ctx, u.now, s.Bytes, backlog.Records)
	if err != nil {
		err = fmt.Errorf("send batch %d: %w: %w", s.Number, err, ErrHubUnreachable)
	} else {
		err = classify(r, s)
	}
	if err == nil {
		if aerr := u.Outbox.Ack(ctx, s.Number, s.SHA256); aerr != nil {
			return false, aerr
		}
	}
	if rerr := recordAttempt(ctx, u.Outbox.DB, r, err); rerr != nil && err == nil {
		err = fmt.Errorf("record sync state: %w", rerr)
	}
	return err == nil, err
}

// classify turns the hub's answer about batch s into nil (delivered) or an
// error saying whether to retry.
func classify(r Reply, s Sealed) error {
	msg := r.Message
	if msg == "" {
		msg = http.StatusText(r.Code)
	}
	switch {
	case r.Code == http.StatusOK && (r.Status == StatusStored || r.Status == StatusAlreadyReceived):
		if r.SHA256 != "" && r.SHA256 != s.SHA256 {
			return fmt.Errorf("batch %d: hub acknowledged hash %.12s…: %w", s.Number, r.SHA256, ErrHubConflict)
		}
		return nil
	case r.Code == http.StatusConflict:
		return fmt.Errorf("batch %d: %s: %w", s.Number, msg, ErrHubConflict)
	case r.Code == http.StatusTooManyRequests, r.Code >= 500, r.Code == http.StatusOK:
		// a 200 without a known status is no acknowledgement
		return fmt.Errorf("batch %d: HTTP %d %s: %w", s.Number, r.Code, msg, ErrHubUnreachable)
	default:
		return fmt.Errorf("batch %d: HTTP %d %s: %w", s.Number, r.Code, msg, ErrHubRefused)
	}
}

// Once sends every waiting batch, one attempt each, stopping at the first
// failure; n is how many batches were delivered.
func (u *Uploader) Once(ctx context.Context) (n int, err error) {
	for {
		sent, err := u.SendNext(ctx)
		if err != nil || !sent {
			return n, err
		}
		n++
	}
}

func (u *Uploader) backOff() backoff.BackOff {
	if u.NewBackOff != nil {
		return u.NewBackOff()
	}
	b := backoff.NewExponentialBackOff()
	b.InitialInterval = time.Second
	b.MaxInterval = 5 * time.Minute
	b.RandomizationFactor = 0.5
	return b
}

// Drain sends until nothing is waiting, retrying network errors, 5xx and
// 429 forever with backoff and jitter. It returns nil when the outbox is
// delivered, an ErrHubConflict or ErrHubRefused error, or the context's.
func (u *Uploader) Drain(ctx context.Context) (n int, err error) {
	_, err = backoff.Retry(ctx, func() (struct{}, error) {
		for {
			sent, err := u.SendNext(ctx)
			if err == nil && !sent {
				return struct{}{}, nil
			}
			if err != nil {
				switch {
				case errors.Is(err, ErrHubConflict), errors.Is(err, ErrHubRefused):
					return struct{}{}, backoff.Permanent(err)
				case ctx.Err() != nil:
					// cancelled while an attempt failed (often because
					// of it): the caller asked to stop, which is not a
					// link failure to report
					return struct{}{}, backoff.Permanent(ctx.Err())
				case errors.Is(err, ErrHubUnreachable):
					return struct{}{}, err
				}
				return struct{}{}, backoff.Permanent(err)
			}
			n++
		}
	}, backoff.WithBackOff(u.backOff()), backoff.WithMaxElapsedTime(0), backoff.WithNotify(func(err error, d time.Duration) {
		if u.Notify != nil {
			u.Notify(err, d)
		}
	}))
	return n, err
}

// Run drains the outbox, then waits for new rows (any database change, or
// Idle) and drains again, until ctx ends or the hub refuses a batch for
// good (a conflict needs a person).
func (u *Uploader) Run(ctx context.Context) error {
	idle := u.Idle
	if idle == 0 {
		idle = time.Minute
	}
	for {
		rev, err := u.Outbox.DB.Revision(ctx)
		if err != nil {
			return err
		}
		if _, err := u.Drain(ctx); err != nil {
			return err
		}
		wctx, cancel := context.WithTimeout(ctx, idle)
		_, _ = u.Outbox.DB.WaitForChange(wctx, rev)
		cancel()
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}
