package main

import (
	"context"
	"strings"
	"testing"

	"motcua/hub"
)

// TestHubDisableAndEnableAStation: a lost station PC is shut out, then let
// in again, and an unknown station is named as such.
func TestHubDisableAndEnableAStation(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("MOTCUA_HUB_DIR", dir)
	t.Setenv("MOTCUA_HUB_DB", "")
	runCLI(t, "hub", "init").want(t, 0)
	runCLI(t, "hub", "enroll", "--station", "xa-a", "--name", "Xã A", "--url", "https://127.0.0.1:8443").want(t, 0)
	disabled := func() bool {
		h, err := hub.Open(context.Background(), dir+"/hub.db", hub.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer h.Close()
		rows, err := h.Stations(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if r.ID == "xa-a" {
				return r.Disabled
			}
		}
		t.Fatal("station xa-a not listed")
		return false
	}
	r := runCLI(t, "hub", "disable", "--station", "xa-a")
	r.want(t, 0)
	if !strings.Contains(r.stdout, "Đã khóa trạm xa-a") || !disabled() {
		t.Fatalf("not disabled: %s", r.stdout)
	}
	runCLI(t, "hub", "enable", "--station", "xa-a").want(t, 0)
	if disabled() {
		t.Fatal("still disabled after enable")
	}
	runCLI(t, "hub", "disable", "--station", "nope").want(t, 1, "chưa đăng ký trạm nope")
	runCLI(t, "hub", "disable").want(t, 2, "--station")
}
