package hub

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"motcua/store"
)

func TestRebind(t *testing.T) {
	pg := &Hub{dialect: postgresDialect}
	if got := pg.rebind(`a = ? AND b IN (?, ?)`); got != `a = $1 AND b IN ($2, $3)` {
		t.Errorf("postgres rebind: %s", got)
	}
	lite := &Hub{dialect: sqliteDialect}
	if got := lite.rebind(`a = ?`); got != `a = ?` {
		t.Errorf("sqlite rebind: %s", got)
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "hub.db")
	h, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	enrolled(t, h, "X1")
	m, raw, recs := makeBatch("X1", 1, 1, 3, t0)
	if _, err := h.Ingest(ctx, m, raw, recs); err != nil {
		t.Fatal(err)
	}
	h.Close()
	h, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if ids := storedIDs(t, h, "X1"); len(ids) != 3 {
		t.Fatalf("after reopen: %v", ids)
	}
	got, err := h.Batch(ctx, "X1", 1)
	if err != nil || string(got) != string(raw) {
		t.Fatalf("raw batch after reopen: %v", err)
	}
}

func TestEnrollmentSecretIsOneTime(t *testing.T) {
	eachDB(t, func(t *testing.T, h *Hub, _ *store.ManualClock) {
		ctx := context.Background()
		secret, err := h.Enroll(ctx, "X1", "Xã Một")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := h.Enroll(ctx, "X1", "again"); !errors.Is(err, ErrAlreadyEnrolled) {
			t.Fatalf("second enroll: %v", err)
		}
		if _, err := h.StationKey(ctx, "X1"); !errors.Is(err, ErrNotRegistered) {
			t.Fatalf("key before registration: %v", err)
		}
		pub, _, _ := ed25519.GenerateKey(rand.Reader)
		if err := h.RegisterKey(ctx, "X1", secret+"A", pub); !errors.Is(err, ErrBadSecret) {
			t.Fatalf("wrong secret: %v", err)
		}
		if err := h.RegisterKey(ctx, "NOPE", secret, pub); !errors.Is(err, ErrUnknownStation) {
			t.Fatalf("unknown station: %v", err)
		}
		if err := h.RegisterKey(ctx, "X1", secret, pub); err != nil {
			t.Fatal(err)
		}
		other, _, _ := ed25519.GenerateKey(rand.Reader)
		if err := h.RegisterKey(ctx, "X1", secret, other); !errors.Is(err, ErrSecretUsed) {
			t.Fatalf("secret reused: %v", err)
		}
		var lookup KeyLookup = h.StationKey
		got, err := lookup(ctx, "X1")
		if err != nil || !got.Equal(pub) {
			t.Fatalf("key = %x, %v; want the first key %x", got, err, pub)
		}
		if _, err := lookup(ctx, "NOPE"); !errors.Is(err, ErrUnknownStation) {
			t.Fatalf("lookup unknown: %v", err)
		}
		if err := h.SetDisabled(ctx, "X1", true); err != nil {
			t.Fatal(err)
		}
		if _, err := lookup(ctx, "X1"); !errors.Is(err, ErrStationDisabled) {
			t.Fatalf("lookup disabled: %v", err)
		}
	})
}

func TestIngestTwiceStoresOnce(t *testing.T) {
	eachDB(t, func(t *testing.T, h *Hub, _ *store.ManualClock) {
		ctx := context.Background()
		enrolled(t, h, "X1")
		m, raw, recs := makeBatch("X1", 1, 1, 50, t0)
		res, err := h.Ingest(ctx, m, raw, recs)
		if err != nil || res.AlreadyReceived || res.Stored != 50 {
			t.Fatalf("first ingest: %+v, %v", res, err)
		}
		res, err = h.Ingest(ctx, m, raw, recs)
		if err != nil || !res.AlreadyReceived || res.Stored != 0 {
			t.Fatalf("second ingest: %+v, %v", res, err)
		}
		ids := storedIDs(t, h, "X1")
		if len(ids) != len(recs) {
			t.Fatalf("stored %d records, want %d", len(ids), len(recs))
		}
		for i, r := range recs {
			if ids[i] != r.ID {
				t.Fatalf("record %d: stored %s, sent %s", i, ids[i], r.ID)
			}
		}
		// A later batch overlapping the first (the station lost the ack
		// and re-cut its batches) stores only the new records.
		m2, raw2, recs2 := makeBatch("X1", 2, 41, 60, t0)
		res, err = h.Ingest(ctx, m2, raw2, recs2)
		if err != nil || res.Stored != 10 || res.Duplicates != 10 || len(res.Conflicts) != 0 {
			t.Fatalf("overlapping batch: %+v, %v", res, err)
		}
		if n := len(storedIDs(t, h, "X1")); n != 60 {
			t.Fatalf("stored %d records, want 60", n)
		}
	})
}

