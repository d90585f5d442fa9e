package main

import (
	"context"
	"flag"
	"fmt"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"motcua/queue"
	"motcua/queue/accounts"
	"motcua/sync"
	"motcua/tui/hall"
)

// serveOptions are the flags of motcua serve; each falls back to the
// station's setting (serve.listen, serve.idle, serve.max_sessions) when
// not given.
type serveOptions struct {
	listen, hostKey string
	idle            time.Duration
	maxSessions     int
}

// runServe is motcua serve: the SSH hall, and the sync uploader when the
// station is enrolled, until SIGINT or SIGTERM.
func runServe(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("serve", "cli.serve")
	pf := env.printerFlags(fs)
	var o serveOptions
	fs.StringVar(&o.listen, "listen", hall.DefaultAddr, env.t("cli.flag.listen"))
	fs.StringVar(&o.hostKey, "host-key", "", env.t("cli.flag.host_key"))
	fs.DurationVar(&o.idle, "idle", 30*time.Minute, env.t("cli.flag.idle"))
	fs.IntVar(&o.maxSessions, "max-sessions", hall.DefaultMaxSessions, env.t("cli.flag.max_sessions"))
	if err := env.parse(fs, args); err != nil {
		return err
	}
	st, err := env.openStation(ctx)
	if err != nil {
		return err
	}
	if err := env.serveSettings(ctx, st, fs, &o); err != nil {
		return err
	}
	if o.hostKey == "" {
		o.hostKey = filepath.Join(filepath.Dir(env.dbPath), "ssh_host_ed25519_key")
	}
	kit, err := env.screenKit(ctx, st, pf)
	if err != nil {
		return err
	}
	srv, err := hall.New(hall.Options{Addr: o.listen, HostKeyPath: o.hostKey, Roster: accounts.NewRoster(st.DB()),
		Station: st, Screens: kit.hall(), Lang: env.lang, IdleTimeout: o.idle, MaxSessions: o.maxSessions, Log: env.stderr})
	if err != nil {
		return err
	}
	fp, err := hall.HostKeyFingerprint(o.hostKey)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	env.serveSync(ctx, st)
	served := make(chan error, 1)
	go func() { served <- srv.ListenAndServe() }()
	fmt.Fprintln(env.stdout, env.t("serve.listening", o.listen, o.hostKey, fp))
	select {
	case err = <-served:
		return err
	case <-ctx.Done():
	}
	srv.Close(5 * time.Second)
	fmt.Fprintln(env.stdout, env.t("serve.stopped"))
	return nil
}

// serveSettings fills the flags not given from the station's settings.
func (env *environment) serveSettings(ctx context.Context, st *queue.Station, fs *flag.FlagSet, o *serveOptions) error {
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	cfg, err := st.Config(ctx)
	if err != nil {
		return err
	}
	// a value stored before settings were checked, or by hand
	setting := func(key, flag string) (string, error) {
		v := cfg.Settings[key]
		if v == "" || given[flag] {
			return "", nil
		}
		v, err := queue.CheckSetting(key, v)
		if err != nil {
			return "", env.settingRefused(err)
		}
		return v, nil
	}
	if v, err := setting("serve.listen", "listen"); err != nil {
		return err
	} else if v != "" {
		o.listen = v
	}
	if v, err := setting("serve.idle", "idle"); err != nil {
		return err
	} else if v != "" {
		o.idle, _ = time.ParseDuration(v) // checked; "0" is never
	}
	if v, err := setting("serve.max_sessions", "max-sessions"); err != nil {
		return err
	} else if v != "" {
		o.maxSessions, _ = strconv.Atoi(v) // checked: 1 to 1000
	}
	return nil
}

// serveSync starts the uploader of an enrolled station in the
// background; a station without a hub serves the hall alone.
func (env *environment) serveSync(ctx context.Context, st *queue.Station) {
	db := st.DB()
	e, err := sync.LoadEnrollment(ctx, db)
	if err != nil {
		return
	}
	l, err := sync.LoadLink(ctx, db)
	if err != nil || l.URL == "" {
		return
	}
	u := env.uploader(db, e, l, 2*time.Minute)
	fmt.Fprintln(env.stdout, env.t("serve.sync_running", l.URL))
	go func() {
		// Run ends only with ctx or with a failure retrying cannot mend.
		if err := u.Run(ctx); ctx.Err() == nil {
			_ = env.linkFailure(l.URL, err)
		}
	}()
}
