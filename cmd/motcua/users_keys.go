package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"motcua/queue/accounts"
)

// keys runs motcua users keys NAME [list | add FILE | remove FINGERPRINT].
func (u usersCmd) keys(ctx context.Context, args []string) error {
	name := args[0]
	if len(args) == 1 || args[1] == "list" {
		return u.listKeys(ctx, name)
	}
	if args[1] == "remove" {
		if err := u.roster.RemoveKey(ctx, name, args[2]); err != nil {
			return u.refused(name, err)
		}
		fmt.Fprintln(u.env.stdout, u.env.t("users.key_removed", args[2], name))
		return nil
	}
	if _, err := u.roster.Get(ctx, name); err != nil {
		return u.refused(name, err)
	}
	keys, err := u.readKeys(args[2])
	if err != nil {
		return err
	}
	for _, k := range keys {
		if err := u.roster.AddKey(ctx, name, k.Line); err != nil {
			return u.refused(name, err)
		}
		fmt.Fprintln(u.env.stdout, u.env.t("users.key_added", k.Fingerprint, name))
	}
	return nil
}

// listKeys prints each key of the account: fingerprint, type, comment.
func (u usersCmd) listKeys(ctx context.Context, name string) error {
	a, err := u.roster.Get(ctx, name)
	if err != nil {
		return u.refused(name, err)
	}
	if len(a.Keys) == 0 {
		fmt.Fprintln(u.env.stdout, u.env.t("users.no_keys", name))
		return nil
	}
	for _, line := range a.Keys {
		k, err := accounts.ParseKey(line)
		if err != nil {
			return fmt.Errorf("stored key of %s: %w", name, err)
		}
		fmt.Fprintf(u.env.stdout, "%s  %s  %s\n", k.Fingerprint, k.Type, k.Comment)
	}
	return nil
}

// readKeys reads an authorized_keys file ("-" = standard input): one key a
// line, blank lines and # comments skipped. Every line must be a usable
// key, so that a file is taken whole or not at all.
func (u usersCmd) readKeys(path string) ([]accounts.Key, error) {
	var r io.Reader = passwordInput
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintln(u.env.stderr, u.env.t("users.key_file", path, err.Error()))
			return nil, errReported
		}
		defer f.Close()
		r = f
	}
	var keys []accounts.Key
	sc := bufio.NewScanner(io.LimitReader(r, 1<<20))
	sc.Buffer(make([]byte, 0, 64*1024), accounts.MaxKeyLineLen+2)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, err := accounts.ParseKey(line)
		if err != nil {
			msg, _ := accounts.Message(u.env.lang, err)
			fmt.Fprintln(u.env.stderr, u.env.t("users.key_line", n, msg))
			return nil, errUsage
		}
		keys = append(keys, k)
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(u.env.stderr, u.env.t("users.key_file", path, err.Error()))
		return nil, errReported
	}
	if len(keys) == 0 {
		msg, _ := accounts.Message(u.env.lang, accounts.ErrInvalidKey)
		fmt.Fprintln(u.env.stderr, u.env.t("users.key_file", path, msg))
		return nil, errUsage
	}
	return keys, nil
}
