package district

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/hub"
	"motcua/store"
)

// now is the hub's time in every test: a Friday morning in November.
var now = time.Date(2026, 11, 20, 10, 0, 0, 0, store.Local)

// newHub opens an empty SQLite hub on a manual clock.
func newHub(t *testing.T) (*hub.Hub, *store.ManualClock) {
	t.Helper()
	clock := store.NewManualClock(now)
	h, err := hub.Open(context.Background(), filepath.Join(t.TempDir(), "hub.db"), hub.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h, clock
}

// enroll enrolls a commune and, unless register is false, registers its key.
func enroll(t *testing.T, h *hub.Hub, id, name string, register bool) {
	t.Helper()
	ctx := context.Background()
	secret, err := h.Enroll(ctx, id, name)
	if err != nil {
		t.Fatal(err)
	}
	if register {
		pub, _, _ := ed25519.GenerateKey(rand.Reader)
		if err := h.RegisterKey(ctx, id, secret, pub); err != nil {
			t.Fatal(err)
		}
	}
}

// ticketEvent is a queue outbox record (queue/ticket_rows.go eventPayload).
func ticketEvent(seq int64, station, kind, display, service string, at time.Time) hub.Record {
	id := fmt.Sprintf("%s-%s-%s", station, at.Format("20060102"), display)
	status := map[string]string{"issued": "waiting", "called": "serving", "finished": "done", "no_show": "no_show"}[kind]
	body, _ := json.Marshal(map[string]any{"event": kind, "at": at.UnixMilli(), "counter": 1, "ticket": map[string]any{
		"id": id, "day": at.Format(time.DateOnly), "display": display, "service": service, "status": status,
		"issued_at": at.UnixMilli(), "queued_at": at.UnixMilli(), "recalls": 0, "transfers": 0}})
	return hub.Record{Seq: seq, ID: fmt.Sprintf("%s-ev-%d", station, seq), At: at.UnixMilli(), Kind: "ticket." + kind, Entity: id, Payload: body}
}

// dossierEvent is an intake outbox record (intake/dossier_rows.go).
func dossierEvent(seq int64, station, kind, id, code, status, procedure string, at, due time.Time) hub.Record {
	body, _ := json.Marshal(map[string]any{"event": kind, "at": at.UnixMilli(), "counter": 2, "clerk": "Lê Thị Mai",
		"reason": "", "from": "", "detail": map[string]any{}, "dossier": map[string]any{
			"id": id, "code": code, "status": status, "agency": "UBND " + station,
			"procedure":   map[string]any{"id": "1.001193", "name": procedure, "field": "Hộ tịch", "days": 3, "unit": "working_days"},
			"citizen":     map[string]any{"name": "Trần Văn Hùng", "id_number": "001080012345"},
			"received_at": at.UnixMilli(), "due_at": due.UnixMilli()}})
	return hub.Record{Seq: seq, ID: fmt.Sprintf("%s-ev-%d", station, seq), At: at.UnixMilli(), Kind: "dossier." + kind, Entity: id, Payload: body}
}

// deliver ingests records as batch n at hub time hubAt, the station's
// clock being off by off.
func deliver(t *testing.T, h *hub.Hub, clock *store.ManualClock, station string, n int64, hubAt time.Time, off time.Duration, recs []hub.Record) {
	t.Helper()
	clock.Set(hubAt)
	raw, _ := json.Marshal(recs)
	m := hub.Manifest{Station: station, Batch: n, SHA256: sha256.Sum256(raw), FirstSeq: recs[0].Seq,
		LastSeq: recs[len(recs)-1].Seq, Count: int64(len(recs)), StationClock: hubAt.Add(off), Version: "test"}
	if _, err := h.Ingest(context.Background(), m, raw, recs); err != nil {
		t.Fatal(err)
	}
}

// district seeds six communes in the states the view must tell apart.
func district(t *testing.T) (*hub.Hub, *store.ManualClock) {
	t.Helper()
	h, clock := newHub(t)
	ctx := context.Background()
	// Tân Phú: healthy, synced 5 minutes ago, a busy morning.
	enroll(t, h, "26734", "Xã Tân Phú", true)
	var recs []hub.Record
	at := now.Add(-2 * time.Hour)
	for i := 1; i <= 12; i++ {
		d := fmt.Sprintf("A%03d", i)
		recs = append(recs, ticketEvent(int64(len(recs)+1), "26734", "issued", d, "hotich", at))
		recs = append(recs, ticketEvent(int64(len(recs)+1), "26734", "called", d, "hotich", at.Add(5*time.Minute)))
		kind := "finished"
		if i%5 == 0 {
			kind = "no_show"
		}
		recs = append(recs, ticketEvent(int64(len(recs)+1), "26734", kind, d, "hotich", at.Add(9*time.Minute)))
		at = at.Add(7 * time.Minute)
	}
	recs = append(recs,
		dossierEvent(int64(len(recs)+1), "26734", "received", "d1", "26734-20261120-001", "received", "Đăng ký khai sinh", now.Add(-90*time.Minute), now.Add(72*time.Hour)),
		dossierEvent(int64(len(recs)+2), "26734", "received", "d0", "26734-20261110-004", "received", "Chứng thực bản sao từ bản chính", now.AddDate(0, 0, -10), now.AddDate(0, 0, -8)),
		dossierEvent(int64(len(recs)+3), "26734", "processing", "d0", "26734-20261110-004", "processing", "Chứng thực bản sao từ bản chính", now.AddDate(0, 0, -9), now.AddDate(0, 0, -8)),
	)
	deliver(t, h, clock, "26734", 1, now.Add(-5*time.Minute), 12*time.Second, recs)
	must(t, h.ReportBacklog(ctx, "26734", 0, now.Add(-5*time.Minute+12*time.Second)))

	// Phú Thịnh: last heard of 25 hours ago.
	enroll(t, h, "26737", "Xã Phú Thịnh", true)
	deliver(t, h, clock, "26737", 1, now.Add(-25*time.Hour), -20*time.Second, []hub.Record{
		ticketEvent(1, "26737", "issued", "A001", "chungthuc", now.Add(-26*time.Hour)),
		ticketEvent(2, "26737", "called", "A001", "chungthuc", now.Add(-26*time.Hour+3*time.Minute)),
	})
	// Hòa Bình: synced 2 minutes ago but its clock runs 6 minutes fast.
	enroll(t, h, "26740", "Xã Hòa Bình", true)
	deliver(t, h, clock, "26740", 1, now.Add(-2*time.Minute), 6*time.Minute, []hub.Record{
		ticketEvent(1, "26740", "issued", "A001", "datdai", now.Add(-time.Hour)),
		dossierEvent(2, "26740", "received", "h1", "26740-20261120-001", "received", "Cấp giấy chứng nhận quyền sử dụng đất", now.Add(-55*time.Minute), now.AddDate(0, 0, 30)),
	})
	must(t, h.ReportBacklog(ctx, "26740", 37, now.Add(-2*time.Minute+6*time.Minute)))
	// Long Thành: batch 1 lost on the way (seqs 1–3 missing), overdue dossiers.
	enroll(t, h, "26743", "Thị trấn Long Thành", true)
	deliver(t, h, clock, "26743", 2, now.Add(-40*time.Minute), time.Second, []hub.Record{
		dossierEvent(4, "26743", "received", "l1", "26743-20261102-007", "received", "Đăng ký kết hôn", now.AddDate(0, 0, -18), now.AddDate(0, 0, -13)),
		dossierEvent(5, "26743", "received", "l2", "26743-20261116-002", "received", "Cấp bản sao trích lục hộ tịch", now.AddDate(0, 0, -4), now.Add(-20*time.Hour)),
		dossierEvent(6, "26743", "apologised", "l1", "26743-20261102-007", "processing", "Đăng ký kết hôn", now.AddDate(0, 0, -12), now.AddDate(0, 0, -2)),
		dossierEvent(7, "26743", "received", "l3", "26743-20261119-001", "received", "Đăng ký thường trú", now.AddDate(0, 0, -1), now.AddDate(0, 0, 2)),
	})
	// …and batch 2 offered again with other content: a logged conflict.
	clock.Set(now.Add(-30 * time.Minute))
	other := []hub.Record{ticketEvent(4, "26743", "issued", "A009", "hotich", now.Add(-31*time.Minute))}
	raw, _ := json.Marshal(other)
	if _, err := h.Ingest(ctx, hub.Manifest{Station: "26743", Batch: 2, SHA256: sha256.Sum256(raw), FirstSeq: 4, LastSeq: 4,
		Count: 1, StationClock: now.Add(-30 * time.Minute)}, raw, other); !errors.Is(err, hub.ErrConflict) {
		t.Fatalf("second batch 2: %v, want a conflict", err)
	}
	// Đồng Tâm: enrolled, the station never came to register its key.
	enroll(t, h, "26746", "Xã Đồng Tâm", false)
	// Bình Minh: disabled (the PC was stolen).
	enroll(t, h, "26749", "Xã Bình Minh", true)
	must(t, h.SetDisabled(ctx, "26749", true))
	clock.Set(now)
	return h, clock
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// drive feeds msg to m and runs the returned command's message back in,
// once, for the readings (ticks are not followed).
func drive(t *testing.T, m Model, msg tea.Msg) Model {
	t.Helper()
	next, cmd := m.Update(msg)
	m = next.(Model)
	if cmd == nil {
		return m
	}
	if reply := cmd(); reply != nil {
		switch reply.(type) {
		case loadedMsg, drillMsg:
			next, _ = m.Update(reply)
			m = next.(Model)
		}
	}
	return m
}

// loaded is a view of h at w×h with the first reading done.
func loaded(t *testing.T, opts Options, w, ht int) Model {
	t.Helper()
	m := New(opts)
	next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: ht})
	m = next.(Model)
	next, _ = m.Update(m.load()())
	return next.(Model)
}

func key(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "f2":
		return tea.KeyPressMsg{Code: tea.KeyF2}
	}
	return tea.KeyPressMsg{Code: rune(k[0]), Text: k}
}
