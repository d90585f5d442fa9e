package hub

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"filippo.io/age"

	"motcua/store"
	"motcua/sync"
)

// wire is a hub behind its HTTP API and the stations that talk to it.
type wire struct {
	t     *testing.T
	h     *Hub
	clock *store.ManualClock
	id    *age.X25519Identity
	url   string
	keys  map[string]ed25519.PrivateKey
}

var testLimits = sync.Limits{MaxBatchBytes: 64 << 10, MaxPlainBytes: 4 << 20}

func newWire(t *testing.T, h *Hub, clock *store.ManualClock, opts ServerOptions) *wire {
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	if opts.Limits.MaxBatchBytes == 0 {
		opts.Limits = testLimits
	}
	if opts.Rate == 0 {
		opts.Rate, opts.Burst = 1000, 1000
	}
	srv := httptest.NewServer(NewServer(h, id, opts))
	t.Cleanup(srv.Close)
	return &wire{t: t, h: h, clock: clock, id: id, url: srv.URL, keys: map[string]ed25519.PrivateKey{}}
}

// station enrolls station over the API with a fresh key.
func (w *wire) station(name string) {
	secret, err := w.h.Enroll(context.Background(), name, "Xã "+name)
	if err != nil {
		w.t.Fatal(err)
	}
	key, _ := sync.NewStationKey()
	body, _ := json.Marshal(sync.EnrollRequest{Station: name, Secret: secret, PublicKey: sync.FormatStationPublicKey(key.Public().(ed25519.PublicKey))})
	if code, a, _ := w.post(sync.PathEnroll, body, nil); code != 200 || a.Status != sync.StatusEnrolled {
		w.t.Fatalf("enroll %s: %d %+v", name, code, a)
	}
	w.keys[name] = key
}

