package sync

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"

	"filippo.io/age"
	"github.com/klauspost/compress/gzip"

	"motcua/store"
)

// Limits bound what a hub will read from one batch, so a hostile or broken
// station cannot exhaust its memory.
type Limits struct {
	MaxBatchBytes int64 // the whole batch as received
	MaxPlainBytes int64 // the records after decompression
}

// DefaultLimits fit 10,000 ticket events with a wide margin: they take about
// 0.7 MB on the wire and 4 MB decompressed.
var DefaultLimits = Limits{MaxBatchBytes: 8 << 20, MaxPlainBytes: 64 << 20}

// ParseManifest reads a batch's manifest without checking its signature or
// decrypting anything: what the hub needs to find the station's key.
func ParseManifest(batch []byte) (Manifest, error) { return DefaultLimits.ParseManifest(batch) }

// Verify checks a batch's signature and payload hash without decrypting.
func Verify(batch []byte, stations KeyLookup) (Manifest, error) {
	return DefaultLimits.Verify(batch, stations)
}

// Open verifies, decrypts and decodes a batch with DefaultLimits.
func Open(batch []byte, stations KeyLookup, hub age.Identity) (Manifest, []store.Event, error) {
	return DefaultLimits.Open(batch, stations, hub)
}

// ParseManifest is ParseManifest under these limits.
func (l Limits) ParseManifest(batch []byte) (Manifest, error) {
	h, err := splitBatch(batch, l.MaxBatchBytes)
	return h.manifest, err
}

// Verify checks, in this order, the container, the station, the signature
// and the payload's length and SHA-256. Only the signature makes the
// manifest trustworthy, so it is checked before anything the manifest says
// about the payload.
func (l Limits) Verify(batch []byte, stations KeyLookup) (Manifest, error) {
	h, err := l.verify(batch, stations)
	return h.manifest, err
}

func (l Limits) verify(batch []byte, stations KeyLookup) (header, error) {
	h, err := splitBatch(batch, l.MaxBatchBytes)
	if err != nil {
		return header{}, err
	}
	m := h.manifest
	pub, err := stations(m.Station)
	if err != nil {
		return header{}, fmt.Errorf("look up station %s: %w", m.Station, err)
	}
	if pub == nil {
		return header{}, fmt.Errorf("station %s: %w", m.Station, ErrUnknownStation)
	}
	if len(pub) != ed25519.PublicKeySize || !ed25519.Verify(pub, h.signed, h.sig) {
		return header{}, fmt.Errorf("station %s batch %d: %w", m.Station, m.Batch, ErrBadSignature)
	}
	sum := sha256.Sum256(h.payload)
	if int64(len(h.payload)) != m.PayloadBytes || hex.EncodeToString(sum[:]) != m.PayloadSHA256 {
		return header{}, fmt.Errorf("station %s batch %d: %w", m.Station, m.Batch, ErrTampered)
	}
	return h, nil
}

// Open verifies a batch, decrypts it with the hub's identity and returns its
// manifest and records, checked against the manifest's range and count.
func (l Limits) Open(batch []byte, stations KeyLookup, hub age.Identity) (Manifest, []store.Event, error) {
	h, err := l.verify(batch, stations)
	if err != nil {
		return Manifest{}, nil, err
	}
	m := h.manifest
	ar, err := age.Decrypt(bytes.NewReader(h.payload), hub)
	if err != nil {
		return Manifest{}, nil, fmt.Errorf("station %s batch %d: %v: %w", m.Station, m.Batch, err, ErrUndecryptable)
	}
	// age authenticates every chunk as it is read: a read error is a
	// payload this identity cannot open, not a compression problem.
	compressed, err := io.ReadAll(ar)
	if err != nil {
		return Manifest{}, nil, fmt.Errorf("station %s batch %d: %v: %w", m.Station, m.Batch, err, ErrUndecryptable)
	}
	zr, err := gzip.NewReader(bytes.NewReader(compressed))
	if err != nil {
		return Manifest{}, nil, fmt.Errorf("station %s batch %d: gzip: %v: %w", m.Station, m.Batch, err, ErrMalformed)
	}
	zr.Multistream(false)
	events, err := decodeRecords(&cappedReader{r: zr, left: l.MaxPlainBytes}, m)
	if err != nil {
		return Manifest{}, nil, fmt.Errorf("station %s batch %d: %w", m.Station, m.Batch, err)
	}
	return m, events, nil
}

// cappedReader fails with ErrOversized past its limit (a zip bomb), and
// turns decompression errors into ErrMalformed.
type cappedReader struct {
	r    io.Reader
	left int64
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		var one [1]byte
		if n, _ := io.ReadFull(c.r, one[:]); n == 0 {
			return 0, io.EOF // exactly at the limit
		}
		return 0, fmt.Errorf("records over the decompressed limit: %w", ErrOversized)
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if err != nil && !errors.Is(err, io.EOF) {
		err = fmt.Errorf("gzip: %v: %w", err, ErrMalformed)
	}
	return n, err
}
