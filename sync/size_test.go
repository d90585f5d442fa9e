package sync

import (
	"bytes"
	"testing"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// wireTarget is issue 4's budget: bytes on the wire per record.
const wireTarget = 120

// TestBytesPerRecord measures 10,000 realistic ticket events sealed in
// batches of 1,000 (the uploader's size) and in one batch. The figure goes
// to docs/SYNC.md.
func TestBytesPerRecord(t *testing.T) {
	f := newFixture(t)
	events := ticketEvents(10000, 50)
	var raw int
	for _, e := range events {
		raw += len(e.Payload)
	}
	for _, size := range []int{1000, 10000} {
		total := 0
		for i := 0; i < len(events); i += size {
			total += len(f.seal(t, events[i:i+size], int64(i/size+1)))
		}
		per := float64(total) / float64(len(events))
		t.Logf("batches of %5d: %d bytes for %d records = %.1f bytes/record (payload JSON alone %.0f bytes/record)",
			size, total, len(events), per, float64(raw)/float64(len(events)))
		if per > wireTarget {
			t.Errorf("%.1f bytes/record in batches of %d, target at most %d", per, size, wireTarget)
		}
	}
}

// TestCompressionChoice records why the payload is gzip: zstd saves a few
// bytes per record at best, while gzip is what every system can undo
// (gunzip after age -d) without installing anything.
func TestCompressionChoice(t *testing.T) {
	var plain bytes.Buffer
	if err := encodeRecords(&plain, ticketEvents(1000, 51)); err != nil {
		t.Fatal(err)
	}
	sizes := map[string]int{}
	for _, level := range []int{gzip.DefaultCompression, gzip.BestCompression} {
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, level)
		w.Write(plain.Bytes())
		w.Close()
		sizes[map[int]string{gzip.DefaultCompression: "gzip-6", gzip.BestCompression: "gzip-9"}[level]] = b.Len()
	}
	for _, level := range []zstd.EncoderLevel{zstd.SpeedDefault, zstd.SpeedBestCompression} {
		w, _ := zstd.NewWriter(nil, zstd.WithEncoderLevel(level))
		sizes["zstd-"+level.String()] = len(w.EncodeAll(plain.Bytes(), nil))
	}
	for name, n := range sizes {
		t.Logf("%-12s %6d bytes = %5.1f bytes/record (plain %.1f)", name, n, float64(n)/1000, float64(plain.Len())/1000)
	}
	if sizes["gzip-9"] > sizes["gzip-6"] || sizes["gzip-9"] >= plain.Len()/3 {
		t.Errorf("gzip-9 %d bytes, gzip-6 %d, plain %d", sizes["gzip-9"], sizes["gzip-6"], plain.Len())
	}
}

func BenchmarkSeal1000(b *testing.B) {
	f := newFixture(b)
	events := ticketEvents(1000, 52)
	b.ResetTimer()
	for b.Loop() {
		f.seal(b, events, 1)
	}
}

func BenchmarkOpen1000(b *testing.B) {
	f := newFixture(b)
	batch := f.seal(b, ticketEvents(1000, 53), 1)
	b.SetBytes(int64(len(batch)))
	for b.Loop() {
		if _, _, err := Open(batch, f.keys.Lookup, f.hub); err != nil {
			b.Fatal(err)
		}
	}
}
