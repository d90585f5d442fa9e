package sync_test

// Faults between a station and the hub through toxiproxy (docs/SYNC.md,
// "Fault tests"): after each, the hub holds every outbox record of the
// station exactly once, by event ID, and the station has nothing pending.

import (
	"context"
	"errors"
	"net/http"
	gosync "sync"
	"testing"
	"time"

	"motcua/sync"
)

func skipShort(t *testing.T) {
	if testing.Short() {
		t.Skip("fault injection through toxiproxy")
	}
}

// failures counts the uploader's retries and signals the first n of them.
func failures(f *faultLink, n int) <-chan struct{} {
	var mu gosync.Mutex
	seen := 0
	ch := make(chan struct{})
	f.up.Notify = func(error, time.Duration) {
		mu.Lock()
		defer mu.Unlock()
		if seen++; seen == n {
			close(ch)
		}
	}
	return ch
}

func waitFor(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
	}
}

func TestFaultLatency(t *testing.T) {
	skipShort(t)
	f := newFaultLink(t, 200, 50)
	defer f.toxic(`{"type":"latency","stream":"downstream","attributes":{"latency":500}}`)()
	start := time.Now()
	f.drain(20 * time.Second)
	if d := time.Since(start); d < 2*time.Second {
		t.Errorf("4 batches through 500 ms latency took %v: the toxic did not apply", d)
	}
	f.exactlyOnce()
}

func TestFaultBandwidthCap(t *testing.T) {
	skipShort(t)
	f := newFaultLink(t, 300, 100)
	defer f.toxic(`{"type":"bandwidth","stream":"upstream","attributes":{"rate":8}}`)() // 8 KB/s
	f.drain(20 * time.Second)
	f.exactlyOnce()
}

// The connection is cut after a few kilobytes: past the TLS handshake, in
// the middle of the first batch's body, on every new connection until the
// toxic goes.
func TestFaultConnectionCutMidUpload(t *testing.T) {
	skipShort(t)
	for _, toxic := range []string{
		`{"type":"limit_data","stream":"upstream","attributes":{"bytes":3000}}`,
		`{"type":"reset_peer","stream":"upstream","attributes":{"timeout":30}}`,
	} {
		t.Run(toxic[9:19], func(t *testing.T) {
			f := newFaultLink(t, 300, 150)
			cut := failures(f, 3)
			remove := f.toxic(toxic)
			done := make(chan error, 1)
			go func() {
				ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
				defer cancel()
				_, err := f.up.Drain(ctx)
				done <- err
			}()
			waitFor(t, cut, "three cut uploads")
			remove()
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			f.exactlyOnce()
		})
	}
}

func TestFaultHubDownForAWhile(t *testing.T) {
	skipShort(t)
	f := newFaultLink(t, 200, 20)
	ctx := context.Background()
	if _, err := f.up.SendNext(ctx); err != nil { // one batch before the outage
		t.Fatal(err)
	}
	f.proxy.Stop()
	down := failures(f, 5)
	done := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		_, err := f.up.Drain(ctx)
		done <- err
	}()
	waitFor(t, down, "five refused connections")
	if err := f.proxy.Start(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	f.exactlyOnce()
}

// The hub is stopped while it handles a batch (its connections cut, so
// the answer is lost whether or not it stored the batch), its database
// closed and opened again, and it serves again on the same address.
func TestFaultHubRestartedDuringABatch(t *testing.T) {
	skipShort(t)
	f := newFaultLink(t, 200, 20)
	// let two batches through first, so the restart falls mid-stream
	for range 2 {
		if _, err := f.up.SendNext(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	var once gosync.Once
	restarted := make(chan struct{})
	f.mu.Lock()
	f.onBatch = func() {
		once.Do(func() {
			// from another goroutine: the server's Close waits for
			// this very handler
			go func() { f.restartHub(); close(restarted) }()
			time.Sleep(50 * time.Millisecond)
		})
	}
	f.mu.Unlock()
	f.drain(20 * time.Second)
	waitFor(t, restarted, "the hub's restart")
	f.exactlyOnce()
}

// The hub stores a batch but its answer never reaches the station (the
// downstream is silenced, then the connection closed): the station must
// resend, and the hub answer "already received" without storing twice.
func TestFaultAnswerLostAfterStore(t *testing.T) {
	skipShort(t)
	f := newFaultLink(t, 200, 40)
	ctx := context.Background()
	if _, err := f.up.SendNext(ctx); err != nil { // opens the connection
		t.Fatal(err)
	}
	remove := f.toxic(`{"type":"timeout","stream":"downstream","attributes":{"timeout":500}}`)
	if _, err := f.up.SendNext(ctx); !errors.Is(err, sync.ErrHubUnreachable) {
		t.Fatalf("send with the answer lost: %v, want ErrHubUnreachable", err)
	}
	f.mu.Lock()
	h := f.hub
	f.mu.Unlock()
	acks, err := h.Acks(ctx, faultStation)
	if err != nil || len(acks) != 2 {
		t.Fatalf("hub holds %d batches (%v), want 2: the lost answer's batch was stored", len(acks), err)
	}
	if b, _ := f.up.Outbox.Backlog(ctx); b.Batches == 0 {
		t.Fatal("the station took a lost answer for an acknowledgement")
	}
	remove()
	f.drain(20 * time.Second)
	f.exactlyOnce()
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// A Ctrl+C that lands while an upload fails for its own reason (the hub
// just died) is a stop, not a link failure: Drain returns the context's
// error, so motcua sync exits 0 (found by TestHubKilledDuringIngest).
func TestDrainCancelledDuringAFailureReturnsTheContextError(t *testing.T) {
	f := newFaultLink(t, 10, 5)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	f.up.Client.HTTP = &http.Client{Transport: roundTripFunc(func(*http.Request) (*http.Response, error) {
		cancel()
		return nil, errors.New("read: connection reset by peer")
	})}
	if _, err := f.up.Drain(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("drain cancelled during a failed upload: %v, want context.Canceled", err)
	}
}
