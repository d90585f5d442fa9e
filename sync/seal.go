package sync

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"

	"filippo.io/age"
	"github.com/klauspost/compress/gzip"

	"motcua/store"
)

// Seal makes a batch of events, which must be in strictly increasing seq
// order. From m it takes Station, Batch, StationClock and Motcua; it fills in
// the format, range, count, compression and payload hash itself.
//
// Sealing the same events twice gives different bytes (age picks a fresh
// file key), so a station keeps the bytes it sealed and resends those.
func Seal(events []store.Event, m Manifest, key ed25519.PrivateKey, hub age.Recipient) ([]byte, error) {
	if len(events) == 0 {
		return nil, fmt.Errorf("seal batch %d: no records", m.Batch)
	}
	for i := 1; i < len(events); i++ {
		if events[i].Seq <= events[i-1].Seq {
			return nil, fmt.Errorf("seal batch %d: seq %d after %d", m.Batch, events[i].Seq, events[i-1].Seq)
		}
	}
	if len(key) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("seal batch %d: station key of %d bytes", m.Batch, len(key))
	}
	payload, err := encryptRecords(events, hub)
	if err != nil {
		return nil, fmt.Errorf("seal batch %d: %w", m.Batch, err)
	}
	sum := sha256.Sum256(payload)
	m.Format = Format
	m.FirstSeq, m.LastSeq, m.Records = events[0].Seq, events[len(events)-1].Seq, len(events)
	m.Compression = Compression
	m.PayloadSHA256 = hex.EncodeToString(sum[:])
	m.PayloadBytes = int64(len(payload))
	if err := m.validate(); err != nil {
		return nil, fmt.Errorf("seal batch %d: %w", m.Batch, err)
	}
	signed, err := encodeHeader(m)
	if err != nil {
		return nil, fmt.Errorf("seal batch %d: %w", m.Batch, err)
	}
	out := make([]byte, 0, len(signed)+sigLineLen+1+len(payload))
	out = append(out, signed...)
	out = base64.StdEncoding.AppendEncode(out, ed25519.Sign(key, signed))
	out = append(out, '\n')
	return append(out, payload...), nil
}

// encryptRecords is the payload: JSON lines, gzip, age.
func encryptRecords(events []store.Event, hub age.Recipient) ([]byte, error) {
	var sealed bytes.Buffer
	aw, err := age.Encrypt(&sealed, hub)
	if err != nil {
		return nil, fmt.Errorf("encrypt: %w", err)
	}
	zw, err := gzip.NewWriterLevel(aw, gzip.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	if err := encodeRecords(zw, events); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	if err := aw.Close(); err != nil {
		return nil, fmt.Errorf("encrypt: %w", err)
	}
	return sealed.Bytes(), nil
}
