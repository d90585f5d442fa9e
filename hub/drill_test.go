package hub

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"testing"
	"time"

	"motcua/store"
)

// dossierRecord is a dossier outbox event as intake writes it.
func dossierRecord(seq int64, kind, id, code, status string, at, due time.Time) Record {
	body, _ := json.Marshal(map[string]any{"event": kind, "at": at.UnixMilli(), "dossier": map[string]any{
		"id": id, "code": code, "status": status, "due_at": due.UnixMilli(),
		"procedure": map[string]any{"name": "Đăng ký khai sinh"}}})
	return Record{Seq: seq, ID: id + "-" + kind, At: at.UnixMilli(), Kind: "dossier." + kind, Entity: id, Payload: body}
}

func TestCommuneDrill(t *testing.T) {
	eachDB(t, func(t *testing.T, h *Hub, clock *store.ManualClock) {
		ctx := context.Background()
		enrolled(t, h, "X01")
		day := 24 * time.Hour
		recs := []Record{
			// D1: received 10 days ago, due 3 days ago, still processing: overdue.
			dossierRecord(1, "received", "D1", "X01-001", "received", t0.Add(-10*day), t0.Add(-3*day)),
			dossierRecord(2, "processing", "D1", "X01-001", "processing", t0.Add(-9*day), t0.Add(-3*day)),
			// D2: due yesterday but resolved: not overdue.
			dossierRecord(3, "received", "D2", "X01-002", "received", t0.Add(-5*day), t0.Add(-day)),
			dossierRecord(4, "resolved", "D2", "X01-002", "resolved", t0.Add(-2*day), t0.Add(-day)),
			// D3: waiting for a supplement: the citizen's time, not overdue.
			dossierRecord(5, "supplement_requested", "D3", "X01-003", "supplement", t0.Add(-4*day), t0.Add(-day)),
			// D4: received today, due in 5 days; D5 due an hour ago.
			dossierRecord(6, "received", "D4", "X01-004", "received", t0.Add(-time.Hour), t0.Add(5*day)),
			dossierRecord(8, "received", "D5", "X01-005", "received", t0.Add(-3*time.Hour), t0.Add(-time.Hour)),
		}
		raw, _ := json.Marshal(recs)
		if _, err := h.Ingest(ctx, Manifest{Station: "X01", Batch: 1, SHA256: sha256.Sum256(raw), FirstSeq: 1, LastSeq: 8,
			Count: int64(len(recs)), StationClock: t0}, raw, recs); err != nil {
			t.Fatal(err)
		}
		d, err := h.CommuneDrill(ctx, "X01")
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Overdue) != 2 || d.Overdue[0].Code != "X01-001" || d.Overdue[1].Code != "X01-005" {
			t.Fatalf("overdue %+v", d.Overdue)
		}
		if d.Overdue[0].Late != 3*day || d.Overdue[0].Procedure != "Đăng ký khai sinh" {
			t.Errorf("overdue D1 %+v", d.Overdue[0])
		}
		if d.Today.DossiersReceived != 2 || d.Week.DossiersReceived != 3 || d.Week.DossiersResolved != 1 {
			t.Errorf("today %+v week %+v", d.Today, d.Week)
		}
		if len(d.Missing) != 1 || d.Missing[0] != (SeqRange{7, 7}) {
			t.Errorf("missing %v", d.Missing)
		}
		if g, err := h.GapStations(ctx); err != nil || !g["X01"] || len(g) != 1 {
			t.Fatalf("gap stations %v, %v", g, err)
		}
		// Once D1 is returned it is no longer overdue.
		clock.Advance(time.Minute)
		more := []Record{dossierRecord(7, "returned", "D1", "X01-001", "returned", t0, t0.Add(-3*day))}
		raw, _ = json.Marshal(more)
		if _, err := h.Ingest(ctx, Manifest{Station: "X01", Batch: 2, SHA256: sha256.Sum256(raw), FirstSeq: 7, LastSeq: 7,
			Count: 1, StationClock: t0}, raw, more); err != nil {
			t.Fatal(err)
		}
		d, err = h.CommuneDrill(ctx, "X01")
		if err != nil || len(d.Overdue) != 1 || d.Overdue[0].Code != "X01-005" || len(d.Missing) != 0 {
			t.Fatalf("after return: %+v, %v", d, err)
		}
		if g, err := h.GapStations(ctx); err != nil || len(g) != 0 {
			t.Fatalf("gap stations after the missing record came: %v, %v", g, err)
		}
	})
}
