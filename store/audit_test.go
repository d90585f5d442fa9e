package store_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"motcua/store"
)

func TestAuditInWriteNamesActorAndGoesToOutbox(t *testing.T) {
	ctx := store.WithActor(context.Background(), store.Actor{Account: "lan", Remote: "10.0.0.7:5522"})
	db, _ := openNew(t, store.Options{Clock: store.NewManualClock(day0800)})
	at := day0800.Add(90 * time.Second).UnixMilli()
	err := db.Write(ctx, func(tx *store.Tx) error {
		return store.Audit(ctx, tx, at, 3, "ticket.call", "A-012")
	})
	if err != nil {
		t.Fatal(err)
	}
	trail, err := db.AuditTrail(ctx, store.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(trail) != 1 {
		t.Fatalf("trail has %d entries, want 1", len(trail))
	}
	e := trail[0]
	if e.Account != "lan" || e.Remote != "10.0.0.7:5522" || e.Counter != 3 || e.Action != "ticket.call" ||
		e.Detail != "A-012" || e.At.UnixMilli() != at || e.ID == "" {
		t.Fatalf("entry = %+v", e)
	}
	events, err := db.Events(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 || events[0].Kind != store.AuditEventKind || events[0].Entity != "audit/"+e.ID {
		t.Fatalf("outbox = %+v, want one %s event for %s", events, store.AuditEventKind, e.ID)
	}
	var sent store.AuditPayload
	if err := json.Unmarshal(events[0].Payload, &sent); err != nil {
		t.Fatal(err)
	}
	if sent.ID != e.ID || sent.Account != "lan" || sent.Action != "ticket.call" || sent.At != at {
		t.Fatalf("outbox payload = %+v, want %+v", sent, e)
	}
}

func TestAuditRolledBackWithItsChange(t *testing.T) {
	ctx := context.Background()
	db, _ := openNew(t, store.Options{})
	boom := errors.New("change refused")
	err := db.Write(ctx, func(tx *store.Tx) error {
		if err := store.Audit(ctx, tx, 1, 1, "ticket.finish", ""); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Write = %v, want %v", err, boom)
	}
	if n := readInt(t, db, `SELECT count(*) FROM audit`); n != 0 {
		t.Fatalf("%d audit rows after a rolled back change", n)
	}
	if n := readInt(t, db, `SELECT count(*) FROM outbox`); n != 0 {
		t.Fatalf("%d outbox rows after a rolled back change", n)
	}
}

func TestDBAuditAtThisPCUsesClock(t *testing.T) {
	ctx := context.Background()
	clock := store.NewManualClock(day0800)
	db, _ := openNew(t, store.Options{Clock: clock})
	clock.Advance(time.Hour)
	if err := db.Audit(ctx, 0, "form.reprint", "HS-1"); err != nil {
		t.Fatal(err)
	}
	trail, err := db.AuditTrail(ctx, store.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(trail) != 1 || trail[0].Account != "" || trail[0].Remote != "" || !trail[0].At.Equal(day0800.Add(time.Hour)) {
		t.Fatalf("trail = %+v, want one entry at this PC at 09:00", trail)
	}
}

func TestAuditTrailFilters(t *testing.T) {
	db, _ := openNew(t, store.Options{})
	type row struct {
		min     int
		account string
		counter int
		action  string
	}
	rows := []row{
		{0, "lan", 1, "ticket.call"},
		{1, "lan", 1, "ticket.finish"},
		{2, "minh", 2, "ticket.call"},
		{3, "minh", 2, "dossier.receive"},
		{4, "", 0, "settings.change"},
		{5, "lan", 1, "ticket.recall"},
		{5, "minh", 0, "account.login"},
	}
	for _, r := range rows {
		ctx := store.WithActor(context.Background(), store.Actor{Account: r.account})
		at := day0800.Add(time.Duration(r.min) * time.Minute).UnixMilli()
		if err := db.Write(ctx, func(tx *store.Tx) error {
			return store.Audit(ctx, tx, at, r.counter, r.action, "")
		}); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	cases := []struct {
		name string
		f    store.AuditFilter
		want []string // actions, newest first
	}{
		{"all", store.AuditFilter{}, []string{"account.login", "ticket.recall", "settings.change", "dossier.receive",
			"ticket.call", "ticket.finish", "ticket.call"}},
		{"account", store.AuditFilter{Account: "lan"}, []string{"ticket.recall", "ticket.finish", "ticket.call"}},
		{"counter", store.AuditFilter{Counter: 2}, []string{"dossier.receive", "ticket.call"}},
		{"prefix", store.AuditFilter{Action: "ticket."}, []string{"ticket.recall", "ticket.call", "ticket.finish", "ticket.call"}},
		{"exact", store.AuditFilter{Action: "ticket.call"}, []string{"ticket.call", "ticket.call"}},
		{"no such", store.AuditFilter{Action: "ticket.call_out"}, nil},
		{"from-to", store.AuditFilter{From: day0800.Add(time.Minute), To: day0800.Add(4 * time.Minute)},
			[]string{"dossier.receive", "ticket.call", "ticket.finish"}},
		{"page", store.AuditFilter{Limit: 2, Offset: 1}, []string{"ticket.recall", "settings.change"}},
		{"offset only", store.AuditFilter{Offset: 5}, []string{"ticket.finish", "ticket.call"}},
		{"combined", store.AuditFilter{Account: "minh", Action: "ticket.", Counter: 2}, []string{"ticket.call"}},
		{"at this PC", store.AuditFilter{AtThisPC: true}, []string{"settings.change"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			trail, err := db.AuditTrail(ctx, c.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range trail {
				got = append(got, e.Action)
			}
			if len(got) != len(c.want) {
				t.Fatalf("actions = %v, want %v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Fatalf("actions = %v, want %v", got, c.want)
				}
			}
			count := c.f
			count.Limit, count.Offset = 0, 0
			n, err := db.AuditCount(ctx, count)
			if err != nil {
				t.Fatal(err)
			}
			all, _ := db.AuditTrail(ctx, count)
			if n != len(all) {
				t.Fatalf("AuditCount = %d, trail without paging has %d", n, len(all))
			}
		})
	}
}

func TestAuditDetailIsCutToValidText(t *testing.T) {
	ctx := context.Background()
	db, _ := openNew(t, store.Options{})
	long := strings.Repeat("ệ", store.MaxAuditDetail) // 3 bytes each: the cut falls inside one
	if err := db.Audit(ctx, 1, "ticket.call_out_of_order", long); err != nil {
		t.Fatal(err)
	}
	trail, err := db.AuditTrail(ctx, store.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	d := trail[0].Detail
	if len(d) > store.MaxAuditDetail || len(d) < store.MaxAuditDetail-3 || !utf8.ValidString(d) || !strings.HasPrefix(long, d) {
		t.Fatalf("detail of %d bytes kept as %d bytes, valid %v", len(long), len(d), utf8.ValidString(d))
	}
}
