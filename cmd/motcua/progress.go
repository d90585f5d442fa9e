package main

import (
	"fmt"
	"os"

	"github.com/charmbracelet/x/term"

	"motcua/queue/report"
)

// quietProgressSteps is the size from which a report tells its progress
// even when standard error is not a terminal (a log file): a line every
// quarter, so a long run shows it is alive without filling the log.
const quietProgressSteps = 50000

// progress is how a long report or export tells how far it has come on
// standard error, in the words of key (a "%d %%" sentence): on a terminal
// one line redrawn at every percent and ended when done; elsewhere a line
// every quarter for long runs, nothing for short.
func (env *environment) progress(key string) report.Progress {
	f, ok := env.stderr.(*os.File)
	tty := ok && term.IsTerminal(f.Fd())
	last := -1
	return func(done, total int) {
		if total == 0 {
			return
		}
		pct := 100 * done / total
		switch {
		case tty && pct != last:
			fmt.Fprintf(env.stderr, "\r%s", env.t(key, pct))
			if done == total {
				fmt.Fprintln(env.stderr)
			}
		case !tty && total >= quietProgressSteps && (last < 0 || pct/25 != last/25):
			fmt.Fprintln(env.stderr, env.t(key, pct))
		default:
			return
		}
		last = pct
	}
}
