package sync

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Manifest describes a batch. It is signed, so everything the hub decides on
// before decrypting (who sent it, which number, which range, which bytes)
// is here. Field names are the JSON names documented in docs/SYNC.md.
type Manifest struct {
	Format        int    `json:"format"`
	Station       string `json:"station"`
	Batch         int64  `json:"batch"`
	FirstSeq      int64  `json:"first_seq"`
	LastSeq       int64  `json:"last_seq"`
	Records       int    `json:"records"`
	Compression   string `json:"compression"`
	PayloadSHA256 string `json:"payload_sha256"` // hex, of the age file
	PayloadBytes  int64  `json:"payload_bytes"`  // length of the age file
	StationClock  int64  `json:"station_clock"`  // Unix ms when sealed
	Motcua        string `json:"motcua"`         // version of the sealing binary
}

// maxHeaderBytes bounds the three text lines before the payload, so a
// garbage body is refused before anything large is read.
const maxHeaderBytes = 4096

// sigLineLen is the length of the base64 signature line without newline.
var sigLineLen = base64.StdEncoding.EncodedLen(ed25519.SignatureSize)

var stationIDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)

// validate checks what a manifest must hold whatever the payload.
func (m Manifest) validate() error {
	switch {
	case !stationIDPattern.MatchString(m.Station):
		return fmt.Errorf("station %q: want 1-64 of A-Z a-z 0-9 . _ -", m.Station)
	case m.Batch < 1:
		return fmt.Errorf("batch number %d: want at least 1", m.Batch)
	case m.FirstSeq < 1 || m.LastSeq < m.FirstSeq:
		return fmt.Errorf("range %d-%d: want 1 <= first <= last", m.FirstSeq, m.LastSeq)
	case m.Records < 1 || int64(m.Records) > m.LastSeq-m.FirstSeq+1:
		return fmt.Errorf("%d records in range %d-%d", m.Records, m.FirstSeq, m.LastSeq)
	case m.Compression != Compression:
		return fmt.Errorf("compression %q: want %q", m.Compression, Compression)
	case m.PayloadBytes < 1:
		return fmt.Errorf("payload of %d bytes", m.PayloadBytes)
	}
	if b, err := hex.DecodeString(m.PayloadSHA256); err != nil || len(b) != 32 ||
		m.PayloadSHA256 != strings.ToLower(m.PayloadSHA256) {
		return fmt.Errorf("payload_sha256 %q: want 64 lowercase hex digits", m.PayloadSHA256)
	}
	return nil
}

// header is a batch split into its parts; signed is the exact bytes the
// signature covers (the magic line and the manifest line, with newlines).
type header struct {
	manifest Manifest
	signed   []byte
	sig      []byte
	payload  []byte
}

// splitBatch parses the container without checking any signature or hash.
func splitBatch(batch []byte, maxBatch int64) (header, error) {
	var h header
	if int64(len(batch)) > maxBatch {
		return h, fmt.Errorf("%d bytes, limit %d: %w", len(batch), maxBatch, ErrOversized)
	}
	magic, rest, ok := bytes.Cut(batch, []byte("\n"))
	if !ok || len(magic) > 64 {
		return h, fmt.Errorf("no first line: %w", ErrMalformed)
	}
	if err := checkMagic(string(magic)); err != nil {
		return h, err
	}
	line, rest, ok := bytes.Cut(rest, []byte("\n"))
	if !ok {
		return h, fmt.Errorf("no manifest line: %w", ErrMalformed)
	}
	if len(magic)+len(line)+2+sigLineLen+1 > maxHeaderBytes {
		return h, fmt.Errorf("manifest longer than %d bytes: %w", maxHeaderBytes, ErrOversized)
	}
	h.signed = batch[:len(magic)+len(line)+2]
	sigText, payload, ok := bytes.Cut(rest, []byte("\n"))
	if !ok || len(sigText) != sigLineLen {
		return h, fmt.Errorf("no signature line: %w", ErrMalformed)
	}
	sig, err := base64.StdEncoding.Strict().DecodeString(string(sigText))
	if err != nil || len(sig) != ed25519.SignatureSize {
		return h, fmt.Errorf("signature line: %w", ErrMalformed)
	}
	h.sig, h.payload = sig, payload
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&h.manifest); err != nil || dec.More() {
		return h, fmt.Errorf("manifest JSON: %v: %w", err, ErrMalformed)
	}
	if h.manifest.Format != Format {
		return h, fmt.Errorf("manifest format %d: %w", h.manifest.Format, ErrUnsupportedVersion)
	}
	if err := h.manifest.validate(); err != nil {
		return h, fmt.Errorf("manifest: %v: %w", err, ErrMalformed)
	}
	return h, nil
}

// checkMagic tells a batch of another format version from something that is
// not a batch at all.
func checkMagic(line string) error {
	if line == Magic {
		return nil
	}
	if v, ok := strings.CutPrefix(line, "motcua-batch "); ok {
		if _, err := strconv.Atoi(v); err == nil {
			return fmt.Errorf("format %s, this binary reads %d: %w", v, Format, ErrUnsupportedVersion)
		}
	}
	return fmt.Errorf("not a motcua batch: %w", ErrMalformed)
}

// encodeHeader writes the signed part of a batch: magic line, manifest line.
func encodeHeader(m Manifest) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(Magic + "\n")
	enc := json.NewEncoder(&buf) // one line, ends with \n
	enc.SetEscapeHTML(false)
	if err := enc.Encode(m); err != nil {
		return nil, fmt.Errorf("encode manifest: %w", err)
	}
	if buf.Len()+sigLineLen+1 > maxHeaderBytes {
		return nil, fmt.Errorf("manifest of %d bytes: %w", buf.Len(), ErrOversized)
	}
	return buf.Bytes(), nil
}
