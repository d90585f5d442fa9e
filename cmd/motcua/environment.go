package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"motcua/assets"
	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/queue"
	"motcua/store"
	"motcua/tui/common"
)

// environment is what every subcommand shares: where output goes, the
// language, and the database once opened.
type environment struct {
	stdout, stderr io.Writer
	lang           i18n.Lang
	dbPath         string
	db             *store.DB
}

func newEnvironment(stdout, stderr io.Writer) *environment {
	env := &environment{stdout: stdout, stderr: stderr, lang: i18n.VI}
	if strings.EqualFold(os.Getenv("MOTCUA_LANG"), "en") {
		env.lang = i18n.EN
	}
	return env
}

// langFromArgs reads --lang before the flags are parsed, for the
// messages printed before any flag set exists.
func (env *environment) langFromArgs(args []string) {
	for i, a := range args {
		v, ok := "", false
		switch {
		case a == "--lang" || a == "-lang":
			if i+1 < len(args) {
				v, ok = args[i+1], true
			}
		case strings.HasPrefix(a, "--lang="), strings.HasPrefix(a, "-lang="):
			v, ok = a[strings.Index(a, "=")+1:], true
		}
		if ok && strings.EqualFold(v, "en") {
			env.lang = i18n.EN
		} else if ok && strings.EqualFold(v, "vi") {
			env.lang = i18n.VI
		}
	}
}

func (env *environment) t(key string, args ...any) string { return i18n.T(env.lang, key, args...) }

// errUsage marks a command line the user must correct; its message was
// already printed.
var errUsage = errors.New("usage")

// errReported is a failure whose sentence was already printed; it exits
// with the generic error code.
var errReported = errors.New("reported")

// flags returns a flag set with the options every subcommand takes; its -h
// text is the subcommand's description (descKey) and its flags.
func (env *environment) flags(name, descKey string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // its English messages: see parseFlags
	fs.Usage = func() {
		fmt.Fprintf(env.stderr, "motcua %s — %s\n\n", name, env.t(descKey))
		env.printFlags(env.stderr, fs)
	}
	fs.StringVar(&env.dbPath, "db", os.Getenv("MOTCUA_DB"), env.t("cli.flag.db"))
	fs.Func("lang", env.t("cli.flag.lang"), func(v string) error {
		switch strings.ToLower(v) {
		case "vi":
			env.lang = i18n.VI
		case "en":
			env.lang = i18n.EN
		default:
			return errors.New(env.t("cli.bad_lang", v))
		}
		return nil
	})
	return fs
}

// parse parses args, turning -h and bad flags into errUsage.
func (env *environment) parse(fs *flag.FlagSet, args []string) error {
	if err := env.parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(env.stderr, env.t("cli.extra_args", strings.Join(fs.Args(), " ")))
		return errUsage
	}
	return nil
}

var errHelpShown = errors.New("help shown")

// parseWithArgs parses flags that may stand before or after the
// positional arguments ("import FILE --db x.db") and returns the latter.
func (env *environment) parseWithArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := env.parseFlags(fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// openStation opens the database (the default one of this user when no
// --db or MOTCUA_DB is given) and seeds the demo commune on first run.
func (env *environment) openStation(ctx context.Context) (*queue.Station, error) {
	if env.dbPath == "" {
		env.dbPath = filepath.Join(dataDir(), "motcua.db")
	}
	db, err := store.Open(ctx, env.dbPath, store.Options{})
	if err != nil {
		return nil, err
	}
	env.db = db
	st := queue.NewStation(db)
	seeded, err := st.Seeded(ctx)
	if err != nil {
		return nil, err
	}
	if !seeded {
		demo, err := assets.DemoCommune()
		if err != nil {
			return nil, err
		}
		if err := st.Seed(ctx, demo); err != nil {
			return nil, err
		}
	}
	// The demo catalog and the shipped holidays, unless the commune has
	// imported its own (both leave a filled table alone).
	if _, err := intake.SeedCatalog(ctx, db); err != nil {
		return nil, err
	}
	if _, err := intake.SeedHolidays(ctx, db); err != nil {
		return nil, err
	}
	return st, nil
}

// exit prints err as a sentence in the user's language and returns the
// exit code for it.
func (env *environment) exit(err error) int {
	if env.db != nil {
		env.db.Close()
	}
	switch {
	case err == nil, errors.Is(err, errHelpShown):
		return exitOK
	case errors.Is(err, errUsage):
		return exitUsage
	case errors.Is(err, errReported):
		return exitError
	}
	codes := map[string]int{"db.locked": exitLocked, "db.readonly": exitReadOnly, "db.corrupt": exitCorrupt,
		"db.toonew": exitTooNew, "db.cannot_open": exitCannotOpen}
	if key := common.StoreErrorKey(err); key != "" {
		fmt.Fprintln(env.stderr, env.t(key, env.dbPath))
		fmt.Fprintln(env.stderr, env.t("cli.detail", err.Error()))
		return codes[key]
	}
	fmt.Fprintln(env.stderr, env.t("cli.failed", err.Error()))
	return exitError
}

// dataDir is where motcua keeps its database when not told otherwise: the
// per-user data directory of the operating system.
func dataDir() string {
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "windows":
		if d := os.Getenv("LOCALAPPDATA"); d != "" {
			return filepath.Join(d, "motcua")
		}
		return filepath.Join(home, "AppData", "Local", "motcua")
	case "darwin":
		return filepath.Join(home, "Library", "Application Support", "motcua")
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "motcua")
	}
	return filepath.Join(home, ".local", "share", "motcua")
}

// usage prints the list of subcommands.
func (env *environment) usage(w io.Writer) {
	fmt.Fprintln(w, env.t("cli.usage"))
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  %-10s %s\n", "motcua", env.t("cli.launcher"))
	for _, sc := range subcommands() {
		fmt.Fprintf(w, "  %-10s %s\n", sc.name, env.t(sc.usage))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, env.t("cli.common_flags"))
	fmt.Fprintln(w, env.t("cli.more_help"))
}
