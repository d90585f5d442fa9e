package main

// End-to-end: the rating screen of a counter (motcua rate) as its own
// process beside the kiosk and the counter, on one database file, driven
// through tmux at 80×24: a citizen finished at the counter is asked within
// two seconds, answers, and the answer is stored without any link to the
// ticket.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"motcua/assets"
	"motcua/queue"
	"motcua/store"
)

// rateLatency is how soon after the counter finishes a ticket the rating
// screen (another process) must ask its citizen.
const rateLatency = 2 * time.Second

func TestEndToEndRating(t *testing.T) {
	tm := newTmux(t)
	bin := motcuaBinary(t)
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "data", "station.db") // absent: the kiosk seeds it
	spool := filepath.Join(dir, "spool")
	demo, err := assets.DemoCommune()
	if err != nil {
		t.Fatal(err)
	}
	const wait = 10 * time.Second

	tm.start("kiosk", bin, "kiosk", "--db", dbPath, "--printer", "file", "--spool", spool)
	tm.waitFor("kiosk", vi("kiosk.pick_service"), wait)
	tm.start("c1", bin, "counter", "--number", "1", "--db", dbPath)
	tm.start("rate", bin, "rate", "--counter", "1", "--db", dbPath)
	tm.waitFor("c1", vi("counter.title", 1), wait)
	tm.waitFor("c1", vi("counter.idle"), wait)
	tm.waitFor("rate", vi("rating.title", 1), wait)
	tm.waitFor("rate", vi("rating.idle"), wait)

	// takeTicket takes a ticket for Hộ tịch (1), no priority group (0),
	// and goes back to the start page for the next citizen.
	takeTicket := func(want string) {
		t.Helper()
		tm.keys("kiosk", "1")
		tm.waitFor("kiosk", vi("kiosk.ask_priority"), wait)
		// The question and the ticket page ignore keys for a moment
		// after they open: press until they are answered.
		tm.pressUntil("kiosk", "0", "the ticket "+want, wait, func(screen string) bool {
			return hasBig(screen, want)
		})
		tm.pressUntil("kiosk", "Space", "the start page", wait, func(screen string) bool {
			return strings.Contains(screen, vi("kiosk.pick_service"))
		})
	}
	// serve calls the next ticket at counter 1, finishes it as guidance
	// only (1) and waits for the rating screen to ask about it.
	serve := func(display string) string {
		t.Helper()
		tm.keys("c1", "n")
		tm.waitFor("c1", vi("counter.done.called", display), wait)
		tm.keys("c1", "f")
		tm.waitFor("c1", vi("counter.outcome.title", display), wait)
		tm.keys("c1", "1")
		finished := time.Now()
		tm.waitFor("c1", vi("counter.done.finished", display, vi("counter.outcome.guided")), wait)
		screen := tm.waitFor("rate", vi("rating.question"), rateLatency+time.Second)
		asked := time.Since(finished)
		t.Logf("counter 1 finished %s: the rating screen asked after %v", display, asked.Round(time.Millisecond))
		if asked > rateLatency {
			t.Errorf("the rating screen asked about %s after %v, want within %v", display, asked, rateLatency)
		}
		for _, want := range []string{vi("rating.ticket", display), vi("rating.level.very_satisfied"),
			vi("rating.level.satisfied"), vi("rating.level.unsatisfied")} {
			if !strings.Contains(screen, want) {
				t.Errorf("the rating question about %s lacks %q:\n%s", display, want, screen)
			}
		}
		return screen
	}

	// The first citizen is not satisfied (3) because of the long wait (1).
	takeTicket("A001")
	serve("A001")
	tm.keys("rate", "3")
	reasons := tm.waitFor("rate", vi("rating.reasons"), wait)
	for _, want := range []string{"1  " + vi("rating.reason.long_wait"), "0  " + vi("rating.skip")} {
		if !strings.Contains(reasons, want) {
			t.Errorf("the reasons lack %q:\n%s", want, reasons)
		}
	}
	tm.keys("rate", "1")
	tm.waitFor("rate", vi("rating.thanks"), wait)

	// The second citizen takes a ticket meanwhile; the thanks go back to
	// the idle page on their own before the counter finishes it.
	takeTicket("A002")
	tm.waitFor("rate", vi("rating.idle"), wait)
	serve("A002")
	tm.keys("rate", "1")
	tm.waitFor("rate", vi("rating.thanks"), wait)

	// Everyone leaves properly: the counter with q, the rating screen with
	// ctrl+q (the citizen's keys only answer), the kiosk with ctrl+q and
	// the PIN.
	tm.keys("c1", "q")
	tm.keys("rate", "q", "Escape")
	// A key right after Escape would read as alt+key: let it stand alone.
	time.Sleep(300 * time.Millisecond)
	if _, err := os.Stat(tm.statusFile("rate")); err == nil {
		t.Errorf("the rating screen quit on a citizen's key (q or Escape)")
	}
	tm.keys("rate", "C-q")
	tm.keys("kiosk", "C-q")
	tm.waitFor("kiosk", vi("kiosk.pin.title"), wait)
	tm.literal("kiosk", demo.KioskPIN)
	tm.keys("kiosk", "Enter")
	for _, name := range []string{"c1", "rate", "kiosk"} {
		if code := tm.waitExit(name, wait); code != 0 {
			t.Errorf("%s exited with status %d; the screen shows:\n%s", name, code, tm.capture(name))
		}
	}

	checkDatabase(t, dbPath, map[string]queue.Status{"A001": queue.Done, "A002": queue.Done})
	checkRatings(t, dbPath)
}

