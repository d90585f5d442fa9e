package queue_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"motcua/assets"
	"motcua/queue"
	"motcua/store"
)

// The concurrency tests run kiosks and counters at once on one database
// file, each with its own store.DB (its own SQLite connections, as
// separate processes would have), and then check the file's history:
// every ticket shown exists once with its own number, no ticket is called
// twice, and a counter never holds two tickets.

// hallLog is what kiosks and counters saw; safe for concurrent use.
type hallLog struct {
	mu     sync.Mutex
	issued map[string]string // ticket ID → display
	called map[string]int    // ticket ID → times a CallNext returned it
}

func newHallLog() *hallLog {
	return &hallLog{issued: map[string]string{}, called: map[string]int{}}
}

func (l *hallLog) issue(id, display string) {
	l.mu.Lock()
	l.issued[id] = display
	l.mu.Unlock()
}

func (l *hallLog) call(id string) {
	l.mu.Lock()
	l.called[id]++
	l.mu.Unlock()
}

// seedHall creates the demo station at path with every counter open.
func seedHall(t testing.TB, path string) {
	t.Helper()
	ctx := context.Background()
	db := must(store.Open(ctx, path, store.Options{Clock: store.NewManualClock(monday0800)}))(t)
	defer db.Close()
	st := queue.NewStation(db)
	must(0, st.Seed(ctx, must(assets.DemoCommune())(t)))(t)
	for _, c := range must(st.Config(ctx))(t).Counters {
		must(0, st.OpenCounter(ctx, c.Number, ""))(t)
	}
}

// kiosk issues n tickets for random services, about one in six priority.
func kiosk(ctx context.Context, st *queue.Station, clock *store.ManualClock, seed uint64, n int, log *hallLog) error {
	rng := rand.New(rand.NewPCG(seed, 7))
	services := []string{"hotich", "chungthuc", "datdai", "xahoi", "kinhdoanh"}
	for range n {
		group := ""
		if rng.IntN(6) == 0 {
			group = "elderly"
		}
		clock.Advance(time.Duration(rng.IntN(3)) * time.Second)
		tk, err := st.Issue(ctx, services[rng.IntN(len(services))], group)
		if err != nil {
			return err
		}
		log.issue(tk.ID, tk.Display)
	}
	return nil
}

// clerk calls and finishes tickets at a counter until done() holds and
// nobody waits for the counter. Several clerks may share a counter (or a
// counter may run in two processes): then they race for its one current
// ticket, and the losers' ErrCounterBusy / ErrNoCurrent are expected.
func clerk(ctx context.Context, st *queue.Station, counter int, done func() bool, log *hallLog) error {
	idle := 0
	for {
		tk, err := st.CallNext(ctx, counter)
		switch {
		case err == nil:
			log.call(tk.ID)
			idle = 0
		case errors.Is(err, queue.ErrCounterBusy):
		case errors.Is(err, queue.ErrNoneWaiting):
			if done() {
				idle++
				if idle > 3 {
					return nil
				}
			}
			time.Sleep(time.Millisecond)
			continue
		default:
			return err
		}
		if _, err := st.Finish(ctx, counter, queue.Guided); err != nil && !errors.Is(err, queue.ErrNoCurrent) {
			return err
		}
	}
}

// TestConcurrentKiosksAndCounters: 2 kiosks and 3 counters × 3 clerks,
// each kiosk and counter on its own connection to one file.
func TestConcurrentKiosksAndCounters(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "station.db")
	seedHall(t, path)
	clock := store.NewManualClock(monday0800)
	open := func() *queue.Station {
		db := must(store.Open(ctx, path, store.Options{Clock: clock}))(t)
		t.Cleanup(func() { db.Close() })
		return queue.NewStation(db)
	}
	log := newHallLog()
	const perKiosk = 70
	var kiosksLeft atomic.Int32
	kiosksLeft.Store(2)
	errs := make(chan error, 16)
	var wg sync.WaitGroup
	for k := range 2 {
		st := open()
		wg.Go(func() {
			defer kiosksLeft.Add(-1)
			errs <- kiosk(ctx, st, clock, uint64(k+1), perKiosk, log)
		})
	}
	for counter := 1; counter <= 3; counter++ {
		st := open()
		for range 3 {
			wg.Go(func() { errs <- clerk(ctx, st, counter, func() bool { return kiosksLeft.Load() == 0 }, log) })
		}
	}
	start := time.Now()
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d tickets issued and %d called by 2 kiosks and 9 clerks in %v",
		len(log.issued), len(log.called), time.Since(start).Round(time.Millisecond))
	checkHall(t, path, log, 2*perKiosk)
}

