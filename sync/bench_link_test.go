package sync_test

import (
	"testing"
	"time"

	"motcua/sync"
)

// BenchmarkTenThousandRecordsSlowLink: 10,000 outbox records from a
// station to the hub through toxiproxy with 300 ms of latency on the
// answers (so 300 ms more per round trip) and 1 MB/s each way, in the
// default batches of 1,000. Target: under 10 s end to end (sealing
// included), at most 120 bytes on the wire per record.
func BenchmarkTenThousandRecordsSlowLink(b *testing.B) {
	const records = 10000
	var total time.Duration
	var wire int64
	for range b.N {
		b.StopTimer()
		f := newFaultLink(b, records, sync.DefaultBatchRecords)
		f.toxic(`{"type":"latency","stream":"downstream","attributes":{"latency":300}}`)
		f.toxic(`{"type":"bandwidth","stream":"upstream","attributes":{"rate":1000}}`)
		f.toxic(`{"type":"bandwidth","stream":"downstream","attributes":{"rate":1000}}`)
		b.StartTimer()
		start := time.Now()
		f.drain(2 * time.Minute)
		total += time.Since(start)
		b.StopTimer()
		wire += f.wire.Load()
		f.exactlyOnce()
		b.StartTimer()
	}
	b.ReportMetric(total.Seconds()/float64(b.N), "s/10k-records")
	b.ReportMetric(float64(wire)/float64(b.N*records), "wire-bytes/record")
}
