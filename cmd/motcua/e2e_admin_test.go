package main

// End-to-end: `motcua admin` changes the board's notice, a service's
// letter and name, and a counter's services while the board, the kiosk
// and the counter run as other processes on the same file; each shows
// the change without a restart.

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestEndToEndAdminChangesShowEverywhere(t *testing.T) {
	tm := newTmux(t)
	bin := motcuaBinary(t)
	dbPath := filepath.Join(t.TempDir(), "station.db")
	const wait = 10 * time.Second

	tm.start("kiosk", bin, "kiosk", "--db", dbPath, "--printer", "none")
	tm.waitFor("kiosk", vi("kiosk.pick_service"), wait)
	tm.start("board", bin, "board", "--db", dbPath)
	tm.waitFor("board", "A  Hộ tịch", wait)
	tm.start("c2", bin, "counter", "--number", "2", "--db", dbPath, "--printer", "none")
	tm.waitFor("c2", vi("counter.title", 2), wait)
	tm.start("admin", bin, "admin", "--db", dbPath)
	tm.waitFor("admin", "Nguyễn Thị Lan", wait)

	// The notice, on page 5.
	const notice = "Chiều nay nghỉ từ 16 giờ"
	tm.keys("admin", "5")
	tm.waitFor("admin", vi("settings.name.board.notice"), wait)
	tm.keys("admin", "Enter", "C-u")
	tm.literal("admin", notice)
	tm.keys("admin", "Enter")
	tm.waitFor("admin", vi("settings.saved"), wait)
	tm.waitFor("board", notice, wait)

	// Hộ tịch becomes H, "Hộ tịch – Khai sinh", on page 2.
	tm.keys("admin", "2")
	tm.waitFor("admin", vi("settings.about.services"), wait)
	tm.keys("admin", "Enter")
	tm.waitFor("admin", vi("settings.form.service", "hotich"), wait)
	tm.keys("admin", "C-u")
	tm.literal("admin", "H")
	tm.keys("admin", "Tab", "C-u")
	tm.literal("admin", "Hộ tịch – Khai sinh")
	tm.keys("admin", "Enter")
	tm.waitFor("admin", vi("settings.saved"), wait)
	tm.waitFor("kiosk", "Hộ tịch – Khai sinh", wait)
	tm.waitFor("board", "H  Hộ tịch – Khai sinh", wait)

	// Counter 2 takes it on (page 1, its letters): its screen lists it.
	if strings.Contains(tm.capture("c2"), "Hộ tịch") {
		t.Fatalf("counter 2 serves Hộ tịch before the change:\n%s", tm.capture("c2"))
	}
	tm.keys("admin", "1")
	tm.waitFor("admin", vi("settings.about.counters"), wait)
	tm.keys("admin", "Down", "Enter")
	tm.waitFor("admin", vi("settings.form.counter", 2), wait)
	tm.keys("admin", "Tab", "C-u")
	tm.literal("admin", "HBCE")
	tm.keys("admin", "Enter")
	tm.waitFor("admin", vi("settings.saved"), wait)
	tm.waitFor("c2", "Hộ tịch – Khai sinh", wait)

	// The kiosk's next ticket for it takes the new letter.
	tm.keys("kiosk", "1")
	tm.waitFor("kiosk", vi("kiosk.ask_priority"), wait)
	tm.pressUntil("kiosk", "0", "the ticket H001", wait, func(screen string) bool { return hasBig(screen, "H001") })

	// Both changes are in the audit trail, made at this PC.
	tm.keys("admin", "8")
	tm.waitFor("admin", "counter.update 2 hotich,chungthuc,datdai,kinhdoanh", wait) // the newest, in full below the list
	tm.keys("admin", "Down")
	screen := tm.waitFor("admin", "service.update hotich H Hộ tịch – Khai sinh", wait)
	if !strings.Contains(screen, vi("auditscreen.local")) {
		t.Errorf("the trail does not say the change was made at this PC:\n%s", screen)
	}
	tm.keys("admin", "q")
	if code := tm.waitExit("admin", wait); code != 0 {
		t.Errorf("admin exited with %d", code)
	}
}
