package main

// End-to-end: a commune with no rating screen asks on the kiosk
// (rating.on_kiosk = 1). The kiosk and a counter run as their own
// processes on one database file, driven through tmux at 80×24: once the
// counter finishes a ticket, the idle kiosk asks about that ticket and
// counter, takes the answer, and goes back to its start page.

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"motcua/assets"
	"motcua/queue"
	"motcua/store"
)

func TestEndToEndRatingOnKiosk(t *testing.T) {
	tm := newTmux(t)
	bin := motcuaBinary(t)
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "data", "station.db")
	demo, err := assets.DemoCommune()
	if err != nil {
		t.Fatal(err)
	}
	const wait = 10 * time.Second

	tm.start("kiosk", bin, "kiosk", "--db", dbPath, "--printer", "none")
	tm.waitFor("kiosk", vi("kiosk.pick_service"), wait)
	if out, err := exec.Command(bin, "settings", "set", queue.KeyRatingOnKiosk, "1", "--db", dbPath).CombinedOutput(); err != nil {
		t.Fatalf("settings set: %v\n%s", err, out)
	}
	tm.start("c1", bin, "counter", "--number", "1", "--db", dbPath)
	tm.waitFor("c1", vi("counter.idle"), wait)

	tm.keys("kiosk", "1")
	tm.waitFor("kiosk", vi("kiosk.ask_priority"), wait)
	tm.pressUntil("kiosk", "0", "the ticket A001", wait, func(screen string) bool { return hasBig(screen, "A001") })
	tm.pressUntil("kiosk", "Space", "the start page", wait, func(screen string) bool {
		return strings.Contains(screen, vi("kiosk.pick_service"))
	})

	tm.keys("c1", "n")
	tm.waitFor("c1", vi("counter.done.called", "A001"), wait)
	tm.keys("c1", "f")
	tm.waitFor("c1", vi("counter.outcome.title", "A001"), wait)
	tm.keys("c1", "1")
	screen := tm.waitFor("kiosk", vi("kiosk.rate.about", "A001", 1), wait)
	if !strings.Contains(screen, vi("rating.question")) || !strings.Contains(screen, vi("kiosk.rate.skip")) {
		t.Errorf("the question lacks its words:\n%s", screen)
	}
	tm.pressUntil("kiosk", "1", "the thanks", wait, func(screen string) bool {
		return strings.Contains(screen, vi("rating.thanks"))
	})
	tm.waitFor("kiosk", vi("kiosk.pick_service"), wait) // the thanks go alone

	tm.keys("c1", "q")
	tm.keys("kiosk", "C-q")
	tm.waitFor("kiosk", vi("kiosk.pin.title"), wait)
	tm.literal("kiosk", demo.KioskPIN)
	tm.keys("kiosk", "Enter")
	for _, name := range []string{"c1", "kiosk"} {
		if code := tm.waitExit(name, wait); code != 0 {
			t.Errorf("%s exited with status %d; the screen shows:\n%s", name, code, tm.capture(name))
		}
	}
	db, err := store.Open(context.Background(), dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	left, err := queue.NewStation(db).Unrated(context.Background())
	if err != nil || len(left) != 0 {
		t.Errorf("after the answer, unrated tickets %v (%v)", left, err)
	}
	var n int
	if err := db.Read(context.Background(), func(tx *store.Tx) error {
		return tx.QueryRowContext(context.Background(), `SELECT count(*) FROM ratings WHERE counter = 1 AND level = 'very_satisfied'`).Scan(&n)
	}); err != nil || n != 1 {
		t.Errorf("%d ratings of counter 1 stored (%v), want 1", n, err)
	}
}
