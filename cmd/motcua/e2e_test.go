package main

// End-to-end: the real binary, four processes on one database file, driven
// through tmux at 80×24 as the people at the kiosk, the counters and the
// hall would meet it.

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"motcua/assets"
	"motcua/assets/i18n"
	"motcua/queue"
	"motcua/store"
)

// vi is a sentence of the translation table in Vietnamese, the language the
// screens start in.
func vi(key string, args ...any) string { return i18n.T(i18n.VI, key, args...) }

// boardLatency is the promise: a call at a counter shows on the
// board (another process) within one second.
const boardLatency = time.Second

func TestEndToEndFourProcesses(t *testing.T) {
	tm := newTmux(t)
	bin := motcuaBinary(t)
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "data", "station.db") // absent: the first run seeds it
	spool := filepath.Join(dir, "spool")
	// The kiosk prints tickets into one folder, counter 1 its forms into
	// another.
	kioskFlags := []string{"--db", dbPath, "--printer", "file", "--spool", spool}
	counterSpool := filepath.Join(dir, "counter-spool")
	demo, err := assets.DemoCommune()
	if err != nil {
		t.Fatal(err)
	}
	const wait = 10 * time.Second

	// The kiosk opens first and seeds the demo commune; then the two
	// counters and the board, each its own process on the same file.
	tm.start("kiosk", append([]string{bin, "kiosk"}, kioskFlags...)...)
	tm.waitFor("kiosk", demo.Services[0].NameVI, wait)
	tm.waitFor("kiosk", vi("kiosk.pick_service"), wait)
	tm.start("c1", bin, "counter", "--number", "1", "--db", dbPath, "--printer", "file", "--spool", counterSpool)
	tm.start("c2", bin, "counter", "--number", "2", "--db", dbPath)
	tm.start("board", bin, "board", "--db", dbPath)
	tm.waitFor("c1", vi("counter.title", 1), wait)
	tm.waitFor("c1", vi("counter.idle"), wait)
	tm.waitFor("c2", vi("counter.title", 2), wait)
	tm.waitFor("c2", vi("counter.idle"), wait)
	tm.waitFor("board", vi("board.counter", 1), wait)
	tm.waitFor("board", vi("board.counter", 2), wait)

	// A citizen takes a ticket for Hộ tịch (1), no priority group (0).
	takeTicket := func(service int, want string) string {
		t.Helper()
		tm.keys("kiosk", string(rune('0'+service)))
		tm.waitFor("kiosk", vi("kiosk.ask_priority"), wait)
		// The question ignores keys for its first moment (a double press
		// must not choose for the citizen): press until it is answered.
		tm.pressUntil("kiosk", "0", "the ticket "+want, wait, func(screen string) bool {
			return hasBig(screen, want)
		})
		screen := tm.waitForBig("kiosk", want, wait)
		tm.waitFor("kiosk", vi("kiosk.ticket.your_number"), wait)
		return screen
	}
	dismiss := func() {
		t.Helper()
		// The ticket page ignores keys for its first second (a double
		// press must not throw the number away): press until it goes.
		tm.pressUntil("kiosk", "Space", "the start page", wait, func(screen string) bool {
			return strings.Contains(screen, vi("kiosk.pick_service"))
		})
	}
	screen := takeTicket(1, "A001")
	if want := vi("kiosk.ticket.service", demo.Services[0].NameVI); !strings.Contains(screen, want) {
		t.Errorf("kiosk ticket page lacks %q:\n%s", want, screen)
	}
	pdf := waitForFile(t, filepath.Join(spool, "*A001*.pdf"), wait)
	if body, err := os.ReadFile(pdf); err != nil || !bytes.HasPrefix(body, []byte("%PDF-")) {
		t.Fatalf("ticket %s is not a PDF (%v)", pdf, err)
	}
	dismiss()

	// A second service, so that counter 2 (which does not serve Hộ tịch)
	// has someone to call.
	takeTicket(2, "B001")
	waitForFile(t, filepath.Join(spool, "*B001*.pdf"), wait)
	dismiss()

	// The next citizen for Hộ tịch has one person ahead; the ticket stays
	// on screen while counter 1 calls.
	takeTicket(1, "A002")
	tm.waitFor("kiosk", vi("kiosk.ticket.ahead", 1), wait)

	callStart := time.Now()
	tm.keys("c1", "n")
	tm.waitFor("board", vi("board.call_row", "A001", 1), boardLatency+time.Second)
	onBoard := time.Since(callStart)
	tm.waitForBig("board", "A001", time.Second)
	tm.waitFor("kiosk", vi("kiosk.ticket.ahead", 0), 2*time.Second)
	onKiosk := time.Since(callStart)
	tm.waitFor("c1", vi("counter.done.called", "A001"), wait)
	t.Logf("counter 1 called A001: on the board after %v, the kiosk's people ahead updated after %v",
		onBoard.Round(time.Millisecond), onKiosk.Round(time.Millisecond))
	if onBoard > boardLatency {
		t.Errorf("the call reached the board after %v, want within %v", onBoard, boardLatency)
	}
	if onKiosk > 2*boardLatency {
		t.Errorf("the kiosk's people ahead updated after %v, want within %v", onKiosk, 2*boardLatency)
	}

	// Counter 2 calls its next ticket: B001, the only one it serves.
	tm.keys("c2", "n")
	tm.waitFor("c2", vi("counter.done.called", "B001"), wait)
	tm.waitFor("board", vi("board.call_row", "B001", 2), wait)
	tm.waitForBig("board", "B001", wait)

	// Counter 1 records the citizen's dossier: h opens the intake form, a
	// USB scanner types the chip card's QR code and Enter, the clerk finds
	// the procedure without diacritics, ticks two papers and saves; Mẫu 01
	// comes out of the counter's printer (its spool folder).
	tm.keys("c1", "h")
	tm.waitFor("c1", vi("intakeform.title", 1), wait)
	tm.literal("c1", "001185012345||Nguyễn Thị Mai|15031985|Nữ|Số 5, thôn Đông, xã Tân Hòa|01012021")
	tm.keys("c1", "Enter")
	tm.waitFor("c1", "001185012345", wait)
	tm.literal("c1", "0912345678")
	tm.keys("c1", "Tab", "Tab", "Tab")
	tm.literal("c1", "dang ky khai sinh")
	tm.waitFor("c1", "Thủ tục đăng ký khai sinh", wait)
	tm.keys("c1", "Enter")
	tm.waitFor("c1", "0/7", wait)
	tm.keys("c1", "Space", "Down", "Space", "C-s")
	tm.waitFor("c1", vi("intakeform.saved.title"), wait)
	receipt := waitForFile(t, filepath.Join(counterSpool, "mau01-H99.99.01.01-*.pdf"), wait)
	text, err := exec.Command("pdftotext", "-layout", receipt, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", receipt, err)
	}
	for _, want := range []string{"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Nguyễn Thị Mai", "001185012345",
		"Thủ tục đăng ký khai sinh", "Liên 1: Lưu", "Liên 2: Giao người nộp"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("Mẫu 01 %s lacks %q", receipt, want)
		}
	}
	tm.keys("c1", "Escape")
	tm.waitFor("c1", vi("counter.title", 1), wait)

	// Counter 1 finishes A001: dossier received (2).
	tm.keys("c1", "f")
	tm.waitFor("c1", vi("counter.outcome.title", "A001"), wait)
	tm.keys("c1", "2")
	tm.waitFor("c1", vi("counter.done.finished", "A001", vi("counter.outcome.received")), wait)
	// Counter 2 finishes B001 (guidance only) so it may quit.
	tm.keys("c2", "f")
	tm.waitFor("c2", vi("counter.outcome.title", "B001"), wait)
	tm.keys("c2", "1")
	tm.waitFor("c2", vi("counter.done.finished", "B001", vi("counter.outcome.guided")), wait)

	// Everyone leaves properly: counters and board with q, the kiosk only
	// with ctrl+q and the PIN.
	tm.keys("c1", "q")
	tm.keys("c2", "q")
	tm.keys("board", "q")
	tm.keys("kiosk", "q", "Escape") // a citizen's keys do not close the kiosk
	time.Sleep(300 * time.Millisecond)
	tm.keys("kiosk", "C-q")
	tm.waitFor("kiosk", vi("kiosk.pin.title"), wait)
	tm.literal("kiosk", demo.KioskPIN)
	tm.keys("kiosk", "Enter")
	for _, name := range []string{"c1", "c2", "board", "kiosk"} {
		if code := tm.waitExit(name, wait); code != 0 {
			t.Errorf("%s exited with status %d; the screen shows:\n%s", name, code, tm.capture(name))
		}
	}

	checkDatabase(t, dbPath, map[string]queue.Status{"A001": queue.Done, "B001": queue.Done, "A002": queue.Waiting})
}

