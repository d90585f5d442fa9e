package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"motcua/hub"
	"motcua/store"
	"motcua/sync"
)

// hubOptions are the flags of every motcua hub verb (one set, so they may
// stand anywhere on the line).
type hubOptions struct {
	dir, addr, station, name, url string
	hosts                         []string
}

// hubVerbs are the verbs of motcua hub handled in this file.
var hubVerbs = map[string]bool{"init": true, "serve": true, "enroll": true, "import": true, "export-acks": true,
	"disable": true, "enable": true}

// runHub dispatches motcua hub VERB: export (hub_export.go), report
// (hub_report.go) and no verb at
// all (the district view, hub_view.go) parse their own flags.
func runHub(ctx context.Context, env *environment, args []string) error {
	for i, a := range args {
		if a == "export" {
			return runHubExport(ctx, env, append(append([]string{}, args[:i]...), args[i+1:]...))
		}
		if a == "report" {
			return runHubReport(ctx, env, append(append([]string{}, args[:i]...), args[i+1:]...))
		}
		if hubVerbs[a] {
			return runHubVerb(ctx, env, args)
		}
	}
	return runHubView(ctx, env, args)
}

func runHubVerb(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("hub", "cli.hub")
	// --db is the hub's database here, not a station's
	env.dbPath = os.Getenv("MOTCUA_HUB_DB")
	fs.Lookup("db").Usage = env.t("sync.flag.hub_db")
	var o hubOptions
	fs.StringVar(&o.dir, "dir", os.Getenv("MOTCUA_HUB_DIR"), env.t("sync.flag.hub_dir"))
	fs.StringVar(&o.addr, "addr", ":8443", env.t("sync.flag.addr"))
	fs.StringVar(&o.station, "station", "", env.t("sync.flag.station"))
	fs.StringVar(&o.name, "name", "", env.t("sync.flag.name"))
	fs.StringVar(&o.url, "url", "", env.t("sync.flag.url"))
	fs.Func("host", env.t("sync.flag.host"), func(v string) error { o.hosts = append(o.hosts, v); return nil })
	pos, err := env.parseWithArgs(fs, args)
	if err != nil {
		return err
	}
	if o.dir == "" {
		o.dir = filepath.Join(dataDir(), "hub")
	}
	if env.dbPath == "" {
		env.dbPath = filepath.Join(o.dir, "hub.db")
	}
	verb := ""
	if len(pos) > 0 {
		verb = pos[0]
	}
	switch {
	case verb == "init" && len(pos) == 1:
		return env.hubInit(o)
	case verb == "serve" && len(pos) == 1:
		return env.hubServe(ctx, o)
	case verb == "enroll" && len(pos) == 1:
		return env.hubEnroll(ctx, o)
	case verb == "import" && len(pos) == 2:
		return env.hubImport(ctx, o, pos[1])
	case verb == "export-acks" && len(pos) == 2:
		return env.hubExportAcks(ctx, o, pos[1])
	case (verb == "disable" || verb == "enable") && len(pos) == 1:
		return env.hubSetDisabled(ctx, o, verb == "disable")
	}
	fmt.Fprintln(env.stderr, env.t("sync.usage_hub"))
	fs.Usage()
	return errUsage
}

func (env *environment) hubInit(o hubOptions) error {
	k, err := hub.InitKeys(o.dir, o.hosts, store.SystemClock{}.Now())
	if errors.Is(err, hub.ErrHubExists) {
		fmt.Fprintln(env.stderr, env.t("sync.hub_exists", o.dir))
		return errReported
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(env.stdout, env.t("sync.hub_inited", o.dir, filepath.Join(o.dir, hub.IdentityFile),
		k.Identity.Recipient(), k.Fingerprint))
	return nil
}

// hubKeys loads the hub folder, or says how to make one.
func (env *environment) hubKeys(o hubOptions) (hub.Keys, error) {
	k, err := hub.LoadKeys(o.dir)
	if err != nil {
		fmt.Fprintln(env.stderr, env.t("sync.hub_no_keys", o.dir, o.dir))
		fmt.Fprintln(env.stderr, env.t("cli.detail", err.Error()))
		return hub.Keys{}, errReported
	}
	return k, nil
}

func (env *environment) openHubDB(ctx context.Context) (*hub.Hub, error) {
	h, err := hub.Open(ctx, env.dbPath, hub.Options{})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", env.dbPath, err)
	}
	return h, nil
}

func (env *environment) hubEnroll(ctx context.Context, o hubOptions) error {
	if o.station == "" {
		fmt.Fprintln(env.stderr, env.t("sync.need_station"))
		return errUsage
	}
	if !sync.ValidStationID(o.station) {
		fmt.Fprintln(env.stderr, env.t("sync.bad_station", o.station))
		return errUsage
	}
	k, err := env.hubKeys(o)
	if err != nil {
		return err
	}
	if o.url == "" {
		host, _ := os.Hostname()
		port := o.addr[strings.LastIndex(o.addr, ":")+1:]
		o.url = "https://" + host + ":" + port
	}
	h, err := env.openHubDB(ctx)
	if err != nil {
		return err
	}
	defer h.Close()
	secret, err := h.Enroll(ctx, o.station, o.name)
	if errors.Is(err, hub.ErrAlreadyEnrolled) {
		fmt.Fprintln(env.stderr, env.t("sync.already_enrolled_hub", o.station))
		return errReported
	}
	if err != nil {
		return err
	}
	code := hub.EnrollCode{URL: o.url, Fingerprint: k.Fingerprint, Recipient: k.Identity.Recipient().String(),
		Station: o.station, Secret: secret}
	fmt.Fprintln(env.stdout, env.t("sync.enroll_code", o.station, o.name, code))
	return nil
}

// hubSetDisabled stops (or lets again) a commune's uploads, e.g. for a
// lost or stolen station PC: its batches are then refused with 403.
func (env *environment) hubSetDisabled(ctx context.Context, o hubOptions, disabled bool) error {
	if o.station == "" {
		fmt.Fprintln(env.stderr, env.t("sync.need_station"))
		return errUsage
	}
	h, err := env.openHubDB(ctx)
	if err != nil {
		return err
	}
	defer h.Close()
	if err := h.SetDisabled(ctx, o.station, disabled); err != nil {
		if errors.Is(err, hub.ErrUnknownStation) {
			fmt.Fprintln(env.stderr, env.t("sync.unknown_station", o.station))
			return errReported
		}
		return err
	}
	key := "sync.station_enabled"
	if disabled {
		key = "sync.station_disabled"
	}
	fmt.Fprintln(env.stdout, env.t(key, o.station))
	return nil
}
