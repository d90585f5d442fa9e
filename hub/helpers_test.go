package hub

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"motcua/hub/hubtest"
	"motcua/store"
)

var t0 = time.Date(2026, 3, 2, 8, 0, 0, 0, store.Local)

// freshPostgres gives the test its own schema in the test database.
func freshPostgres(tb testing.TB) string { return hubtest.FreshPostgres(tb, "hubtest") }

// eachDB runs f against a new SQLite hub and a new PostgreSQL hub.
func eachDB(t *testing.T, f func(t *testing.T, h *Hub, clock *store.ManualClock)) {
	for _, kind := range []string{"sqlite", "postgres"} {
		t.Run(kind, func(t *testing.T) {
			var dsn string
			if kind == "sqlite" {
				dsn = filepath.Join(t.TempDir(), "hub.db")
			} else {
				dsn = freshPostgres(t)
			}
			clock := store.NewManualClock(t0)
			h, err := Open(context.Background(), dsn, Options{Clock: clock})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { h.Close() })
			f(t, h, clock)
		})
	}
}

// enrolled enrolls a station and registers a fresh key for it.
func enrolled(tb testing.TB, h *Hub, station string) {
	tb.Helper()
	secret, err := h.Enroll(context.Background(), station, "Xã "+station)
	if err != nil {
		tb.Fatal(err)
	}
	pub, _, _ := ed25519.GenerateKey(rand.Reader)
	if err := h.RegisterKey(context.Background(), station, secret, pub); err != nil {
		tb.Fatal(err)
	}
}

// makeBatch builds batch number n of station holding records with seqs
// first..last; IDs derive from station and seq so resends reuse them.
func makeBatch(station string, n, first, last int64, stationClock time.Time) (Manifest, []byte, []Record) {
	var recs []Record
	for s := first; s <= last; s++ {
		body, _ := json.Marshal(map[string]any{"ticket": fmt.Sprintf("A%03d", s), "counter": 1 + s%3})
		recs = append(recs, Record{
			Seq: s, ID: fmt.Sprintf("%s-%08d", station, s), At: stationClock.Add(time.Duration(s) * time.Second).UnixMilli(),
			Kind: []string{"ticket.issued", "ticket.called", "ticket.finished"}[s%3], Entity: fmt.Sprintf("T%d", s), Payload: body,
		})
	}
	raw, _ := json.Marshal(recs)
	return Manifest{Station: station, Batch: n, SHA256: sha256.Sum256(raw), FirstSeq: first, LastSeq: last,
		Count: int64(len(recs)), StationClock: stationClock, Version: "test"}, raw, recs
}

// storedIDs returns every event ID the hub holds for station, by seq.
func storedIDs(tb testing.TB, h *Hub, station string) []string {
	tb.Helper()
	var ids []string
	err := h.Records(context.Background(), time.Unix(0, 0), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC), station,
		func(r StoredRecord) error { ids = append(ids, r.ID); return nil })
	if err != nil {
		tb.Fatal(err)
	}
	return ids
}
