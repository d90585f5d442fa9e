package hub_test

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	gosync "sync"
	"sync/atomic"
	"testing"
	"time"

	"filippo.io/age"

	"motcua/hub"
	"motcua/store"
	"motcua/sync"
)

// BenchmarkTwoHundredStations: 200 enrolled stations each post their
// stream of sealed batches, all at once, to one hub over HTTPS on loopback
// with the server options motcua hub serve uses (per-station rate 5
// requests/s, burst 20). Every batch must be answered 200 "stored"; the
// benchmark fails on any other answer.
func BenchmarkTwoHundredStations(b *testing.B) {
	const stations, batches, per = 200, 5, 100
	ctx := context.Background()
	id, _ := age.GenerateX25519Identity()
	// the sealed streams are made once: sealing is the stations' work
	streams := make([][][]byte, stations)
	keys := make([]ed25519.PrivateKey, stations)
	for s := range streams {
		keys[s], _ = sync.NewStationKey()
		name := fmt.Sprintf("XA-%03d", s)
		for n := range batches {
			events := make([]store.Event, per)
			for i := range events {
				seq := int64(n*per + i + 1)
				at := int64(1795395600000) + seq*7000
				body, _ := json.Marshal(map[string]any{"at": at, "event": "issued",
					"ticket": map[string]any{"id": store.NewID(), "display": fmt.Sprintf("A%03d", seq), "service": "ho_tich", "status": "waiting"}})
				events[i] = store.Event{Seq: seq, ID: store.NewID(), At: at, Kind: "ticket.issued", Entity: store.NewID(), Payload: body}
			}
			raw, err := sync.Seal(events, sync.Manifest{Station: name, Batch: int64(n + 1), Motcua: "bench"}, keys[s], id.Recipient())
			if err != nil {
				b.Fatal(err)
			}
			streams[s] = append(streams[s], raw)
		}
	}
	var total time.Duration
	var failed atomic.Int64
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		h, err := hub.Open(ctx, filepath.Join(b.TempDir(), "hub.db"), hub.Options{})
		if err != nil {
			b.Fatal(err)
		}
		for s := range stations {
			name := fmt.Sprintf("XA-%03d", s)
			secret, err := h.Enroll(ctx, name, "Xã "+name)
			if err != nil {
				b.Fatal(err)
			}
			if err := h.RegisterKey(ctx, name, secret, keys[s].Public().(ed25519.PublicKey)); err != nil {
				b.Fatal(err)
			}
		}
		srv := httptest.NewTLSServer(hub.NewServer(h, id, hub.ServerOptions{}))
		fp := sync.Fingerprint(srv.Certificate().Raw)
		b.StartTimer()
		start := time.Now()
		var wg gosync.WaitGroup
		for s := range stations {
			wg.Go(func() {
				c := sync.NewClient(srv.URL, fp, time.Minute)
				for n, raw := range streams[s] {
					r, err := c.Send(ctx, time.Now, raw, int64((batches-n-1)*per))
					if err != nil || r.Code != http.StatusOK || r.Status != sync.StatusStored {
						failed.Add(1)
						b.Errorf("station %d batch %d: %d %q %v", s, n+1, r.Code, r.Message, err)
						return
					}
				}
			})
		}
		wg.Wait()
		total += time.Since(start)
		b.StopTimer()
		srv.Close()
		h.Close()
		b.StartTimer()
	}
	sec := total.Seconds() / float64(b.N)
	b.ReportMetric(sec, "s/run")
	b.ReportMetric(float64(stations*batches*per)/sec, "records/s")
	b.ReportMetric(float64(failed.Load()), "errors")
}
