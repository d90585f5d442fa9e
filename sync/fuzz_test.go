package sync

import (
	"errors"
	"testing"
)

// The seeds run in every go test; go test -fuzz=FuzzOpen ./sync explores.
// Whatever the bytes, the parsers must not panic, must refuse with one of
// the sentinels (or a lookup error), and must never return records with an
// error or without a manifest that matches them.

func fuzzSeeds(f *testing.F) fixture {
	fx := newFixture(f)
	good := fx.seal(f, ticketEvents(8, 30), 1)
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte(Magic + "\n{}\n"))
	f.Add([]byte(Magic + "\n{\"format\":1}\n" + string(make([]byte, 88)) + "\n"))
	f.Add([]byte("motcua-batch 2\n"))
	f.Add([]byte{})
	f.Add(randomBytes(200, 3))
	return fx
}

func isRefusal(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

func FuzzParseManifest(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, batch []byte) {
		m, err := ParseManifest(batch)
		if err != nil {
			if !isRefusal(err) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			return
		}
		if err := m.validate(); err != nil || m.Format != Format {
			t.Fatalf("accepted an invalid manifest %+v: %v", m, err)
		}
	})
}

func FuzzOpen(f *testing.F) {
	fx := fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, batch []byte) {
		m, events, err := Open(batch, fx.keys.Lookup, fx.hub)
		if err != nil {
			if events != nil || !isRefusal(err) {
				t.Fatalf("refusal %v with %d records", err, len(events))
			}
			return
		}
		if len(events) != m.Records || events[0].Seq != m.FirstSeq || events[len(events)-1].Seq != m.LastSeq {
			t.Fatalf("opened %d records for manifest %+v", len(events), m)
		}
	})
}
