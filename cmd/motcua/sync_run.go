package main

import (
	"context"
	"errors"
	"fmt"
	"os/signal"
	"syscall"
	"time"

	"motcua/store"
	"motcua/sync"
)

// syncRun is motcua sync: with --once, send what is waiting (one attempt
// per batch) and exit; otherwise keep sending, retrying forever with
// backoff, until SIGINT or SIGTERM.
func (env *environment) syncRun(ctx context.Context, o syncOptions) error {
	db, e, l, err := env.stationLink(ctx)
	if err != nil {
		return err
	}
	u := env.uploader(db, e, l, o.timeout)
	if o.once {
		n, err := u.Once(ctx)
		if err != nil {
			return env.linkFailure(l.URL, err)
		}
		if n == 0 {
			fmt.Fprintln(env.stdout, env.t("sync.nothing"))
		} else {
			fmt.Fprintln(env.stdout, env.t("sync.sent", n))
		}
		return nil
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	fmt.Fprintln(env.stdout, env.t("sync.running", l.URL))
	err = u.Run(ctx)
	if ctx.Err() != nil && errors.Is(err, context.Canceled) {
		return nil
	}
	return env.linkFailure(l.URL, err)
}

// uploader sends the station's outbox to its hub, telling stderr about
// each retry; motcua sync and motcua serve run it.
func (env *environment) uploader(db *store.DB, e sync.Enrollment, l sync.Link, timeout time.Duration) *sync.Uploader {
	return &sync.Uploader{
		Outbox: sync.NewOutbox(db, e, version),
		Client: sync.NewClient(l.URL, l.Fingerprint, timeout),
		Notify: func(err error, wait time.Duration) {
			fmt.Fprintln(env.stderr, env.t("sync.retrying", err, wait.Round(time.Second)))
		},
	}
}