func TestBatchConflictNeverOverwrites(t *testing.T) {
	eachDB(t, func(t *testing.T, h *Hub, _ *store.ManualClock) {
		ctx := context.Background()
		enrolled(t, h, "X1")
		m, raw, recs := makeBatch("X1", 1, 1, 5, t0)
		if _, err := h.Ingest(ctx, m, raw, recs); err != nil {
			t.Fatal(err)
		}
		// Batch number 1 again with other records (a restored backup).
		m2, raw2, recs2 := makeBatch("X2", 1, 1, 7, t0)
		m2.Station = "X1"
		_, err := h.Ingest(ctx, m2, raw2, recs2)
		if !errors.Is(err, ErrConflict) {
			t.Fatalf("want ErrConflict, got %v", err)
		}
		if ids := storedIDs(t, h, "X1"); len(ids) != 5 || ids[0] != recs[0].ID {
			t.Fatalf("records after conflict: %v", ids)
		}
		if got, _ := h.Batch(ctx, "X1", 1); string(got) != string(raw) {
			t.Fatal("raw batch overwritten")
		}
		cs, err := h.Conflicts(ctx, "X1")
		if err != nil || len(cs) != 1 || cs[0].Batch != 1 || cs[0].EventID != "" || cs[0].ExistingHash == cs[0].OfferedHash {
			t.Fatalf("conflicts: %+v, %v", cs, err)
		}
	})
}

func TestRecordDedupe(t *testing.T) {
	eachDB(t, func(t *testing.T, h *Hub, _ *store.ManualClock) {
		ctx := context.Background()
		enrolled(t, h, "X1")
		m, raw, recs := makeBatch("X1", 1, 1, 4, t0)
		if _, err := h.Ingest(ctx, m, raw, recs); err != nil {
			t.Fatal(err)
		}
		// Batch 2 resends record 3 unchanged, reuses record 4's ID with other
		// content, and brings a new record 5.
		m2, raw2, recs2 := makeBatch("X1", 2, 3, 5, t0)
		recs2[1].Payload = []byte(`{"tampered":true}`)
		res, err := h.Ingest(ctx, m2, raw2, recs2)
		if err != nil {
			t.Fatal(err)
		}
		if res.Stored != 1 || res.Duplicates != 1 || len(res.Conflicts) != 1 || res.Conflicts[0] != recs[3].ID {
			t.Fatalf("result %+v", res)
		}
		var payload string
		_ = h.Records(ctx, time.Unix(0, 0), t0.Add(time.Hour), "X1", func(r StoredRecord) error {
			if r.ID == recs[3].ID {
				payload = string(r.Payload)
			}
			return nil
		})
		if payload != string(recs[3].Payload) {
			t.Fatalf("record 4 overwritten: %s", payload)
		}
		cs, _ := h.Conflicts(ctx, "X1")
		if len(cs) != 1 || cs[0].EventID != recs[3].ID || cs[0].Batch != 2 {
			t.Fatalf("conflicts: %+v", cs)
		}
	})
}

func TestIngestRefusals(t *testing.T) {
	eachDB(t, func(t *testing.T, h *Hub, _ *store.ManualClock) {
		ctx := context.Background()
		m, raw, recs := makeBatch("X1", 1, 1, 3, t0)
		if _, err := h.Ingest(ctx, m, raw, recs); !errors.Is(err, ErrUnknownStation) {
			t.Fatalf("unknown station: %v", err)
		}
		enrolled(t, h, "X1")
		bad := m
		bad.Count = 4
		if _, err := h.Ingest(ctx, bad, raw, recs); !errors.Is(err, ErrBadBatch) {
			t.Fatalf("count mismatch: %v", err)
		}
		bad = m
		bad.LastSeq = 2
		if _, err := h.Ingest(ctx, bad, raw, recs); !errors.Is(err, ErrBadBatch) {
			t.Fatalf("seq outside range: %v", err)
		}
		if err := h.SetDisabled(ctx, "X1", true); err != nil {
			t.Fatal(err)
		}
		if _, err := h.Ingest(ctx, m, raw, recs); !errors.Is(err, ErrStationDisabled) {
			t.Fatalf("disabled: %v", err)
		}
		if ids := storedIDs(t, h, "X1"); len(ids) != 0 {
			t.Fatalf("refused batches stored %v", ids)
		}
	})
}

