package sync

import (
	"bytes"
	"errors"
	"testing"
)

// Every single byte of a batch is covered: the first line by the format
// check, the manifest by the signature, the signature by itself, the payload
// by the signed hash. Flipping any bit anywhere must be refused.
func TestTamperingAnyByteIsDetected(t *testing.T) {
	f := newFixture(t)
	good := f.seal(t, ticketEvents(40, 20), 9)
	headerEnd := bytes.Index(good, []byte("\n")) + 1
	headerEnd += bytes.Index(good[headerEnd:], []byte("\n")) + 1
	for i := range good {
		for _, mask := range []byte{0x01, 0x80} {
			bad := bytes.Clone(good)
			bad[i] ^= mask
			m, events, err := Open(bad, f.keys.Lookup, f.hub)
			if err == nil || events != nil {
				t.Fatalf("byte %d ^ %#x accepted: %+v", i, mask, m)
			}
			// past the signed part, only the signature or the hash may catch it
			if i >= headerEnd && !errors.Is(err, ErrBadSignature) && !errors.Is(err, ErrTampered) && !errors.Is(err, ErrMalformed) {
				t.Fatalf("byte %d ^ %#x: %v", i, mask, err)
			}
		}
	}
}

// A manifest edited to claim another batch number or range with the
// signature kept is a forgery.
func TestEditedManifestFailsTheSignature(t *testing.T) {
	f := newFixture(t)
	good := f.seal(t, ticketEvents(10, 21), 12)
	for _, edit := range [][2]string{{`"batch":12`, `"batch":13`}, {`"last_seq":10`, `"last_seq":11`}, {`"station":"XA-TAN-LAP"`, `"station":"XA-TAN-LAQ"`}} {
		bad := bytes.Replace(good, []byte(edit[0]), []byte(edit[1]), 1)
		if bytes.Equal(bad, good) {
			t.Fatalf("%s not in the manifest", edit[0])
		}
		keys := Keys{"XA-TAN-LAQ": f.keys[f.station], f.station: f.keys[f.station]}
		_, _, err := Open(bad, keys.Lookup, f.hub)
		expectOnly(t, err, ErrBadSignature)
	}
}
