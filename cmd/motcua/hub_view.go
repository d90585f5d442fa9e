// This file implements `motcua hub` with no verb: the district view
// (tui/district) over the hub's database.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"motcua/hub"
	"motcua/tui/district"
)

// hubDBFlags gives fs the hub's --db, defaulting like the other hub verbs
// (hub_cmd.go): MOTCUA_HUB_DB, else hub.db in MOTCUA_HUB_DIR or in the
// user's data folder, so the view reads what `motcua hub serve` stores.
func (env *environment) hubDBFlags(fs *flag.FlagSet) {
	env.dbPath = os.Getenv("MOTCUA_HUB_DB")
	fs.Lookup("db").Usage = env.t("district.cli.flag.hub_db")
}

// defaultHubDB is the hub database when --db and MOTCUA_HUB_DB are unset.
func defaultHubDB() string {
	dir := os.Getenv("MOTCUA_HUB_DIR")
	if dir == "" {
		dir = filepath.Join(dataDir(), "hub")
	}
	return filepath.Join(dir, "hub.db")
}

// openHub opens the hub database named by env.dbPath (or the default).
func (env *environment) openHub(ctx context.Context) (*hub.Hub, error) {
	if env.dbPath == "" {
		env.dbPath = defaultHubDB()
	}
	return hub.Open(ctx, env.dbPath, hub.Options{})
}

// runHubView runs the district view: motcua hub [--db DSN] [--label huyện|tỉnh].
func runHubView(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("hub", "district.cli.hub_view")
	env.hubDBFlags(fs)
	label := fs.String("label", "huyện", env.t("district.cli.flag.hub_label"))
	if err := env.parse(fs, args); err != nil {
		return err
	}
	switch strings.ToLower(*label) {
	case "huyện", "huyen", "district":
		*label = "huyện"
	case "tỉnh", "tinh", "province":
		*label = "tỉnh"
	default:
		fmt.Fprintln(env.stderr, env.t("district.cli.bad_label", *label))
		return errUsage
	}
	h, err := env.openHub(ctx)
	if err != nil {
		return err
	}
	defer h.Close()
	return district.Run(ctx, district.Options{Hub: h, Lang: env.lang, Standalone: true, Label: *label})
}
