package sync

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/store"
)

// hall runs a real demo station for n tickets (issued, called, finished)
// and returns a second handle on its database, as the uploader has.
func hall(t *testing.T, tickets int) (*store.DB, *queue.Station, *store.ManualClock) {
	t.Helper()
	dir := t.TempDir()
	st, clock := queuetest.NewStation(t, queuetest.In(dir))
	ctx := context.Background()
	cfg, err := st.Config(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range tickets {
		svc := cfg.Services[i%len(cfg.Services)].Code
		if _, err := st.Issue(ctx, svc, ""); err != nil {
			t.Fatal(err)
		}
		clock.Advance(time.Minute)
		for _, c := range cfg.Counters {
			if _, err := st.CallNext(ctx, c.Number); err == nil {
				clock.Advance(3 * time.Minute)
				if _, err := st.Finish(ctx, c.Number, queue.Received); err != nil {
					t.Fatal(err)
				}
				break
			}
		}
	}
	db, err := store.Open(ctx, filepath.Join(dir, "station.db"), store.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, st, clock
}

func allEvents(t *testing.T, db *store.DB) []store.Event {
	t.Helper()
	events, err := db.Events(context.Background(), 0, 1<<30)
	if err != nil {
		t.Fatal(err)
	}
	return events
}

func TestOutboxDeliversEveryRowOnceInNumberedBatches(t *testing.T) {
	db, _, _ := hall(t, 60)
	f := newFixture(t)
	o := &Outbox{DB: db, Station: f.station, Key: f.key, Hub: f.hub.Recipient(), Motcua: "test", MaxRecords: 50}
	batches, err := o.Unacked(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := allEvents(t, db)
	var got []store.Event
	size := 0
	for i, b := range batches {
		m, events, err := Open(b.Bytes, f.keys.Lookup, f.hub)
		if err != nil {
			t.Fatal(err)
		}
		if m.Batch != int64(i+1) || b.Number != m.Batch || m.FirstSeq != b.FirstSeq || m.PayloadSHA256 != b.SHA256 {
			t.Fatalf("batch %d: stored %+v, manifest %+v", i+1, b, m)
		}
		if len(events) > 50 {
			t.Fatalf("batch %d holds %d records, limit 50", i+1, len(events))
		}
		got = append(got, events...)
		size += len(b.Bytes)
	}
	if len(want) < 150 || !reflect.DeepEqual(got, want) {
		t.Fatalf("batches carry %d records, outbox has %d", len(got), len(want))
	}
	t.Logf("real queue outbox: %d records in %d batches of 50, %.1f bytes/record", len(want), len(batches), float64(size)/float64(len(want)))
}

func TestPendingResendsTheSameBytesUntilAcknowledged(t *testing.T) {
	db, st, clock := hall(t, 10)
	ctx := context.Background()
	f := newFixture(t)
	o := &Outbox{DB: db, Station: f.station, Key: f.key, Hub: f.hub.Recipient(), Motcua: "test", MaxRecords: 1000}
	first, ok, err := o.Pending(ctx)
	if err != nil || !ok || first.Number != 1 {
		t.Fatalf("Pending = %+v, %v, %v", first.Number, ok, err)
	}
	// more rows arrive; a restarted uploader must still resend batch 1 as is
	clock.Advance(time.Second)
	cfg, err := st.Config(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Issue(ctx, cfg.Services[0].Code, ""); err != nil {
		t.Fatal(err)
	}
	again, _, err := (&Outbox{DB: db, Station: f.station, Key: f.key, Hub: f.hub.Recipient()}).Pending(ctx)
	if err != nil || !bytes.Equal(again.Bytes, first.Bytes) {
		t.Fatalf("resend differs: %v", err)
	}
	if err := o.Ack(ctx, 1, "00"+first.SHA256[2:]); !errors.Is(err, ErrAckMismatch) {
		t.Fatalf("ack with another hash: %v", err)
	}
	if err := o.Ack(ctx, 2, first.SHA256); !errors.Is(err, ErrAckMismatch) {
		t.Fatalf("ack of a batch never sealed: %v", err)
	}
	bl, err := o.Backlog(ctx)
	if err != nil || bl.Batches != 1 || bl.Records != int64(len(allEvents(t, db))) || bl.LastAckedAt != 0 {
		t.Fatalf("backlog before ack = %+v, %v", bl, err)
	}
	for range 2 { // acknowledging twice is harmless
		if err := o.Ack(ctx, 1, first.SHA256); err != nil {
			t.Fatal(err)
		}
	}
	next, ok, err := o.Pending(ctx)
	if err != nil || !ok || next.Number != 2 || next.FirstSeq != first.LastSeq+1 || next.Records != 1 {
		t.Fatalf("after ack Pending = %+v, %v, %v", next, ok, err)
	}
	if err := o.Ack(ctx, 2, next.SHA256); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := o.Pending(ctx); ok || err != nil {
		t.Fatalf("nothing waiting, Pending ok=%v err=%v", ok, err)
	}
	bl, err = o.Backlog(ctx)
	if err != nil || bl != (Backlog{LastAckedAt: clock.Now().UnixMilli()}) {
		t.Fatalf("backlog after acks = %+v, %v", bl, err)
	}
}

func TestConcurrentSealersNeverForkNumbersOrRanges(t *testing.T) {
	db, _, clock := hall(t, 40)
	ctx := context.Background()
	f := newFixture(t)
	other, err := store.Open(ctx, db.Path(), store.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	errs := make(chan error, 2)
	for _, h := range []*store.DB{db, other} {
		go func() {
			o := &Outbox{DB: h, Station: f.station, Key: f.key, Hub: f.hub.Recipient(), MaxRecords: 7}
			_, err := o.Unacked(ctx)
			errs <- err
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	o := &Outbox{DB: db, Station: f.station, Key: f.key, Hub: f.hub.Recipient(), MaxRecords: 7}
	batches, err := o.Unacked(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []store.Event
	for i, b := range batches {
		_, events, err := Open(b.Bytes, f.keys.Lookup, f.hub)
		if err != nil || b.Number != int64(i+1) {
			t.Fatalf("batch %d numbered %d: %v", i+1, b.Number, err)
		}
		got = append(got, events...)
	}
	if !reflect.DeepEqual(got, allEvents(t, db)) {
		t.Fatalf("two sealers delivered %d records, outbox has %d", len(got), len(allEvents(t, db)))
	}
}

func TestEnrollmentRoundTrip(t *testing.T) {
	db, _, _ := hall(t, 0)
	ctx := context.Background()
	if _, err := LoadEnrollment(ctx, db); !errors.Is(err, ErrNotEnrolled) {
		t.Fatalf("fresh station: %v", err)
	}
	f := newFixture(t)
	e := Enrollment{Station: f.station, Key: f.key, Hub: f.hub.Recipient()}
	if err := SaveEnrollment(ctx, db, e); err != nil {
		t.Fatal(err)
	}
	got, err := LoadEnrollment(ctx, db)
	if err != nil || got.Station != e.Station || !got.Key.Equal(e.Key) || got.Hub.String() != e.Hub.String() {
		t.Fatalf("loaded %+v, %v", got, err)
	}
	if err := SaveEnrollment(ctx, db, Enrollment{Station: "", Key: f.key, Hub: e.Hub}); err == nil {
		t.Fatal("saved an enrollment without a station ID")
	}
}
