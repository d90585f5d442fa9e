package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/charmbracelet/x/term"

	"motcua/queue/accounts"
	"motcua/store"
	"motcua/tui/common"
)

// passwordInput is where passwords and "-" key files are read from: the
// process's standard input; tests replace it.
var passwordInput io.Reader = os.Stdin

// usersFlags are the options of motcua users, and which verbs take each.
type usersFlags struct {
	fs            *flag.FlagSet
	role, name    string
	key           string
	counter       int
	passwordStdin bool
}

var usersFlagVerbs = map[string][]string{
	"role": {"add", "set"}, "counter": {"add", "set"}, "name": {"add", "set"}, "key": {"add"},
	"password-stdin": {"add", "passwd"},
}

// runUsers manages the station's accounts: who may log in to the SSH hall,
// with which role and credentials. Every change is audited (account.change).
func runUsers(ctx context.Context, env *environment, args []string) error {
	f := usersFlags{fs: env.flags("users", "cli.users")}
	f.fs.StringVar(&f.role, "role", "", env.t("cli.flag.users_role"))
	f.fs.IntVar(&f.counter, "counter", 0, env.t("cli.flag.users_counter"))
	f.fs.StringVar(&f.name, "name", "", env.t("cli.flag.users_name"))
	f.fs.BoolVar(&f.passwordStdin, "password-stdin", false, env.t("cli.flag.users_password_stdin"))
	f.fs.StringVar(&f.key, "key", "", env.t("cli.flag.users_key"))
	f.fs.Usage = func() {
		fmt.Fprintf(env.stderr, "motcua users — %s\n\n%s\n\n", env.t("cli.users"), env.t("users.usage"))
		env.printFlags(env.stderr, f.fs)
	}
	pos, err := env.parseWithArgs(f.fs, args)
	if err != nil {
		return err
	}
	if !f.fitsVerb(pos) {
		f.fs.Usage()
		return errUsage
	}
	if _, err := env.openStation(ctx); err != nil {
		return err
	}
	u := usersCmd{env: env, roster: accounts.NewRoster(env.db), f: f}
	switch pos[0] {
	case "list":
		return u.list(ctx)
	case "add":
		return u.add(ctx, pos[1])
	case "disable", "enable":
		return u.setDisabled(ctx, pos[1], pos[0] == "disable")
	case "passwd":
		return u.passwd(ctx, pos[1])
	case "set":
		return u.set(ctx, pos[1])
	}
	return u.keys(ctx, pos[1:])
}

