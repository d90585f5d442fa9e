package sync

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"reflect"
	"testing"
)

func TestSealOpenRoundTrip(t *testing.T) {
	f := newFixture(t)
	events := ticketEvents(500, 1)
	batch := f.seal(t, events, 7)
	m, got, err := Open(batch, f.keys.Lookup, f.hub)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, events) {
		t.Fatalf("records differ after the round trip: got %d, want %d", len(got), len(events))
	}
	want := Manifest{Format: Format, Station: f.station, Batch: 7, FirstSeq: 1, LastSeq: 500, Records: 500,
		Compression: Compression, PayloadSHA256: m.PayloadSHA256, PayloadBytes: m.PayloadBytes,
		StationClock: 1795395600000, Motcua: "test"}
	if m != want {
		t.Fatalf("manifest = %+v\nwant %+v", m, want)
	}
	pm, err := ParseManifest(batch)
	if err != nil || pm != m {
		t.Fatalf("ParseManifest = %+v, %v; want the opened manifest", pm, err)
	}
}

func TestRangeNeedNotStartAtOneNorBeGapFree(t *testing.T) {
	f := newFixture(t)
	events := ticketEvents(10, 2)
	for i := range events {
		events[i].Seq = int64(1000 + 3*i) // rows deleted or another numbering
	}
	m, got, err := Open(f.seal(t, events, 3), f.keys.Lookup, f.hub)
	if err != nil {
		t.Fatal(err)
	}
	if m.FirstSeq != 1000 || m.LastSeq != 1027 || m.Records != 10 || !reflect.DeepEqual(got, events) {
		t.Fatalf("manifest %d-%d (%d records), records equal: %v", m.FirstSeq, m.LastSeq, m.Records, reflect.DeepEqual(got, events))
	}
}

func TestReplayOfTheSameBytesOpensIdentically(t *testing.T) {
	f := newFixture(t)
	batch := f.seal(t, ticketEvents(50, 3), 1)
	replay := bytes.Clone(batch)
	m1, e1, err1 := Open(batch, f.keys.Lookup, f.hub)
	m2, e2, err2 := Open(replay, f.keys.Lookup, f.hub)
	if err1 != nil || err2 != nil || m1 != m2 || !reflect.DeepEqual(e1, e2) {
		t.Fatalf("replay differs: %v / %v", err1, err2)
	}
}

func TestSealingTwiceGivesOtherBytesSameRecords(t *testing.T) {
	// why a station stores the bytes it sealed: age draws a fresh file key
	f := newFixture(t)
	events := ticketEvents(20, 4)
	a, b := f.seal(t, events, 1), f.seal(t, events, 1)
	if bytes.Equal(a, b) {
		t.Fatal("two seals gave identical bytes; the resend policy in docs/SYNC.md assumes they differ")
	}
	ma, _ := ParseManifest(a)
	mb, _ := ParseManifest(b)
	if ma.PayloadSHA256 == mb.PayloadSHA256 || ma.FirstSeq != mb.FirstSeq || ma.Records != mb.Records {
		t.Fatalf("manifests %+v / %+v", ma, mb)
	}
}

func TestSealRefusesEmptyOrUnorderedEvents(t *testing.T) {
	f := newFixture(t)
	if _, err := Seal(nil, f.manifest(1), f.key, f.hub.Recipient()); err == nil {
		t.Fatal("sealed an empty batch")
	}
	events := ticketEvents(3, 5)
	events[2].Seq = events[1].Seq
	if _, err := Seal(events, f.manifest(1), f.key, f.hub.Recipient()); err == nil {
		t.Fatal("sealed events with a repeated seq")
	}
	m := f.manifest(1)
	m.Station = "xã có dấu"
	if _, err := Seal(ticketEvents(3, 5), m, f.key, f.hub.Recipient()); err == nil {
		t.Fatal("sealed a batch with a station ID outside the allowed characters")
	}
}

func TestPayloadBytesPassThroughUnchanged(t *testing.T) {
	f := newFixture(t)
	events := ticketEvents(2, 6)
	events[0].Payload = []byte(`{"name":"Nguyễn Thị <Hoa> & con","n":1}`)
	_, got, err := Open(f.seal(t, events, 1), f.keys.Lookup, f.hub)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got[0].Payload, events[0].Payload) {
		t.Fatalf("payload %s, want %s", got[0].Payload, events[0].Payload)
	}
}

func TestLookupFailureIsNotUnknownStation(t *testing.T) {
	f := newFixture(t)
	boom := errors.New("hub database down")
	_, _, err := Open(f.seal(t, ticketEvents(2, 7), 1), func(string) (ed25519.PublicKey, error) { return nil, boom }, f.hub)
	if !errors.Is(err, boom) || errors.Is(err, ErrUnknownStation) {
		t.Fatalf("err = %v", err)
	}
}
