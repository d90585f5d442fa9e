package sync

import (
	"bytes"
	"compress/gzip"
	"crypto/ed25519"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"filippo.io/age"
)

// sentinels lists every refusal, to check that each case gets exactly one.
var sentinels = []error{ErrUnknownStation, ErrBadSignature, ErrTampered, ErrUndecryptable,
	ErrMalformed, ErrOversized, ErrUnsupportedVersion, ErrRecordsMismatch}

// expectOnly fails unless err is want and none of the other sentinels.
func expectOnly(t *testing.T, err, want error) {
	t.Helper()
	for _, s := range sentinels {
		if errors.Is(err, s) != (s == want) {
			t.Fatalf("err = %v; want %v and no other refusal", err, want)
		}
	}
}

func TestRefusals(t *testing.T) {
	f := newFixture(t)
	events := ticketEvents(30, 10)
	good := f.seal(t, events, 5)
	other := newFixture(t) // another enrolled station, another hub
	otherHub, _ := age.GenerateX25519Identity()

	// a manifest f signs itself, with the range of events
	m := f.manifest(5)
	m.Format, m.Compression = Format, Compression
	m.FirstSeq, m.LastSeq, m.Records = 1, 30, 30

	withHeader := func(first string) []byte {
		_, rest, _ := bytes.Cut(good, []byte("\n"))
		return append([]byte(first+"\n"), rest...)
	}
	gzipped := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	shifted := m
	shifted.FirstSeq, shifted.LastSeq = 2, 31
	short := m
	short.Records, short.LastSeq = 29, 29
	long := m
	long.Records, long.LastSeq = 31, 31
	v2 := m
	v2.Format = 2

	cases := []struct {
		name   string
		batch  []byte
		keys   KeyLookup
		hub    age.Identity
		limits Limits
		want   error
	}{
		{"unknown station", good, Keys{}.Lookup, f.hub, DefaultLimits, ErrUnknownStation},
		{"signed by another station's key", good, Keys{f.station: other.key.Public().(ed25519.PublicKey)}.Lookup, f.hub, DefaultLimits, ErrBadSignature},
		{"another enrolled station's key under this name", other.seal(t, events, 5), f.keys.Lookup, other.hub, DefaultLimits, ErrBadSignature},
		{"wrong hub key", good, f.keys.Lookup, otherHub, DefaultLimits, ErrUndecryptable},
		{"random bytes", randomBytes(3000, 1), f.keys.Lookup, f.hub, DefaultLimits, ErrMalformed},
		{"empty", nil, f.keys.Lookup, f.hub, DefaultLimits, ErrMalformed},
		{"truncated in the manifest", good[:40], f.keys.Lookup, f.hub, DefaultLimits, ErrMalformed},
		{"truncated payload", good[:len(good)-10], f.keys.Lookup, f.hub, DefaultLimits, ErrTampered},
		{"appended bytes", append(bytes.Clone(good), 0), f.keys.Lookup, f.hub, DefaultLimits, ErrTampered},
		{"oversized", good, f.keys.Lookup, f.hub, Limits{MaxBatchBytes: int64(len(good) - 1), MaxPlainBytes: 1 << 20}, ErrOversized},
		{"decompresses too large", good, f.keys.Lookup, f.hub, Limits{MaxBatchBytes: 1 << 20, MaxPlainBytes: 1000}, ErrOversized},
		{"huge manifest line", append([]byte(Magic+"\n"+strings.Repeat(" ", 5000)+"\n"), good[:200]...), f.keys.Lookup, f.hub, DefaultLimits, ErrOversized},
		{"format 2 first line", withHeader("motcua-batch 2"), f.keys.Lookup, f.hub, DefaultLimits, ErrUnsupportedVersion},
		{"format 2 manifest", f.forge(t, v2, f.encrypted(t, events)), f.keys.Lookup, f.hub, DefaultLimits, ErrUnsupportedVersion},
		{"another first line", withHeader("motcua-batch one"), f.keys.Lookup, f.hub, DefaultLimits, ErrMalformed},
		{"records shifted from the range", f.forge(t, shifted, f.encrypted(t, events)), f.keys.Lookup, f.hub, DefaultLimits, ErrRecordsMismatch},
		{"more records than announced", f.forge(t, short, f.encrypted(t, events)), f.keys.Lookup, f.hub, DefaultLimits, ErrRecordsMismatch},
		{"fewer records than announced", f.forge(t, long, f.encrypted(t, events)), f.keys.Lookup, f.hub, DefaultLimits, ErrRecordsMismatch},
		{"records out of order", f.forge(t, m, f.encrypted(t, swapped(events))), f.keys.Lookup, f.hub, DefaultLimits, ErrRecordsMismatch},
		{"payload not gzip", f.forge(t, m, f.encryptRaw(t, []byte("plain text"))), f.keys.Lookup, f.hub, DefaultLimits, ErrMalformed},
		{"gzip of garbage lines", f.forge(t, m, f.encryptRaw(t, gzipped("not json\n"))), f.keys.Lookup, f.hub, DefaultLimits, ErrMalformed},
		{"record with an unknown field", f.forge(t, m, f.encryptRaw(t, gzipped(`{"seq":1,"id":"a","kind":"k","payload":{},"x":1}`+"\n"))), f.keys.Lookup, f.hub, DefaultLimits, ErrMalformed},
		{"payload not age", f.forge(t, m, []byte("age-encryption.org/v1\nnonsense")), f.keys.Lookup, f.hub, DefaultLimits, ErrUndecryptable},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, events, err := c.limits.Open(c.batch, c.keys, c.hub)
			if events != nil {
				t.Fatalf("refused batch returned %d records", len(events))
			}
			expectOnly(t, err, c.want)
		})
	}
}

func TestVerifyNeedsNoHubKey(t *testing.T) {
	f := newFixture(t)
	good := f.seal(t, ticketEvents(5, 11), 1)
	if _, err := Verify(good, f.keys.Lookup); err != nil {
		t.Fatal(err)
	}
	good[len(good)-1] ^= 1
	_, err := Verify(good, f.keys.Lookup)
	expectOnly(t, err, ErrTampered)
}

func swapped[T any](s []T) []T {
	s = append([]T(nil), s...)
	s[3], s[4] = s[4], s[3]
	return s
}

func randomBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}