// checkHall checks the file's history against what the hall saw.
func checkHall(t *testing.T, path string, log *hallLog, want int) {
	t.Helper()
	ctx := context.Background()
	db := must(store.Open(ctx, path, store.Options{}))(t)
	defer db.Close()
	st := queue.NewStation(db)
	if len(log.issued) != want {
		t.Fatalf("%d tickets issued, want %d", len(log.issued), want)
	}
	displays := map[string]string{}
	for id, d := range log.issued {
		if other, dup := displays[d]; dup {
			t.Fatalf("display %s given to %s and %s", d, other, id)
		}
		displays[d] = id
	}
	tickets := must(st.TicketsOfDay(ctx, store.Day(monday0800)))(t)
	if len(tickets) != want {
		t.Fatalf("the file holds %d tickets of the day, want %d", len(tickets), want)
	}
	for _, tk := range tickets {
		if log.issued[tk.ID] != tk.Display {
			t.Fatalf("ticket %s is %s in the file, %q at the kiosk", tk.ID, tk.Display, log.issued[tk.ID])
		}
		if tk.Status != queue.Done || log.called[tk.ID] != 1 {
			t.Fatalf("ticket %s: status %s, called %d times, want done and called once", tk.Display, tk.Status, log.called[tk.ID])
		}
	}
	// Each counter's history alternates a call and its end; a ticket has
	// one call event.
	err := db.Read(ctx, func(tx *store.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT ticket, kind, counter FROM ticket_events WHERE counter IS NOT NULL ORDER BY id`)
		if err != nil {
			return err
		}
		defer rows.Close()
		holding := map[int]string{}
		calls := map[string]int{}
		for rows.Next() {
			var id, kind string
			var counter int
			if err := rows.Scan(&id, &kind, &counter); err != nil {
				return err
			}
			switch kind {
			case "called", "called_out_of_order":
				if holding[counter] != "" {
					return fmt.Errorf("counter %d called %s while holding %s", counter, id, holding[counter])
				}
				holding[counter] = id
				if calls[id]++; calls[id] > 1 {
					return fmt.Errorf("ticket %s called twice", id)
				}
			case "finished", "no_show", "transferred":
				if holding[counter] != id {
					return fmt.Errorf("counter %d ended %s while holding %q", counter, id, holding[counter])
				}
				holding[counter] = ""
			}
		}
		var holders int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM counters WHERE current_ticket IS NOT NULL`).Scan(&holders); err != nil {
			return err
		}
		if holders != 0 {
			return fmt.Errorf("%d counters still hold a ticket", holders)
		}
		return rows.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	checkOutbox(t, db)
}

// checkOutbox checks that the outbox is numbered 1, 2, 3… without a gap
// and holds one row per ticket event.
func checkOutbox(t *testing.T, db *store.DB) {
	t.Helper()
	ctx := context.Background()
	evs := must(db.Events(ctx, 0, 1_000_000))(t)
	ticketRows := 0
	for i, e := range evs {
		if e.Seq != int64(i+1) {
			t.Fatalf("outbox row %d has seq %d", i+1, e.Seq)
		}
		if strings.HasPrefix(e.Kind, "ticket.") {
			ticketRows++
		}
	}
	var ticketEvents int
	must(0, db.Read(ctx, func(tx *store.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT count(*) FROM ticket_events`).Scan(&ticketEvents)
	}))(t)
	if ticketRows != ticketEvents {
		t.Fatalf("%d ticket rows in the outbox for %d ticket events", ticketRows, ticketEvents)
	}
}
