package hub

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"motcua/store"
)

func TestExportCSV(t *testing.T) {
	eachDB(t, func(t *testing.T, h *Hub, clock *store.ManualClock) {
		ctx := context.Background()
		enrolled(t, h, "X01")
		enrolled(t, h, "X02")
		// Batch 1 of X01: 1..6 on 2 March; batch of X02 with Vietnamese text
		// and a value Excel would take for a formula.
		m, raw, recs := makeBatch("X01", 1, 1, 6, t0)
		if _, err := h.Ingest(ctx, m, raw, recs); err != nil {
			t.Fatal(err)
		}
		name := "Nguyễn Thị Hường" // NFC
		body, _ := json.Marshal(map[string]any{"dossier": map[string]any{"citizen": map[string]any{"name": name}}})
		x2 := []Record{
			{Seq: 1, ID: "X02-1", At: t0.Add(time.Hour).UnixMilli(), Kind: "dossier.received", Entity: "=HYPERLINK(1)", Payload: body},
			// Outside the range: the day after.
			{Seq: 2, ID: "X02-2", At: t0.Add(26 * time.Hour).UnixMilli(), Kind: "dossier.resolved", Entity: "D2", Payload: body},
		}
		rawX2, _ := json.Marshal(x2)
		if _, err := h.Ingest(ctx, Manifest{Station: "X02", Batch: 1, SHA256: sha256.Sum256(rawX2), FirstSeq: 1, LastSeq: 2,
			Count: 2, StationClock: t0}, rawX2, x2); err != nil {
			t.Fatal(err)
		}
		from := time.Date(2026, 3, 2, 0, 0, 0, 0, store.Local)
		var buf bytes.Buffer
		var progress []int64
		n, err := h.ExportCSVWith(ctx, &buf, from, from.AddDate(0, 0, 1), "", ExportOptions{
			ProgressEvery: 3, Progress: func(w int64) { progress = append(progress, w) }})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte{0xEF, 0xBB, 0xBF}) {
			t.Fatalf("no UTF-8 BOM: % x", buf.Bytes()[:3])
		}
		rows, err := csv.NewReader(bytes.NewReader(buf.Bytes()[3:])).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(rows[0], "|") != strings.Join(exportHeader, "|") || rows[0][0] != "Mã xã" {
			t.Fatalf("header %q", rows[0])
		}
		if n != 7 || len(rows)-1 != 7 {
			t.Fatalf("wrote %d, %d rows; want the 7 records of 2 March", n, len(rows)-1)
		}
		if len(progress) != 3 || progress[0] != 3 || progress[2] != 7 {
			t.Errorf("progress %v", progress)
		}
		last := rows[7]
		if last[0] != "X02" || last[1] != "Xã X02" || last[2] != "1" || last[5] != "dossier.received" {
			t.Fatalf("row %q", last)
		}
		if last[6] != "'=HYPERLINK(1)" {
			t.Errorf("formula not neutralised: %q", last[6])
		}
		if last[4] != "02/03/2026 09:00:00" {
			t.Errorf("station time %q, want Vietnam time", last[4])
		}
		if !strings.Contains(last[9], name) || !norm.NFC.IsNormalString(last[9]) {
			t.Errorf("payload lost its Vietnamese text: %q", last[9])
		}
		// One station only.
		buf.Reset()
		if n, err := h.ExportCSV(ctx, &buf, from, from.AddDate(0, 0, 1), "X02"); err != nil || n != 1 {
			t.Fatalf("X02 only: %d, %v", n, err)
		}
	})
}
