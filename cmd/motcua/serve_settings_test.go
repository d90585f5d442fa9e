package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/store"
)

// The serve.* settings are checked when they are set, and a value stored
// by hand (or before the check) stops motcua serve with a sentence, not
// Go's English.
func TestServeSettingsAreChecked(t *testing.T) {
	t.Setenv("MOTCUA_LANG", "")
	db := filepath.Join(t.TempDir(), "m.db")
	runCLI(t, "settings", "set", "serve.idle", "45m", "--db", db).want(t, exitOK)
	r := runCLI(t, "settings", "set", "serve.idle", "abc", "--db", db)
	r.want(t, exitUsage)
	if !strings.Contains(r.stderr, vi("settings.err.duration", "abc")) {
		t.Fatalf("settings set serve.idle abc says %q", r.stderr)
	}

	sdb, err := store.Open(context.Background(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	queuetest.StoreSetting(t, queue.NewStation(sdb), "serve.max_sessions", "many")
	sdb.Close()
	r = runCLI(t, "serve", "--db", db, "--listen", "127.0.0.1:0", "--host-key", filepath.Join(t.TempDir(), "k"))
	r.want(t, exitUsage)
	if !strings.Contains(r.stderr, vi("settings.err.number", "many", 1, 1000)) {
		t.Fatalf("serve with serve.max_sessions=many says %q", r.stderr)
	}
	for _, en := range []string{"invalid syntax", "e.g.", "strconv"} {
		if strings.Contains(r.stderr, en) {
			t.Errorf("serve's refusal has English %q: %q", en, r.stderr)
		}
	}
}
