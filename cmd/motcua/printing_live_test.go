package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"motcua/queue"
)

// The kiosk's printer follows the settings: a spool folder changed on
// the settings screen takes the next ticket, without a restart.
func TestTicketPrinterFollowsTheSettings(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	env := newEnvironment(&stdout, &stderr)
	env.dbPath = filepath.Join(dir, "station.db")
	st, err := env.openStation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer env.db.Close()
	first, second := filepath.Join(dir, "first"), filepath.Join(dir, "second")
	for k, v := range map[string]string{"printer.kind": "file", "printer.spool_dir": first} {
		if err := st.SetSetting(ctx, k, v); err != nil {
			t.Fatal(err)
		}
	}
	print, err := env.ticketPrinter(ctx, st, &printerFlags{})
	if err != nil || print == nil {
		t.Fatalf("ticket printer: %v (nil %v); %s", err, print == nil, stderr.String())
	}
	issue := func() {
		t.Helper()
		tk, err := st.Issue(ctx, "hotich", "")
		if err != nil {
			t.Fatal(err)
		}
		if err := print(ctx, tk, queue.Estimate{}); err != nil {
			t.Fatal(err)
		}
	}
	issue()
	if err := st.SetSetting(ctx, "printer.spool_dir", second); err != nil {
		t.Fatal(err)
	}
	issue()
	for _, d := range []string{first, second} {
		files, _ := os.ReadDir(d)
		if len(files) != 1 {
			t.Errorf("%s holds %d files, want one ticket", filepath.Base(d), len(files))
		}
	}
}