// checkRatings opens the file after the processes ended and checks the two
// ratings are there, the two tickets are marked rated, and no rating row
// holds anything of the ticket it rates.
func checkRatings(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatalf("reopen %s: %v", path, err)
	}
	defer db.Close()
	tickets, err := queue.NewStation(db).TicketsOfDay(ctx, store.Day(time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	var ids, displays []string
	for _, tk := range tickets {
		ids = append(ids, tk.ID)
		displays = append(displays, tk.Display)
	}
	if len(ids) != 2 {
		t.Fatalf("tickets of the day: %v, want 2", displays)
	}

	var rows [][]string // every ratings row, each column as text
	var rated []string
	err = db.Read(ctx, func(tx *store.Tx) error {
		rs, err := tx.QueryContext(ctx, `SELECT * FROM ratings`)
		if err != nil {
			return err
		}
		defer rs.Close()
		cols, err := rs.Columns()
		if err != nil {
			return err
		}
		for _, c := range cols {
			if strings.Contains(strings.ToLower(c), "ticket") {
				t.Errorf("ratings has a column %q", c)
			}
		}
		for rs.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rs.Scan(ptrs...); err != nil {
				return err
			}
			row := make([]string, len(cols))
			for i, v := range vals {
				if b, ok := v.([]byte); ok {
					v = string(b)
				}
				row[i] = cols[i] + "=" + fmt.Sprint(v)
			}
			rows = append(rows, row)
		}
		if err := rs.Err(); err != nil {
			return err
		}
		rt, err := tx.QueryContext(ctx, `SELECT ticket_id FROM rated_tickets ORDER BY ticket_id`)
		if err != nil {
			return err
		}
		defer rt.Close()
		for rt.Next() {
			var id string
			if err := rt.Scan(&id); err != nil {
				return err
			}
			rated = append(rated, id)
		}
		return rt.Err()
	})
	if err != nil {
		t.Fatalf("read ratings: %v", err)
	}

	if len(rows) != 2 {
		t.Fatalf("ratings: %d rows, want 2: %v", len(rows), rows)
	}
	var levels []string
	longWait := 0
	for _, row := range rows {
		joined := strings.Join(row, " ")
		for i, id := range ids {
			if strings.Contains(joined, id) || strings.Contains(joined, displays[i]) {
				t.Errorf("a rating holds ticket %s (%s): %s", displays[i], id, joined)
			}
		}
		if slices.Contains(row, "reason=long_wait") {
			longWait++
		}
		for _, col := range row {
			if level, ok := strings.CutPrefix(col, "level="); ok {
				levels = append(levels, level)
			}
		}
		if !slices.Contains(row, "counter=1") {
			t.Errorf("a rating is not for counter 1: %s", joined)
		}
	}
	if longWait != 1 {
		t.Errorf("%d ratings with reason long_wait, want 1: %v", longWait, rows)
	}
	slices.Sort(levels)
	if want := []string{string(queue.Unsatisfied), string(queue.VerySatisfied)}; !slices.Equal(levels, want) {
		t.Errorf("rating levels %v, want %v", levels, want)
	}
	slices.Sort(ids)
	if !slices.Equal(rated, ids) {
		t.Errorf("rated_tickets %v, want the two tickets %v", rated, ids)
	}
}