// seal makes batch n of station with seqs first..last, signed by signer's
// key and encrypted to to.
func (w *wire) seal(station, signer string, n, first, last int64, to age.Recipient) []byte {
	_, _, recs := makeBatch(station, n, first, last, w.clock.Now())
	b, err := sync.Seal(recs, sync.Manifest{Station: station, Batch: n, StationClock: w.clock.Now().UnixMilli(), Motcua: "test"},
		w.keys[signer], to)
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

func (w *wire) post(path string, body []byte, headers map[string]string) (int, sync.Answer, http.Header) {
	req, _ := http.NewRequest(http.MethodPost, w.url+path, bytes.NewReader(body))
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		w.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var a sync.Answer
	if err := json.Unmarshal(raw, &a); err != nil {
		w.t.Fatalf("answer %d is not JSON: %q", resp.StatusCode, raw)
	}
	return resp.StatusCode, a, resp.Header
}

// held is what the hub stores of station: record IDs and batches.
func (w *wire) held(station string) (int, int) {
	acks, err := w.h.Acks(context.Background(), station)
	if err != nil {
		w.t.Fatal(err)
	}
	return len(storedIDs(w.t, w.h, station)), len(acks)
}

func TestServerAnswersEachCaseWithItsStatusAndStoresNothingRefused(t *testing.T) {
	eachDB(t, func(t *testing.T, h *Hub, clock *store.ManualClock) {
		w := newWire(t, h, clock, ServerOptions{})
		w.station("XA-A")
		w.station("XA-B")
		good := w.seal("XA-A", "XA-A", 1, 1, 20, w.id.Recipient())
		code, a, hdr := w.post(sync.PathBatches, good, map[string]string{sync.HeaderStationBacklog: "35"})
		if code != 200 || a.Status != sync.StatusStored || a.Batch != 1 {
			t.Fatalf("first batch: %d %+v", code, a)
		}
		if hdr.Get(sync.HeaderHubClock) != strconv.FormatInt(t0.UnixMilli(), 10) || a.HubClockMS != t0.UnixMilli() {
			t.Errorf("hub clock header %q body %d, want %d", hdr.Get(sync.HeaderHubClock), a.HubClockMS, t0.UnixMilli())
		}
		if d, err := http.ParseTime(hdr.Get("Date")); err != nil || !d.Equal(t0) {
			t.Errorf("Date %q, want the hub clock %v", hdr.Get("Date"), t0)
		}
		st, err := h.Stations(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range st {
			if s.ID == "XA-A" && s.Backlog != 35 {
				t.Errorf("backlog reported %d, want 35", s.Backlog)
			}
		}
		if recs, batches := w.held("XA-A"); recs != 20 || batches != 1 {
			t.Fatalf("after one batch the hub holds %d records in %d batches", recs, batches)
		}

		// the same bytes again: success, nothing stored twice
		code, a, _ = w.post(sync.PathBatches, good, nil)
		if code != 200 || a.Status != sync.StatusAlreadyReceived {
			t.Fatalf("replay: %d %+v", code, a)
		}

		otherHub, _ := age.GenerateX25519Identity()
		next := w.seal("XA-A", "XA-A", 2, 21, 30, w.id.Recipient())
		forged := append([]byte{}, next...)
		sigAt := bytes.IndexByte(forged[bytes.IndexByte(forged, '\n')+1:], '\n') + bytes.IndexByte(forged, '\n') + 2
		if forged[sigAt+3] == 'A' {
			forged[sigAt+3] = 'B'
		} else {
			forged[sigAt+3] = 'A'
		}
		tampered := append([]byte{}, next...)
		tampered[len(tampered)-1] ^= 0x01
		cases := []struct {
			name   string
			body   []byte
			code   int
			status string
		}{
			{"same number, other bytes", w.seal("XA-A", "XA-A", 1, 1, 20, w.id.Recipient()), 409, "conflict"},
			{"forged signature", forged, 403, "bad_signature"},
			{"signed by another enrolled station", w.seal("XA-A", "XA-B", 2, 21, 30, w.id.Recipient()), 403, "bad_signature"},
			{"unknown station", w.sealUnknown(), 401, "unknown_station"},
			{"tampered payload", tampered, 422, "tampered"},
			{"payload for another hub", w.seal("XA-A", "XA-A", 2, 21, 30, otherHub.Recipient()), 422, "undecryptable"},
			{"oversized", append(append([]byte{}, next...), make([]byte, testLimits.MaxBatchBytes)...), 413, "too_large"},
			{"random bytes", randomBody(5000), 400, "malformed"},
			{"empty body", nil, 400, "malformed"},
		}
		for _, c := range cases {
			code, a, hdr := w.post(sync.PathBatches, c.body, nil)
			if code != c.code || a.Status != c.status {
				t.Errorf("%s: %d %q (%s), want %d %q", c.name, code, a.Status, a.Message, c.code, c.status)
			}
			if hdr.Get(sync.HeaderHubClock) == "" || hdr.Get("Date") == "" || a.HubClockMS == 0 {
				t.Errorf("%s: answer without the hub clock", c.name)
			}
			if recs, batches := w.held("XA-A"); recs != 20 || batches != 1 {
				t.Errorf("%s: the hub now holds %d records in %d batches, want 20 in 1", c.name, recs, batches)
			}
		}
		if recs, batches := w.held("XA-B"); recs != 0 || batches != 0 {
			t.Errorf("XA-B holds %d records in %d batches", recs, batches)
		}
		conf, err := h.Conflicts(context.Background(), "XA-A")
		if err != nil || len(conf) != 1 {
			t.Errorf("conflicts logged: %d (%v), want 1", len(conf), err)
		}

		// a disabled station is refused, then accepted again when enabled
		if err := h.SetDisabled(context.Background(), "XA-A", true); err != nil {
			t.Fatal(err)
		}
		if code, a, _ := w.post(sync.PathBatches, next, nil); code != 403 || a.Status != "station_disabled" {
			t.Errorf("disabled station: %d %+v", code, a)
		}
		if err := h.SetDisabled(context.Background(), "XA-A", false); err != nil {
			t.Fatal(err)
		}
		if code, a, _ := w.post(sync.PathBatches, next, nil); code != 200 || a.Status != sync.StatusStored {
			t.Errorf("batch 2 after re-enabling: %d %+v", code, a)
		}
		if recs, batches := w.held("XA-A"); recs != 30 || batches != 2 {
			t.Errorf("the hub holds %d records in %d batches, want 30 in 2", recs, batches)
		}
	})
}

// sealUnknown is a well-formed batch of a station the hub never enrolled.
func (w *wire) sealUnknown() []byte {
	w.keys["XA-NOBODY"], _ = sync.NewStationKey()
	return w.seal("XA-NOBODY", "XA-NOBODY", 1, 1, 3, w.id.Recipient())
}

func randomBody(n int) []byte {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func TestServerEnrollment(t *testing.T) {
	h, clock := sqliteHub(t)
	w := newWire(t, h, clock, ServerOptions{})
	secret, err := h.Enroll(context.Background(), "XA-C", "Xã C")
	if err != nil {
		t.Fatal(err)
	}
	key, _ := sync.NewStationKey()
	otherKey, _ := sync.NewStationKey()
	reqKey := func(station, secret string, k ed25519.PrivateKey) []byte {
		b, _ := json.Marshal(sync.EnrollRequest{Station: station, Secret: secret, PublicKey: sync.FormatStationPublicKey(k.Public().(ed25519.PublicKey))})
		return b
	}
	req := func(station, secret string) []byte { return reqKey(station, secret, key) }
	for _, c := range []struct {
		name string
		body []byte
		code int
	}{
		{"wrong secret", req("XA-C", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), 403},
		{"unknown station", req("XA-Z", secret), 403},
		{"not JSON", []byte("hello"), 400},
		{"right secret", req("XA-C", secret), 200},
		{"same key again (lost answer)", req("XA-C", secret), 200},
		{"spent secret, other key", reqKey("XA-C", secret, otherKey), 409},
	} {
		if code, a, _ := w.post(sync.PathEnroll, c.body, nil); code != c.code {
			t.Errorf("%s: %d %+v, want %d", c.name, code, a, c.code)
		}
	}
	if k, err := h.StationKey(context.Background(), "XA-C"); err != nil || !k.Equal(key.Public()) {
		t.Errorf("registered key %x (%v)", k, err)
	}
}

func TestServerRateLimitsEachStation(t *testing.T) {
	h, clock := sqliteHub(t)
	w := newWire(t, h, clock, ServerOptions{Rate: 0.001, Burst: 2})
	w.station("XA-A")
	w.station("XA-B")
	b := w.seal("XA-A", "XA-A", 1, 1, 5, w.id.Recipient())
	var codes []int
	for range 3 {
		code, _, _ := w.post(sync.PathBatches, b, nil)
		codes = append(codes, code)
	}
	if codes[0] != 200 || codes[1] != 200 || codes[2] != 429 {
		t.Errorf("codes %v, want 200 200 429", codes)
	}
	// another station has its own bucket
	if code, _, _ := w.post(sync.PathBatches, w.seal("XA-B", "XA-B", 1, 1, 5, w.id.Recipient()), nil); code != 200 {
		t.Errorf("XA-B got %d", code)
	}
}

func sqliteHub(t *testing.T) (*Hub, *store.ManualClock) {
	clock := store.NewManualClock(t0)
	h, err := Open(context.Background(), t.TempDir()+"/hub.db", Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h, clock
}