func TestClockOffsetAndStatus(t *testing.T) {
	eachDB(t, func(t *testing.T, h *Hub, clock *store.ManualClock) {
		ctx := context.Background()
		enrolled(t, h, "X1")
		enrolled(t, h, "X2")
		// X1's clock runs 7 minutes fast.
		m, raw, recs := makeBatch("X1", 1, 1, 10, t0.Add(7*time.Minute))
		res, err := h.Ingest(ctx, m, raw, recs)
		if err != nil || res.ClockOffset != 7*time.Minute || !res.HubClock.Equal(t0) {
			t.Fatalf("ingest: %+v, %v", res, err)
		}
		// A gap: batch 2 is lost or late, batch 3 arrives.
		m3, raw3, recs3 := makeBatch("X1", 3, 21, 25, t0.Add(7*time.Minute))
		if _, err := h.Ingest(ctx, m3, raw3, recs3); err != nil {
			t.Fatal(err)
		}
		if err := h.ReportBacklog(ctx, "X1", 12, t0.Add(7*time.Minute)); err != nil {
			t.Fatal(err)
		}
		gaps, err := h.MissingRanges(ctx, "X1")
		if err != nil || len(gaps) != 1 || gaps[0] != (SeqRange{11, 20}) {
			t.Fatalf("gaps %v, %v", gaps, err)
		}
		clock.Advance(30 * time.Hour)
		st, err := h.Stations(ctx)
		if err != nil || len(st) != 2 {
			t.Fatalf("stations %+v, %v", st, err)
		}
		x1, x2 := st[0], st[1]
		if x1.ID != "X1" || !x1.ClockKnown || x1.ClockOffset != 7*time.Minute || x1.Backlog != 12 ||
			x1.LastBatch != 3 || x1.MaxSeq != 25 || !x1.LastSuccess.Equal(t0) || x1.SilentFor != 30*time.Hour {
			t.Fatalf("X1 status %+v", x1)
		}
		if x1.RecordsToday != 0 {
			t.Fatalf("X1 records today after 30 h: %d", x1.RecordsToday)
		}
		if x2.ClockKnown || x2.Backlog != -1 || !x2.LastSuccess.IsZero() || x2.SilentFor != 30*time.Hour {
			t.Fatalf("X2 status %+v", x2)
		}
		m4, raw4, recs4 := makeBatch("X1", 4, 26, 28, clock.Now().Add(-2*time.Second))
		if _, err := h.Ingest(ctx, m4, raw4, recs4); err != nil {
			t.Fatal(err)
		}
		st, _ = h.Stations(ctx)
		if st[0].RecordsToday != 3 || st[0].ClockOffset != -2*time.Second || st[0].SilentFor != 0 {
			t.Fatalf("X1 after batch 4: %+v", st[0])
		}
		counts, err := h.CountsByKind(ctx, time.Unix(0, 0), clock.Now().Add(time.Hour), "X1")
		if err != nil || counts["ticket.issued"]+counts["ticket.called"]+counts["ticket.finished"] != 18 {
			t.Fatalf("counts %v, %v", counts, err)
		}
	})
}

func TestConcurrentStations(t *testing.T) {
	eachDB(t, func(t *testing.T, h *Hub, _ *store.ManualClock) {
		ctx := context.Background()
		const stations, batches, per = 8, 5, 40
		for s := range stations {
			enrolled(t, h, fmt.Sprintf("S%02d", s))
		}
		var wg sync.WaitGroup
		errs := make(chan error, stations*batches*2)
		for s := range stations {
			wg.Add(1)
			go func() {
				defer wg.Done()
				id := fmt.Sprintf("S%02d", s)
				for b := int64(1); b <= batches; b++ {
					m, raw, recs := makeBatch(id, b, (b-1)*per+1, b*per, t0)
					// Each batch twice, as a station does when an ack is lost.
					for range 2 {
						if _, err := h.Ingest(ctx, m, raw, recs); err != nil {
							errs <- err
						}
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		for s := range stations {
			id := fmt.Sprintf("S%02d", s)
			ids := storedIDs(t, h, id)
			if len(ids) != batches*per {
				t.Fatalf("%s: %d records, want %d", id, len(ids), batches*per)
			}
			for i, got := range ids {
				if want := fmt.Sprintf("%s-%08d", id, i+1); got != want {
					t.Fatalf("%s record %d: %s, want %s", id, i, got, want)
				}
			}
		}
	})
}

func TestSameBatchRacing(t *testing.T) {
	eachDB(t, func(t *testing.T, h *Hub, _ *store.ManualClock) {
		ctx := context.Background()
		enrolled(t, h, "X1")
		m, raw, recs := makeBatch("X1", 1, 1, 200, t0)
		var wg sync.WaitGroup
		results := make([]Result, 6)
		errs := make([]error, 6)
		for i := range results {
			wg.Add(1)
			go func() { defer wg.Done(); results[i], errs[i] = h.Ingest(ctx, m, raw, recs) }()
		}
		wg.Wait()
		fresh := 0
		for i := range results {
			if errs[i] != nil {
				t.Fatal(errs[i])
			}
			if !results[i].AlreadyReceived {
				fresh++
			}
		}
		if fresh != 1 || len(storedIDs(t, h, "X1")) != 200 {
			t.Fatalf("%d ingests stored the batch; %d records", fresh, len(storedIDs(t, h, "X1")))
		}
	})
}
