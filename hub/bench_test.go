package hub

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"motcua/store"
)

// BenchmarkIngest measures the hub's ingest rate in records/s, with
// batches of 500 records (target at least 10,000 records/s on SQLite).
func BenchmarkIngest(b *testing.B) {
	for _, kind := range []string{"sqlite", "postgres"} {
		b.Run(kind, func(b *testing.B) {
			var dsn string
			if kind == "sqlite" {
				dsn = filepath.Join(b.TempDir(), "hub.db")
			} else {
				dsn = freshPostgres(b)
			}
			ctx := context.Background()
			h, err := Open(ctx, dsn, Options{Clock: store.NewManualClock(t0)})
			if err != nil {
				b.Fatal(err)
			}
			defer h.Close()
			enrolled(b, h, "B1")
			const per = 500
			type batch struct {
				m    Manifest
				raw  []byte
				recs []Record
			}
			batches := make([]batch, b.N)
			for i := range batches {
				n := int64(i)
				batches[i].m, batches[i].raw, batches[i].recs = makeBatch("B1", n+1, n*per+1, (n+1)*per, t0)
			}
			b.ResetTimer()
			start := time.Now()
			for i := range batches {
				if _, err := h.Ingest(ctx, batches[i].m, batches[i].raw, batches[i].recs); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*per)/time.Since(start).Seconds(), "records/s")
		})
	}
}
