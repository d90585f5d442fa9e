package sync

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"filippo.io/age"

	"motcua/store"
)

// fixture is a hub and one enrolled station.
type fixture struct {
	hub     *age.X25519Identity
	key     ed25519.PrivateKey
	station string
	keys    Keys
}

func newFixture(t testing.TB) fixture {
	t.Helper()
	hub, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	key, err := NewStationKey()
	if err != nil {
		t.Fatal(err)
	}
	return fixture{hub: hub, key: key, station: "XA-TAN-LAP",
		keys: Keys{"XA-TAN-LAP": key.Public().(ed25519.PublicKey)}}
}

func (f fixture) manifest(batch int64) Manifest {
	return Manifest{Station: f.station, Batch: batch, StationClock: 1795395600000, Motcua: "test"}
}

func (f fixture) seal(t testing.TB, events []store.Event, batch int64) []byte {
	t.Helper()
	b, err := Seal(events, f.manifest(batch), f.key, f.hub.Recipient())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// forge signs m as given (nothing recomputed) over a payload made of
// plain, compressed and encrypted: a batch a broken or hostile station could
// send with a valid signature.
func (f fixture) forge(t testing.TB, m Manifest, payload []byte) []byte {
	t.Helper()
	if m.PayloadSHA256 == "" {
		sum := sha256.Sum256(payload)
		m.PayloadSHA256 = hex.EncodeToString(sum[:])
		m.PayloadBytes = int64(len(payload))
	}
	signed, err := encodeHeader(m)
	if err != nil {
		t.Fatal(err)
	}
	out := append(signed, base64.StdEncoding.EncodeToString(ed25519.Sign(f.key, signed))...)
	out = append(out, '\n')
	return append(out, payload...)
}

// encrypted is events as a payload for the fixture's hub.
func (f fixture) encrypted(t testing.TB, events []store.Event) []byte {
	t.Helper()
	p, err := encryptRecords(events, f.hub.Recipient())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// encryptRaw encrypts plain bytes (no compression) to the fixture's hub.
func (f fixture) encryptRaw(t testing.TB, plain []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, f.hub.Recipient())
	if err != nil {
		t.Fatal(err)
	}
	w.Write(plain)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// ticketEvents makes n outbox rows shaped like queue's ticket events
// (queue/ticket_rows.go): each ticket is issued, called, sometimes
// recalled, and finished, several tickets interleaved as in a real hall.
func ticketEvents(n int, seed uint64) []store.Event {
	r := rand.New(rand.NewPCG(seed, 1))
	services := []struct{ code, prefix string }{
		{"ho_tich", "A"}, {"chung_thuc", "B"}, {"dat_dai", "C"}, {"xa_hoi", "D"}}
	outcomes := []string{"received", "guided", "received", "referred"}
	type live struct {
		id, display, service string
		issued, called       int64
		counter, recalls     int
		step                 int
	}
	var open []*live
	numbers := map[string]int{}
	at := int64(1795395600000) // 08:00 local
	out := make([]store.Event, 0, n)
	for len(out) < n {
		at += int64(5000 + r.IntN(40000))
		var t *live
		if len(open) < 3 || r.IntN(3) == 0 {
			s := services[r.IntN(len(services))]
			numbers[s.code]++
			t = &live{id: store.NewID(), display: fmt.Sprintf("%s%03d", s.prefix, numbers[s.code]), service: s.code, issued: at}
			open = append(open, t)
		} else {
			i := r.IntN(len(open))
			t = open[i]
			if t.step == 3 || (t.step == 1 && r.IntN(8) > 0) {
				t.step = 3
				open = append(open[:i], open[i+1:]...)
			}
		}
		p := map[string]any{"at": at}
		tk := map[string]any{"id": t.id, "day": "2026-11-23", "display": t.display, "service": t.service,
			"issued_at": t.issued, "queued_at": t.issued, "recalls": t.recalls, "transfers": 0}
		switch t.step {
		case 0:
			p["event"], tk["status"] = "issued", "waiting"
			t.step = 1
		case 1:
			t.counter, t.called = 1+r.IntN(4), at
			p["event"], p["counter"], tk["status"] = "called", t.counter, "serving"
			t.step = 2
		case 2:
			t.recalls++
			p["event"], p["counter"], tk["status"] = "recalled", t.counter, "serving"
			t.step = 3
		default:
			o := outcomes[r.IntN(len(outcomes))]
			p["event"], p["counter"], p["detail"], tk["status"] = "finished", t.counter, o, "done"
			tk["finished_at"], tk["outcome"] = at, o
		}
		if t.counter > 0 {
			tk["counter"], tk["called_at"] = t.counter, t.called
		}
		tk["recalls"] = t.recalls
		p["ticket"] = tk
		body, _ := json.Marshal(p)
		out = append(out, store.Event{Seq: int64(len(out) + 1), ID: store.NewID(), At: at,
			Kind: "ticket." + p["event"].(string), Entity: t.id, Payload: body})
	}
	return out
}
