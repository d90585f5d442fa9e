package sync_test

import (
	"context"
	"crypto/ed25519"
	"errors"
	"net/http"
	"net/http/httptest"
	gosync "sync"
	"testing"
	"time"

	"filippo.io/age"
	"github.com/cenkalti/backoff/v5"

	"motcua/hub"
	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/store"
	"motcua/sync"
)

// link is a station with tickets in its outbox, enrolled with a real hub
// behind an httptest TLS server whose handler the test may wrap.
type link struct {
	db  *store.DB
	st  *queue.Station
	hub *hub.Hub
	up  *sync.Uploader
}

func newLink(t *testing.T, tickets int, wrap func(real http.Handler) http.Handler) *link {
	return newLinkClock(t, tickets, wrap, nil)
}

// newLinkClock is newLink with the hub on its own clock (nil: the system's).
func newLinkClock(t *testing.T, tickets int, wrap func(real http.Handler) http.Handler, hubClock func(station store.Clock) store.Clock) *link {
	t.Helper()
	ctx := context.Background()
	st, _ := queuetest.NewStation(t, queuetest.In(t.TempDir()), queuetest.OpenCounters(1))
	cfg, err := st.Config(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range tickets {
		if _, err := st.Issue(ctx, cfg.Services[i%len(cfg.Services)].Code, ""); err != nil {
			t.Fatal(err)
		}
	}
	var hc store.Clock
	if hubClock != nil {
		hc = hubClock(st.DB().Clock())
	}
	h, err := hub.Open(ctx, t.TempDir()+"/hub.db", hub.Options{Clock: hc})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	id, _ := age.GenerateX25519Identity()
	secret, err := h.Enroll(ctx, "XA-A", "Xã A")
	if err != nil {
		t.Fatal(err)
	}
	key, _ := sync.NewStationKey()
	if err := h.RegisterKey(ctx, "XA-A", secret, key.Public().(ed25519.PublicKey)); err != nil {
		t.Fatal(err)
	}
	var handler http.Handler = hub.NewServer(h, id, hub.ServerOptions{Rate: 1000, Burst: 1000})
	if wrap != nil {
		handler = wrap(handler)
	}
	srv := httptest.NewTLSServer(handler)
	t.Cleanup(srv.Close)
	e := sync.Enrollment{Station: "XA-A", Key: key, Hub: id.Recipient()}
	db := st.DB()
	if err := sync.SaveEnrollment(ctx, db, e); err != nil {
		t.Fatal(err)
	}
	out := sync.NewOutbox(db, e, "test")
	out.MaxRecords = 7 // several batches
	up := &sync.Uploader{Outbox: out, Client: sync.NewClient(srv.URL, sync.Fingerprint(srv.Certificate().Raw), 10*time.Second),
		NewBackOff: func() backoff.BackOff { return backoff.NewConstantBackOff(time.Millisecond) }}
	return &link{db: db, st: st, hub: h, up: up}
}

// exactlyOnce checks that the hub holds every outbox row of the station
// once, by event ID, and the station has nothing waiting.
func (l *link) exactlyOnce(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	events, err := l.db.Events(ctx, 0, 1<<30)
	if err != nil {
		t.Fatal(err)
	}
	held := map[string]int{}
	err = l.hub.Records(ctx, time.Unix(0, 0), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC), "XA-A",
		func(r hub.StoredRecord) error { held[r.ID]++; return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(held) != len(events) {
		t.Errorf("hub holds %d records, station has %d", len(held), len(events))
	}
	for _, e := range events {
		if held[e.ID] != 1 {
			t.Errorf("event %d (%s) held %d times", e.Seq, e.ID, held[e.ID])
		}
	}
	b, err := l.up.Outbox.Backlog(ctx)
	if err != nil || b.Records != 0 || b.Batches != 0 {
		t.Errorf("station backlog %+v (%v), want nothing", b, err)
	}
}

func TestUploaderRetriesUntilTheHubAnswers(t *testing.T) {
	var mu gosync.Mutex
	failures := 0
	l := newLink(t, 30, func(real http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			failures++
			n := failures
			mu.Unlock()
			switch {
			case n <= 3:
				http.Error(w, "hub restarting", http.StatusServiceUnavailable)
			case n <= 5:
				w.WriteHeader(http.StatusTooManyRequests)
			default:
				real.ServeHTTP(w, r)
			}
		})
	})
	var notified int
	l.up.Notify = func(error, time.Duration) { notified++ }
	ctx := context.Background()
	if _, err := l.up.Once(ctx); !errors.Is(err, sync.ErrHubUnreachable) {
		t.Fatalf("once against a failing hub: %v, want ErrHubUnreachable", err)
	}
	lk, err := sync.LoadLink(ctx, l.db)
	if err != nil || lk.LastError == "" || !lk.LastSuccess.IsZero() {
		t.Errorf("after a failure the link says %+v (%v)", lk, err)
	}
	n, err := l.up.Drain(ctx)
	if err != nil || n == 0 {
		t.Fatalf("drain: %d batches, %v", n, err)
	}
	if notified != 4 {
		t.Errorf("%d retries notified, want 4 (2 × 503, 2 × 429 after the first 503)", notified)
	}
	l.exactlyOnce(t)
	lk, err = sync.LoadLink(ctx, l.db)
	if err != nil || lk.LastError != "" || lk.LastSuccess.IsZero() || !lk.HaveOffset {
		t.Errorf("after success the link says %+v (%v)", lk, err)
	}
}

