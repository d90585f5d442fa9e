package sync_test

// A station and a hub joined through an in-process toxiproxy, for the fault
// tests and the slow-link benchmark: the uploader talks to the proxy, the
// proxy to a real hub.NewServer behind TLS on loopback, and the test adds
// toxics, stops the proxy or restarts the hub between them.

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	gosync "sync"
	"sync/atomic"
	"testing"
	"time"

	"filippo.io/age"
	toxiproxy "github.com/Shopify/toxiproxy/v2"
	"github.com/cenkalti/backoff/v5"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"motcua/hub"
	"motcua/store"
	"motcua/sync"
)

const faultStation = "XA-TOXIC"

// faultLink is a station outbox, a hub on a fixed loopback address, and a
// toxiproxy between them.
type faultLink struct {
	tb      testing.TB
	db      *store.DB
	up      *sync.Uploader
	proxy   *toxiproxy.Proxy
	hubPath string
	hubAddr string
	id      *age.X25519Identity
	// wire counts the bytes the hub's connections read and wrote: TLS
	// records, what a slow link carries (without TCP/IP headers).
	wire atomic.Int64

	mu  gosync.Mutex
	hub *hub.Hub
	srv *httptest.Server
	// onBatch, if set, runs in the hub's handler before each batch is
	// handled (to restart the hub in the middle of one).
	onBatch func()
}

// newFaultLink makes a station with records outbox rows, sealed in batches
// of perBatch, enrolled with a hub reached through a proxy.
func newFaultLink(tb testing.TB, records, perBatch int) *faultLink {
	tb.Helper()
	ctx := context.Background()
	dir := tb.TempDir()
	db, err := store.Open(ctx, filepath.Join(dir, "station.db"), store.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	appendTicketEvents(tb, db, records)

	f := &faultLink{tb: tb, db: db, hubPath: filepath.Join(dir, "hub.db")}
	f.id, _ = age.GenerateX25519Identity()
	f.hub, err = hub.Open(ctx, f.hubPath, hub.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	secret, err := f.hub.Enroll(ctx, faultStation, "Xã Thử Lỗi")
	if err != nil {
		tb.Fatal(err)
	}
	key, _ := sync.NewStationKey()
	if err := f.hub.RegisterKey(ctx, faultStation, secret, key.Public().(ed25519.PublicKey)); err != nil {
		tb.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	f.hubAddr = ln.Addr().String()
	f.serve(ln)
	tb.Cleanup(func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.srv.CloseClientConnections()
		f.srv.Close()
		f.hub.Close()
	})

	api := toxiproxy.NewServer(toxiproxy.NewMetricsContainer(prometheus.NewRegistry()), zerolog.Nop())
	f.proxy = toxiproxy.NewProxy(api, "hub", "127.0.0.1:0", f.hubAddr)
	if err := f.proxy.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(f.proxy.Stop)

	e := sync.Enrollment{Station: faultStation, Key: key, Hub: f.id.Recipient()}
	if err := sync.SaveEnrollment(ctx, db, e); err != nil {
		tb.Fatal(err)
	}
	out := sync.NewOutbox(db, e, "test")
	out.MaxRecords = perBatch
	// httptest serves its fixed test certificate, so the pin survives a
	// restart of the hub.
	f.up = &sync.Uploader{Outbox: out,
		Client:     sync.NewClient("https://"+f.proxy.Listen, sync.Fingerprint(f.srv.Certificate().Raw), 5*time.Second),
		NewBackOff: func() backoff.BackOff { return backoff.NewConstantBackOff(20 * time.Millisecond) }}
	return f
}

// serve starts the hub's HTTPS server on ln with the current hub.
func (f *faultLink) serve(ln net.Listener) {
	real := hub.NewServer(f.hub, f.id, hub.ServerOptions{Rate: 1000, Burst: 1000})
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		hook := f.onBatch
		f.mu.Unlock()
		if hook != nil && r.URL.Path == sync.PathBatches {
			hook()
		}
		real.ServeHTTP(w, r)
	}))
	srv.Listener.Close()
	srv.Listener = countingListener{ln, &f.wire}
	srv.StartTLS()
	f.srv = srv
}

