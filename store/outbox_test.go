package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"testing"

	"motcua/store"
)

func TestOutboxOrderAndPaging(t *testing.T) {
	ctx := context.Background()
	db, _ := openNew(t, store.Options{})
	type payload struct {
		N    int    `json:"n"`
		Text string `json:"text"`
	}
	// 3 transactions of 1, 2, … events: the order across and within
	// transactions is the order of appending.
	const total = 21
	n := 0
	for size := 1; n < total; size++ {
		err := db.Write(ctx, func(tx *store.Tx) error {
			for i := 0; i < size && n < total; i++ {
				if err := store.AppendEvent(ctx, tx, int64(1000+n), fmt.Sprintf("test.k%d", n%3),
					fmt.Sprintf("entity/%d", n), payload{N: n, Text: "Hộ tịch"}); err != nil {
					return err
				}
				n++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}

	var all []store.Event
	after := int64(0)
	pages := 0
	for {
		page, err := db.Events(ctx, after, 4)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		if len(page) > 4 {
			t.Fatalf("page of %d events, limit 4", len(page))
		}
		pages++
		all = append(all, page...)
		after = page[len(page)-1].Seq
	}
	if len(all) != total || pages != (total+3)/4 {
		t.Fatalf("read %d events in %d pages, want %d in %d", len(all), pages, total, (total+3)/4)
	}
	ids := map[string]bool{}
	for i, e := range all {
		if i > 0 && e.Seq <= all[i-1].Seq {
			t.Fatalf("seq not increasing: %d after %d", e.Seq, all[i-1].Seq)
		}
		var p payload
		if err := json.Unmarshal(e.Payload, &p); err != nil {
			t.Fatal(err)
		}
		if p.N != i || p.Text != "Hộ tịch" || e.At != int64(1000+i) ||
			e.Kind != fmt.Sprintf("test.k%d", i%3) || e.Entity != fmt.Sprintf("entity/%d", i) {
			t.Fatalf("event %d out of order or altered: %+v %+v", i, e, p)
		}
		if ids[e.ID] {
			t.Fatalf("event ID %s repeats", e.ID)
		}
		ids[e.ID] = true
	}
	// Reading from the middle starts right after the given seq.
	mid := all[10].Seq
	rest, err := db.Events(ctx, mid, 100)
	if err != nil || len(rest) != total-11 || rest[0].Seq != all[11].Seq {
		t.Fatalf("events after %d: %d events, %v", mid, len(rest), err)
	}
}

func TestAppendEventRejectsUnencodablePayload(t *testing.T) {
	ctx := context.Background()
	db, _ := openNew(t, store.Options{})
	err := db.Write(ctx, func(tx *store.Tx) error {
		return store.AppendEvent(ctx, tx, 1, "test.bad", "x", map[string]any{"ch": make(chan int)})
	})
	if err == nil {
		t.Fatal("a payload that cannot be encoded was accepted")
	}
	if evs, _ := db.Events(ctx, 0, 10); len(evs) != 0 {
		t.Fatalf("outbox has %d events", len(evs))
	}
}

func TestNewID(t *testing.T) {
	uuid4 := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	seen := make(map[string]bool, 20000)
	for i := 0; i < 20000; i++ {
		id := store.NewID()
		if !uuid4.MatchString(id) {
			t.Fatalf("NewID() = %q, not a version-4 UUID", id)
		}
		if seen[id] {
			t.Fatalf("NewID() repeated %q after %d IDs", id, i)
		}
		seen[id] = true
	}
}
