package main

import (
	"context"
	"errors"
	"fmt"
	"motcua/queue"
	"sort"
	"strings"
)

// runSettings lists the station's settings, or changes one through the
// same checks as the settings screen (`motcua admin`): a script's way to
// name the printers (printer.*, counter.N.printer.*), the forms' signer
// and the policy.
func runSettings(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("settings", "cli.settings")
	pos, err := env.parseWithArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 && !(len(pos) == 3 && pos[0] == "set") {
		fs.Usage()
		return errUsage
	}
	st, err := env.openStation(ctx)
	if err != nil {
		return err
	}
	if len(pos) == 3 {
		if err := st.SetSetting(ctx, pos[1], pos[2]); err != nil {
			return env.settingRefused(err)
		}
		if strings.HasPrefix(pos[1], "serve.") {
			fmt.Fprintln(env.stdout, env.t("cli.settings_set_serve", pos[1], pos[2]))
			return nil
		}
		fmt.Fprintln(env.stdout, env.t("cli.settings_set", pos[1], pos[2]))
		return nil
	}
	cfg, err := st.Config(ctx)
	if err != nil {
		return err
	}
	keys := make([]string, 0, len(cfg.Settings))
	for k := range cfg.Settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(env.stdout, "%s = %s\n", k, cfg.Settings[k])
	}
	return nil
}

// settingRefused prints why a setting's value was refused, as a sentence,
// and makes it a usage error; other errors pass through.
func (env *environment) settingRefused(err error) error {
	var se *queue.SetupError
	switch {
	case errors.As(err, &se):
		fmt.Fprintln(env.stderr, env.t("queue.err.settings", env.t(se.Key, se.Args...)))
		return errUsage
	case errors.Is(err, queue.ErrInvalidSettings):
		fmt.Fprintln(env.stderr, env.t("queue.err.settings", err.Error()))
		return errUsage
	}
	return err
}
