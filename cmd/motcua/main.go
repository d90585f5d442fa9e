// Command motcua is the one-stop counter application of a Vietnamese
// commune: a kiosk that issues queue tickets, counter screens for clerks and
// a board for the hall, all on one local SQLite file.
//
// One file per subcommand; this one dispatches. Every failure reaches the
// user as a sentence from the translation table and an exit code, never a
// stack trace.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
)

// Exit codes, documented in the README.
const (
	exitOK         = 0
	exitError      = 1
	exitUsage      = 2
	exitLocked     = 3
	exitReadOnly   = 4
	exitCorrupt    = 5
	exitTooNew     = 6
	exitCannotOpen = 7
)

// subcommand is one verb of the command line.
type subcommand struct {
	name  string
	usage string // translation key of its one-line description
	run   func(ctx context.Context, env *environment, args []string) error
}

func subcommands() []subcommand {
	return []subcommand{
		{"kiosk", "cli.kiosk", runKiosk},
		{"counter", "cli.counter", runCounter},
		{"board", "cli.board", runBoard},
		{"rate", "cli.rate", runRate},
		{"catalog", "cli.catalog", runCatalog},
		{"holidays", "cli.holidays", runHolidays},
		{"report", "cli.report", runReport},
		{"register", "cli.register", runRegister},
		{"print-test", "cli.print_test", runPrintTest},
		{"admin", "cli.admin", runAdmin},
		{"settings", "cli.settings", runSettings},
		{"users", "cli.users", runUsers},
		{"hub", "cli.hub", runHub},
		{"sync", "cli.sync", runSync},
		{"serve", "cli.serve", runServe},
		{"version", "cli.version", runVersion},
	}
}

func main() {
	// Bubble Tea turns SIGINT and SIGTERM into a clean quit itself; a
	// context cancelled by the same signal raced it and could hang the
	// shutdown, so none is used here.
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: tests call it directly.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	env := newEnvironment(stdout, stderr)
	env.langFromArgs(args) // so that help and "unknown command" follow --lang too
	name, args := splitCommand(args)
	switch name {
	case "":
		return env.exit(runLauncher(ctx, env, args))
	case "help":
		env.usage(stdout)
		return exitOK
	}
	for _, sc := range subcommands() {
		if sc.name == name {
			return env.exit(sc.run(ctx, env, args))
		}
	}
	fmt.Fprintln(stderr, env.t("cli.unknown_command", name))
	env.usage(stderr)
	return exitUsage
}

// splitCommand finds the subcommand, allowing the common flags before it
// ("motcua --db x.db board"): the first argument that names a command and
// is not the value of a flag.
func splitCommand(args []string) (string, []string) {
	known := map[string]bool{"help": true}
	for _, sc := range subcommands() {
		known[sc.name] = true
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if known[a] {
			rest := append(append([]string{}, args[:i]...), args[i+1:]...)
			return a, rest
		}
		if len(a) == 0 || a[0] != '-' {
			return a, append(append([]string{}, args[:i]...), args[i+1:]...)
		}
		if a == "--" {
			break
		}
		// A flag without "=" takes the next argument as its value, except
		// the boolean ones.
		if !strings.Contains(a, "=") && !boolFlags[strings.TrimLeft(a, "-")] {
			i++
		}
	}
	return "", args
}

// boolFlags are the flags that take no value.
var boolFlags = map[string]bool{"screen": true, "no-bell": true, "h": true, "help": true, "once": true, "audit": true}