// TestEndToEndLauncher opens the launcher, the board from it and back, and
// quits.
func TestEndToEndLauncher(t *testing.T) {
	tm := newTmux(t)
	bin := motcuaBinary(t)
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "station.db")
	const wait = 10 * time.Second

	tm.start("launcher", bin, "--db", dbPath, "--printer", "file", "--spool", filepath.Join(dir, "spool"))
	menu := tm.waitFor("launcher", vi("launcher.hint"), wait)
	for i, want := range []string{vi("launcher.kiosk"), vi("launcher.counter", 1), vi("launcher.board")} {
		if !strings.Contains(menu, want) {
			t.Errorf("launcher entry %d %q missing:\n%s", i, want, menu)
		}
	}
	tm.keys("launcher", "5")
	tm.waitUntil("launcher", "the board", wait, func(screen string) bool {
		return strings.Contains(screen, vi("board.recent")) && !strings.Contains(screen, vi("launcher.hint"))
	})
	tm.keys("launcher", "q")
	tm.waitFor("launcher", vi("launcher.hint"), wait)
	tm.keys("launcher", "q")
	if code := tm.waitExit("launcher", wait); code != 0 {
		t.Fatalf("launcher exited with status %d:\n%s", code, tm.capture("launcher"))
	}
	checkDatabase(t, dbPath, nil)
}

// waitForFile waits until a file matching pattern exists and returns it.
func waitForFile(t *testing.T, pattern string, timeout time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if m, _ := filepath.Glob(pattern); len(m) > 0 {
			return m[0]
		}
		if time.Now().After(deadline) {
			t.Fatalf("no file %s after %v", pattern, timeout)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// checkDatabase opens the file the processes shared, as the next start of
// motcua would, and checks it is sound and holds the tickets as wanted.
func checkDatabase(t *testing.T, path string, want map[string]queue.Status) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatalf("reopen %s: %v", path, err)
	}
	defer db.Close()
	if res, err := db.IntegrityCheck(ctx); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %q, %v", res, err)
	}
	if len(want) == 0 {
		return
	}
	tickets, err := queue.NewStation(db).TicketsOfDay(ctx, store.Day(time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]queue.Status{}
	for _, tk := range tickets {
		got[tk.Display] = tk.Status
	}
	for display, status := range want {
		if got[display] != status {
			t.Errorf("ticket %s: status %q, want %q (all: %v)", display, got[display], status, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("tickets of the day: %v, want %v", got, want)
	}
}
