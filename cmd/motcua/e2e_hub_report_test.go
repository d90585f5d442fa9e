package main

// End-to-end: the district view (motcua hub) as its own process through
// tmux at 80×24: b opens the report of all communes built from the synced
// records, Esc comes back to the list, q quits.

import (
	"testing"
	"time"
)

func TestEndToEndDistrictReport(t *testing.T) {
	tm := newTmux(t)
	bin := motcuaBinary(t)
	db, _ := syncedHub(t)
	const wait = 10 * time.Second

	tm.start("hub", bin, "hub", "--db", db)
	tm.waitFor("hub", "Xã Tân Phú", wait)
	tm.keys("hub", "b")
	tm.waitFor("hub", vi("hubreport.all"), wait)
	tm.waitFor("hub", vi("report.tickets.issued"), wait) // built: the figures are on screen
	tm.keys("hub", "Escape")
	tm.waitFor("hub", vi("district.key.report"), wait) // the list's help bar
	time.Sleep(300 * time.Millisecond)                 // a key right after Escape reads as alt+key
	tm.keys("hub", "q")
	if code := tm.waitExit("hub", wait); code != 0 {
		t.Errorf("motcua hub exited with status %d:\n%s", code, tm.capture("hub"))
	}
}
