package main

import (
	"context"
	"flag"
	"fmt"

	"motcua/queue/accounts"
)

// set changes what was given of an account: its role, counter or full
// name (motcua users set NAME --counter 3). Its keys, password and state
// stay.
func (u usersCmd) set(ctx context.Context, name string) error {
	var c accounts.Change
	var err error
	u.f.fs.Visit(func(fl *flag.Flag) {
		switch fl.Name {
		case "role":
			var r accounts.Role
			if r, err = accounts.ParseRole(u.f.role); err == nil {
				c.Role = &r
			}
		case "counter":
			c.Counter = &u.f.counter
		case "name":
			c.FullName = &u.f.name
		}
	})
	if err != nil {
		return u.refused(name, err)
	}
	if c == (accounts.Change{}) {
		fmt.Fprintln(u.env.stderr, u.env.t("users.nothing_to_set"))
		return errUsage
	}
	if err := u.roster.Update(ctx, name, c); err != nil {
		return u.refused(name, err)
	}
	fmt.Fprintln(u.env.stdout, u.env.t("users.updated", name))
	return nil
}
