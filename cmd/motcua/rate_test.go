package main

import (
	"path/filepath"
	"testing"
)

// rate needs a counter that exists; it says which ones do.
func TestRateNeedsACounter(t *testing.T) {
	db := filepath.Join(t.TempDir(), "station.db")
	runCLI(t, "rate", "--db", db, "--lang", "vi").want(t, exitUsage, vi("cli.no_such_counter", 0, "1, 2, 3"))
	runCLI(t, "rate", "--counter", "9", "--db", db, "--lang", "vi").want(t, exitUsage, vi("cli.no_such_counter", 9, "1, 2, 3"))
	r := runCLI(t, "rate", "-h", "--lang", "vi")
	r.want(t, exitOK, vi("cli.rate"), "-counter", "-timeout")
}