// restartHub cuts every connection, closes the hub database, opens it
// again and serves on the same address, as a restarted hub would.
func (f *faultLink) restartHub() {
	f.tb.Helper()
	f.mu.Lock()
	srv, h := f.srv, f.hub
	f.mu.Unlock()
	srv.CloseClientConnections()
	srv.Close() // waits for the handler that was running
	if err := h.Close(); err != nil {
		f.tb.Errorf("close hub: %v", err)
	}
	h, err := hub.Open(context.Background(), f.hubPath, hub.Options{})
	if err != nil {
		f.tb.Fatalf("reopen hub: %v", err)
	}
	var ln net.Listener
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if ln, err = net.Listen("tcp", f.hubAddr); err == nil || time.Now().After(deadline) {
			break
		}
	}
	if err != nil {
		f.tb.Fatalf("listen again on %s: %v", f.hubAddr, err)
	}
	f.mu.Lock()
	f.hub = h
	f.serve(ln)
	f.mu.Unlock()
}

// toxic adds a toxic from its JSON form and returns a function removing it.
func (f *faultLink) toxic(js string) func() {
	f.tb.Helper()
	w, err := f.proxy.Toxics.AddToxicJson(strings.NewReader(js))
	if err != nil {
		f.tb.Fatalf("toxic %s: %v", js, err)
	}
	return func() {
		if err := f.proxy.Toxics.RemoveToxic(context.Background(), w.Name); err != nil {
			f.tb.Errorf("remove toxic %s: %v", w.Name, err)
		}
	}
}

// drain runs the uploader until the outbox is delivered or limit passes.
func (f *faultLink) drain(limit time.Duration) {
	f.tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	if _, err := f.up.Drain(ctx); err != nil {
		f.tb.Fatalf("drain: %v", err)
	}
}

// exactlyOnce checks that the hub holds each outbox row of the station
// once, by event ID, and the station has nothing pending.
func (f *faultLink) exactlyOnce() {
	f.tb.Helper()
	ctx := context.Background()
	events, err := f.db.Events(ctx, 0, 1<<30)
	if err != nil {
		f.tb.Fatal(err)
	}
	f.mu.Lock()
	h := f.hub
	f.mu.Unlock()
	held := map[string]int{}
	err = h.Records(ctx, time.Unix(0, 0), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC), faultStation,
		func(r hub.StoredRecord) error { held[r.ID]++; return nil })
	if err != nil {
		f.tb.Fatal(err)
	}
	if len(events) == 0 || len(held) != len(events) {
		f.tb.Errorf("hub holds %d records, station has %d", len(held), len(events))
	}
	for _, e := range events {
		if held[e.ID] != 1 {
			f.tb.Errorf("event %d (%s) held %d times", e.Seq, e.ID, held[e.ID])
		}
	}
	if s, ok, err := f.up.Outbox.Pending(ctx); err != nil || ok {
		f.tb.Errorf("station still has batch %d pending (%v)", s.Number, err)
	}
	if b, err := f.up.Outbox.Backlog(ctx); err != nil || b.Records != 0 || b.Batches != 0 {
		f.tb.Errorf("station backlog %+v (%v), want nothing", b, err)
	}
}

// appendTicketEvents writes n outbox rows shaped like the queue's ticket
// events (issued, called, finished) in one transaction: many rows fast,
// with payloads of a realistic size for the bytes-per-record figure.
func appendTicketEvents(tb testing.TB, db *store.DB, n int) {
	tb.Helper()
	ctx := context.Background()
	services := []string{"ho_tich", "chung_thuc", "dat_dai", "xa_hoi"}
	kinds := []string{"issued", "called", "finished"}
	at := int64(1795395600000)
	err := db.Write(ctx, func(tx *store.Tx) error {
		var ticket string
		for i := range n {
			step := i % 3
			if step == 0 {
				ticket = store.NewID()
			}
			at += 7000 + int64(i%13)*1000
			tk := map[string]any{"id": ticket, "day": "2026-11-23", "display": fmt.Sprintf("A%03d", i/3+1),
				"service": services[(i/3)%len(services)], "issued_at": at, "queued_at": at, "recalls": 0, "transfers": 0,
				"status": [...]string{"waiting", "serving", "done"}[step]}
			p := map[string]any{"at": at, "event": kinds[step], "ticket": tk}
			if step > 0 {
				p["counter"], tk["counter"], tk["called_at"] = 1+i%4, 1+i%4, at
			}
			if step == 2 {
				p["detail"], tk["outcome"], tk["finished_at"] = "received", "received", at
			}
			if err := store.AppendEvent(ctx, tx, at, "ticket."+kinds[step], ticket, p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
}

type countingListener struct {
	net.Listener
	n *atomic.Int64
}

func (l countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return countingConn{c, l.n}, nil
}

type countingConn struct {
	net.Conn
	n *atomic.Int64
}

func (c countingConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.n.Add(int64(n))
	return n, err
}

func (c countingConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.n.Add(int64(n))
	return n, err
}
