package main

import (
	"context"

	"motcua/tui/rating"
)

// runRate opens the citizen satisfaction screen of one counter. The
// counter must be given and must exist: a screen asking about the wrong
// counter would credit its ratings to another desk.
func runRate(ctx context.Context, env *environment, args []string) error {
	fs := env.flags("rate", "cli.rate")
	number := fs.Int("counter", 0, env.t("cli.flag.rate_counter"))
	timeout := fs.Duration("timeout", rating.DefaultTimeout, env.t("cli.flag.rate_timeout"))
	if err := env.parse(fs, args); err != nil {
		return err
	}
	st, err := env.openCounterStation(ctx, *number)
	if err != nil {
		return err
	}
	kit := screenKit{env: env, st: st}
	return rating.Run(ctx, kit.rating(*number, *timeout))
}
