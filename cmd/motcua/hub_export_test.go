package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"motcua/hub"
	"motcua/store"
)

// seedHubDB makes a hub database file holding n ticket records of one
// commune on 1–3 November 2026 and one on 1 December.
func seedHubDB(t *testing.T, n int) string {
	t.Helper()
	start := time.Date(2026, 11, 1, 7, 30, 0, 0, store.Local)
	var recs []hub.Record
	for i := 1; i <= n+1; i++ {
		at := start.Add(time.Duration(i) * 3 * time.Minute)
		if i == n+1 {
			at = time.Date(2026, 12, 1, 8, 0, 0, 0, store.Local)
		}
		body, _ := json.Marshal(map[string]any{"event": "issued", "ticket": map[string]any{"display": fmt.Sprintf("A%03d", i), "service": "Hộ tịch"}})
		recs = append(recs, hub.Record{Seq: int64(i), ID: fmt.Sprintf("ev-%d", i), At: at.UnixMilli(), Kind: "ticket.issued", Entity: fmt.Sprintf("t%d", i), Payload: body})
	}
	return hubWithOneBatch(t, store.NewManualClock(time.Date(2026, 12, 2, 9, 0, 0, 0, store.Local)), start, recs)
}

// hubWithOneBatch makes a hub database file in which commune 26734 (Xã
// Tân Phú) enrolled and synced recs as its first batch, sent at sent.
func hubWithOneBatch(t *testing.T, clock store.Clock, sent time.Time, recs []hub.Record) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "hub.db")
	h, err := hub.Open(ctx, path, hub.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	secret, err := h.Enroll(ctx, "26734", "Xã Tân Phú")
	if err != nil {
		t.Fatal(err)
	}
	pub, _, _ := ed25519.GenerateKey(rand.Reader)
	if err := h.RegisterKey(ctx, "26734", secret, pub); err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(recs)
	if _, err := h.Ingest(ctx, hub.Manifest{Station: "26734", Batch: 1, SHA256: sha256.Sum256(raw), FirstSeq: recs[0].Seq,
		LastSeq: recs[len(recs)-1].Seq, Count: int64(len(recs)), StationClock: sent}, raw, recs); err != nil {
		t.Fatal(err)
	}
	return path
}

func runExport(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := newEnvironment(&stdout, &stderr)
	env.langFromArgs(args)
	code := env.exit(runHubExport(context.Background(), env, args))
	return code, stdout.String(), stderr.String()
}

func TestHubExport(t *testing.T) {
	t.Setenv("MOTCUA_LANG", "")
	db := seedHubDB(t, 40)
	out := filepath.Join(t.TempDir(), "thang11.csv")
	code, _, stderr := runExport(t, "--from", "2026-11-01", "--to", "2026-11-30", "--db", db, "--out", out)
	if code != exitOK || !strings.Contains(stderr, "Đã xuất 40 bản ghi") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBFMã xã,")) {
		t.Fatalf("no BOM and Vietnamese header: %q", b[:20])
	}
	rows, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 41 || rows[1][4] != "01/11/2026 07:33:00" || !strings.Contains(rows[1][9], "Hộ tịch") {
		t.Fatalf("%d rows, first %q", len(rows), rows[1])
	}
	// Standard output, one day, and the December record only with its month.
	code, stdout, _ := runExport(t, "--from", "2026-12-01", "--to", "2026-12-01", "--db", db, "--station", "26734")
	if code != exitOK || strings.Count(stdout, "\n") != 2 || !strings.Contains(stdout, "01/12/2026 08:00:00") {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
	for _, bad := range [][]string{
		{"--from", "2026-11-01"},
		{"--from", "1/11/2026", "--to", "2026-11-30"},
		{"--from", "2026-11-30", "--to", "2026-11-01"},
		{"--from", "2026-11-01", "--to", "2026-11-30", "--format", "xlsx"},
	} {
		if code, _, stderr := runExport(t, append(bad, "--db", db)...); code != exitUsage || stderr == "" {
			t.Errorf("%v: exit %d, %q", bad, code, stderr)
		}
	}
}

// A long export into a log tells how far it got every quarter (the
// records are 3 minutes apart: 60,000 take months).
func TestHubExportProgress(t *testing.T) {
	if testing.Short() {
		t.Skip("exports 60,000 records")
	}
	t.Setenv("MOTCUA_LANG", "")
	db := seedHubDB(t, quietProgressSteps+10000)
	code, _, stderr := runExport(t, "--from", "2026-11-01", "--to", "2027-12-31", "--db", db, "--out", filepath.Join(t.TempDir(), "x.csv"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(l, "Đang xuất bản ghi… ") {
			got = append(got, strings.TrimPrefix(l, "Đang xuất bản ghi… "))
		}
	}
	if strings.Join(got, "|") != "0 %|25 %|50 %|75 %|100 %" {
		t.Errorf("progress lines %q in:\n%s", got, stderr)
	}
}