// dropper lets the hub store the first batch and then cuts the connection
// before the answer reaches the station.
func dropper(real http.Handler) http.Handler {
	var once gosync.Once
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		drop := false
		once.Do(func() { drop = true })
		if !drop {
			real.ServeHTTP(w, r)
			return
		}
		real.ServeHTTP(httptest.NewRecorder(), r) // stored, answer lost
		conn, _, err := http.NewResponseController(w).Hijack()
		if err == nil {
			conn.Close()
		}
	})
}

func TestUploaderResendsWhenTheAnswerIsLost(t *testing.T) {
	l := newLink(t, 12, dropper)
	ctx := context.Background()
	var lost error
	l.up.Notify = func(err error, _ time.Duration) { lost = err }
	if _, err := l.up.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(lost, sync.ErrHubUnreachable) {
		t.Errorf("the lost answer was not seen as a network failure: %v", lost)
	}
	l.exactlyOnce(t)
	// the first batch was stored once, then answered as already received
	acks, err := l.hub.Acks(ctx, "XA-A")
	if err != nil || len(acks) < 2 {
		t.Fatalf("hub holds %d batches (%v)", len(acks), err)
	}
}

func TestUploaderStopsOnAConflict(t *testing.T) {
	l := newLink(t, 5, nil)
	ctx := context.Background()
	// another program took batch 1 at the hub with other bytes
	s, ok, err := l.up.Outbox.Pending(ctx)
	if err != nil || !ok {
		t.Fatal(err)
	}
	other, err := sync.Seal(mustEvents(t, l.db), sync.Manifest{Station: "XA-A", Batch: s.Number, Motcua: "test"}, l.up.Outbox.Key, l.up.Outbox.Hub)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := l.up.Client.Send(ctx, time.Now, other, 0); err != nil || r.Code != 200 {
		t.Fatalf("imposter batch: %+v %v", r, err)
	}
	if _, err := l.up.Drain(ctx); !errors.Is(err, sync.ErrHubConflict) {
		t.Fatalf("drain: %v, want ErrHubConflict", err)
	}
	b, _ := l.up.Outbox.Backlog(ctx)
	if b.Batches != 1 {
		t.Errorf("the conflicting batch must stay unacknowledged: %+v", b)
	}
}

func mustEvents(t *testing.T, db *store.DB) []store.Event {
	ev, err := db.Events(context.Background(), 0, 2)
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

// TestUploaderRunKeepsUpWithTheCounters: while the link is down the counters
// keep issuing tickets; once it is up, Run delivers everything, waking on
// database changes, and records the hub's clock offset.
func TestUploaderRunKeepsUpWithTheCounters(t *testing.T) {
	var mu gosync.Mutex
	down := true
	l := newLinkClock(t, 3, func(real http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			d := down
			mu.Unlock()
			if d {
				http.Error(w, "down", http.StatusBadGateway)
				return
			}
			real.ServeHTTP(w, r)
		})
	}, func(station store.Clock) store.Clock {
		return store.NewManualClock(station.Now().Add(-10 * time.Minute))
	})
	l.up.NewBackOff = func() backoff.BackOff { return backoff.NewConstantBackOff(5 * time.Millisecond) }
	l.up.Idle = 20 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- l.up.Run(ctx) }()
	cfg, err := l.st.Config(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		start := time.Now()
		if _, err := l.st.Issue(ctx, cfg.Services[i%len(cfg.Services)].Code, ""); err != nil {
			t.Fatalf("issue with the link down: %v", err)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("issuing a ticket took %v with the link down", d)
		}
	}
	mu.Lock()
	down = false
	mu.Unlock()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		b, err := l.up.Outbox.Backlog(ctx)
		if err == nil && b.Records == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Run did not deliver: %+v %v", b, err)
		}
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Run ended with %v", err)
	}
	l.exactlyOnce(t)
	lk, err := sync.LoadLink(context.Background(), l.db)
	if err != nil || !lk.HaveOffset || lk.ClockOffset != 10*time.Minute || !lk.ClockOff() {
		t.Errorf("clock offset %v (known %v, flagged %v), want +10m flagged; %v", lk.ClockOffset, lk.HaveOffset, lk.ClockOff(), err)
	}
}
