package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestHubViewFlags(t *testing.T) {
	t.Setenv("MOTCUA_LANG", "")
	var stdout, stderr bytes.Buffer
	env := newEnvironment(&stdout, &stderr)
	db := filepath.Join(t.TempDir(), "hub.db")
	code := env.exit(runHubView(context.Background(), env, []string{"--db", db, "--label", "xã"}))
	if code != exitUsage || !strings.Contains(stderr.String(), "Cấp không hợp lệ: xã") {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	t.Setenv("MOTCUA_HUB_DB", "")
	t.Setenv("MOTCUA_HUB_DIR", "/srv/hub")
	if got := defaultHubDB(); got != filepath.Join("/srv/hub", "hub.db") {
		t.Errorf("default hub database %s", got)
	}
}
