package main

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"strings"
	"time"

	"filippo.io/age"

	"motcua/hub"
	"motcua/store"
	"motcua/sync"
)

// syncOptions are the flags of every motcua sync verb.
type syncOptions struct {
	once    bool
	timeout time.Duration
}

// runSync dispatches motcua sync [VERB].
func runSync(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("sync", "cli.sync")
	var o syncOptions
	fs.BoolVar(&o.once, "once", false, env.t("sync.flag.once"))
	fs.DurationVar(&o.timeout, "timeout", 2*time.Minute, env.t("sync.flag.timeout"))
	pos, err := env.parseWithArgs(fs, args)
	if err != nil {
		return err
	}
	verb := ""
	if len(pos) > 0 {
		verb = pos[0]
	}
	switch {
	case verb == "" && len(pos) == 0:
		return env.syncRun(ctx, o)
	case verb == "enroll" && len(pos) >= 2:
		// a code pasted with spaces arrives as several arguments
		return env.syncEnroll(ctx, o, strings.Join(pos[1:], ""))
	case verb == "status" && len(pos) == 1:
		return env.syncStatus(ctx)
	case verb == "export" && len(pos) == 2:
		return env.syncExport(ctx, pos[1])
	case verb == "import-acks" && len(pos) == 2:
		return env.syncImportAcks(ctx, pos[1])
	}
	fmt.Fprintln(env.stderr, env.t("sync.usage_sync"))
	fs.Usage()
	return errUsage
}

func (env *environment) syncEnroll(ctx context.Context, o syncOptions, text string) error {
	code, err := hub.ParseEnrollCode(text)
	if err != nil {
		fmt.Fprintln(env.stderr, env.t("sync.bad_code"))
		fmt.Fprintln(env.stderr, env.t("cli.detail", err.Error()))
		return errUsage
	}
	recipient, err := age.ParseX25519Recipient(code.Recipient)
	if err != nil || !sync.ValidStationID(code.Station) {
		fmt.Fprintln(env.stderr, env.t("sync.bad_code"))
		return errUsage
	}
	st, err := env.openStation(ctx)
	if err != nil {
		return err
	}
	db := st.DB()
	// The key is stored before the hub is asked, so a lost answer can be
	// retried with the same key (the hub answers 200 again for the key
	// that spent the secret); the link is stored only after the 200, and
	// its URL is what makes the station enrolled.
	e, err := sync.LoadEnrollment(ctx, db)
	switch {
	case errors.Is(err, sync.ErrNotEnrolled):
	case err != nil:
		return err
	default:
		if l, err := sync.LoadLink(ctx, db); err != nil || l.URL != "" || e.Station != code.Station {
			fmt.Fprintln(env.stderr, env.t("sync.station_enrolled", e.Station, l.URL))
			return errReported
		}
	}
	key := e.Key
	if e.Station != code.Station {
		if key, err = sync.NewStationKey(); err != nil {
			return err
		}
	}
	if err := sync.SaveEnrollment(ctx, db, sync.Enrollment{Station: code.Station, Key: key, Hub: recipient}); err != nil {
		return err
	}
	client := sync.NewClient(code.URL, code.Fingerprint, o.timeout)
	r, err := client.Enroll(ctx, db.Clock().Now, code.Station, code.Secret, key.Public().(ed25519.PublicKey))
	if err != nil {
		return env.linkFailure(code.URL, fmt.Errorf("%w: %w", err, sync.ErrHubUnreachable))
	}
	if r.Code != 200 {
		fmt.Fprintln(env.stderr, env.t("sync.enroll_refused", r.Code, r.Message))
		return errReported
	}
	if err := sync.SaveLink(ctx, db, code.URL, code.Fingerprint); err != nil {
		return err
	}
	fmt.Fprintln(env.stdout, env.t("sync.enrolled", code.Station, code.URL))
	return nil
}

// linkFailure prints a sync error as a plain sentence.
func (env *environment) linkFailure(url string, err error) error {
	switch {
	case errors.Is(err, sync.ErrPinMismatch):
		fmt.Fprintln(env.stderr, env.t("sync.pin_mismatch", url))
	case errors.Is(err, sync.ErrHubConflict):
		fmt.Fprintln(env.stderr, env.t("sync.conflict", err.Error()))
	case errors.Is(err, sync.ErrHubRefused):
		fmt.Fprintln(env.stderr, env.t("sync.refused", err.Error()))
	case errors.Is(err, sync.ErrHubUnreachable):
		fmt.Fprintln(env.stderr, env.t("sync.unreachable", err.Error()))
	case errors.Is(err, sync.ErrNotEnrolled):
		fmt.Fprintln(env.stderr, env.t("sync.not_enrolled"))
	default:
		return err
	}
	return errReported
}

// stationLink opens the station and its enrollment, or says how to enroll.
func (env *environment) stationLink(ctx context.Context) (*store.DB, sync.Enrollment, sync.Link, error) {
	st, err := env.openStation(ctx)
	if err != nil {
		return nil, sync.Enrollment{}, sync.Link{}, err
	}
	db := st.DB()
	e, err := sync.LoadEnrollment(ctx, db)
	if err != nil {
		return nil, sync.Enrollment{}, sync.Link{}, env.linkFailure("", err)
	}
	l, err := sync.LoadLink(ctx, db)
	if err != nil {
		return nil, sync.Enrollment{}, sync.Link{}, err
	}
	if l.URL == "" { // enrollment begun, the hub never confirmed it
		return nil, sync.Enrollment{}, sync.Link{}, env.linkFailure("", sync.ErrNotEnrolled)
	}
	return db, e, l, nil
}

func (env *environment) syncStatus(ctx context.Context) error {
	db, e, l, err := env.stationLink(ctx)
	if err != nil {
		return err
	}
	b, err := sync.NewOutbox(db, e, version).Backlog(ctx)
	if err != nil {
		return err
	}
	w := env.stdout
	fmt.Fprintln(w, env.t("sync.status_station", e.Station))
	fmt.Fprintln(w, env.t("sync.status_hub", l.URL))
	fmt.Fprintln(w, env.t("sync.status_waiting", b.Records, b.Batches))
	if l.LastSuccess.IsZero() {
		fmt.Fprintln(w, env.t("sync.status_success", env.t("sync.status_never")))
	} else {
		fmt.Fprintln(w, env.t("sync.status_success", localTime(l.LastSuccess)))
	}
	if l.LastError == "" {
		fmt.Fprintln(w, env.t("sync.status_no_error"))
	} else {
		fmt.Fprintln(w, env.t("sync.status_error", l.LastError, localTime(l.LastErrorAt)))
	}
	if !l.HaveOffset {
		fmt.Fprintln(w, env.t("sync.status_offset_unknown"))
	} else {
		fmt.Fprintln(w, env.t("sync.status_offset", signedDuration(l.ClockOffset)))
	}
	if l.ClockOff() {
		fmt.Fprintln(w, env.t("sync.status_clock_off"))
	}
	return nil
}

func localTime(t time.Time) string { return t.In(store.Local).Format("2006-01-02 15:04:05") }

func signedDuration(d time.Duration) string {
	if d >= 0 {
		return "+" + d.Round(time.Second).String()
	}
	return d.Round(time.Second).String()
}