// fitsVerb checks the verb, its number of arguments and its flags.
func (f usersFlags) fitsVerb(pos []string) bool {
	if len(pos) == 0 {
		return false
	}
	verb := pos[0]
	want := map[string][]int{"list": {1}, "add": {2}, "disable": {2}, "enable": {2}, "passwd": {2}, "keys": {2, 3, 4}, "set": {2}}
	counts, ok := want[verb]
	if !ok || !containsInt(counts, len(pos)) {
		return false
	}
	if verb == "keys" && len(pos) > 2 {
		sub := pos[2]
		if !(sub == "list" && len(pos) == 3 || (sub == "add" || sub == "remove") && len(pos) == 4) {
			return false
		}
	}
	fits := true
	f.fs.Visit(func(fl *flag.Flag) {
		if verbs, ok := usersFlagVerbs[fl.Name]; ok && !containsString(verbs, verb) {
			fits = false
		}
	})
	return fits
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func containsString(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// usersCmd runs one verb of motcua users.
type usersCmd struct {
	env    *environment
	roster *accounts.Roster
	f      usersFlags
}

// refused prints an account error as a sentence naming the account: a
// name, role, password or key to correct is a usage error (2), the rest 1.
func (u usersCmd) refused(name string, err error) error {
	msg, ok := accounts.Message(u.env.lang, err)
	if !ok {
		return err
	}
	fmt.Fprintf(u.env.stderr, "%s: %s\n", common.Sanitize(name), msg)
	for _, fix := range []error{accounts.ErrInvalidName, accounts.ErrInvalidFullName, accounts.ErrInvalidRole,
		accounts.ErrInvalidCounter, accounts.ErrUnknownCounter, accounts.ErrWeakPassword, accounts.ErrInvalidKey} {
		if errors.Is(err, fix) {
			return errUsage
		}
	}
	return errReported
}

func (u usersCmd) add(ctx context.Context, name string) error {
	role, err := accounts.ParseRole(u.f.role)
	if err != nil {
		return u.refused(name, err)
	}
	if err := accounts.ValidateName(name); err != nil {
		return u.refused(name, err)
	}
	var keys []accounts.Key
	if u.f.key != "" {
		if keys, err = u.readKeys(u.f.key); err != nil {
			return err
		}
	}
	password := ""
	if u.f.passwordStdin || u.f.key == "" {
		if password, err = u.newPassword(name); err != nil {
			return err
		}
	}
	a := accounts.Account{Name: name, FullName: u.f.name, Role: role, Counter: u.f.counter}
	if err := u.roster.Add(ctx, a, password); err != nil {
		return u.refused(name, err)
	}
	for _, k := range keys {
		if err := u.roster.AddKey(ctx, name, k.Line); err != nil {
			return u.refused(name, err)
		}
	}
	fmt.Fprintln(u.env.stdout, u.env.t("users.added", name, u.env.t(role.Key())))
	return nil
}

func (u usersCmd) setDisabled(ctx context.Context, name string, disabled bool) error {
	if err := u.roster.SetDisabled(ctx, name, disabled); err != nil {
		return u.refused(name, err)
	}
	key := "users.enabled"
	if disabled {
		key = "users.disabled"
	}
	fmt.Fprintln(u.env.stdout, u.env.t(key, name))
	return nil
}

func (u usersCmd) passwd(ctx context.Context, name string) error {
	if _, err := u.roster.Get(ctx, name); err != nil {
		return u.refused(name, err)
	}
	password, err := u.newPassword(name)
	if err != nil {
		return err
	}
	if err := u.roster.SetPassword(ctx, name, password); err != nil {
		return u.refused(name, err)
	}
	fmt.Fprintln(u.env.stdout, u.env.t("users.password_set", name))
	return nil
}

// list prints the accounts as a table.
func (u usersCmd) list(ctx context.Context) error {
	all, err := u.roster.List(ctx)
	if err != nil {
		return err
	}
	if len(all) == 0 {
		fmt.Fprintln(u.env.stdout, u.env.t("users.none"))
		return nil
	}
	t := u.env.t
	w := tabwriter.NewWriter(u.env.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, strings.Join([]string{t("users.col.name"), t("users.col.full_name"), t("users.col.role"),
		t("users.col.counter"), t("users.col.password"), t("users.col.keys"), t("users.col.state")}, "\t"))
	now := store.SystemClock{}.Now()
	for _, a := range all {
		counter, password, state := t("users.any_counter"), t("users.no"), t("users.state.active")
		if a.Counter != 0 {
			counter = strconv.Itoa(a.Counter)
		}
		if a.HasPassword {
			password = t("users.yes")
		}
		switch {
		case a.Disabled:
			state = t("users.state.disabled")
		case a.Locked(now):
			state = t("users.state.locked", a.LockedUntil.In(store.Local).Format("15:04 02/01/2006"))
		}
		full := common.Sanitize(a.FullName)
		if full == "" {
			full = "—"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%d\t%s\n", a.Name, full, a.Role, counter, password, len(a.Keys), state)
	}
	return w.Flush()
}

// newPassword reads the new password of the account: the first line of
// standard input with --password-stdin, else typed twice on the terminal
// without echo.
func (u usersCmd) newPassword(name string) (string, error) {
	if u.f.passwordStdin {
		line, err := bufio.NewReader(io.LimitReader(passwordInput, 4096)).ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return "", fmt.Errorf("read password: %w", err)
		}
		return strings.TrimRight(line, "\r\n"), nil
	}
	f, ok := passwordInput.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		fmt.Fprintln(u.env.stderr, u.env.t("users.password_needed"))
		return "", errUsage
	}
	fmt.Fprint(u.env.stderr, u.env.t("users.prompt_password", name))
	first, err := term.ReadPassword(f.Fd())
	fmt.Fprintln(u.env.stderr)
	if err != nil {
		return "", fmt.Errorf("read password: %w", err)
	}
	fmt.Fprint(u.env.stderr, u.env.t("users.prompt_again"))
	again, err := term.ReadPassword(f.Fd())
	fmt.Fprintln(u.env.stderr)
	if err != nil {
		return "", fmt.Errorf("read password: %w", err)
	}
	if string(first) != string(again) {
		fmt.Fprintln(u.env.stderr, u.env.t("users.password_differs"))
		return "", errUsage
	}
	return string(first), nil
}
