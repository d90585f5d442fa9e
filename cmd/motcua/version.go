package main

import (
	"context"
	"fmt"
	"runtime/debug"

	"motcua/store"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func runVersion(_ context.Context, env *environment, args []string) error {
	fs := env.flags("version", "cli.version")
	if err := env.parse(fs, args); err != nil {
		return err
	}
	v := version
	if info, ok := debug.ReadBuildInfo(); ok && v == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	fmt.Fprintln(env.stdout, env.t("cli.version_line", v, store.SchemaVersion()))
	return nil
}
