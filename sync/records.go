package sync

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"motcua/store"
)

// record is one outbox row on the wire: one JSON object per line.
type record struct {
	Seq     int64           `json:"seq"`
	ID      string          `json:"id"`
	At      int64           `json:"at"`
	Kind    string          `json:"kind"`
	Entity  string          `json:"entity"`
	Payload json.RawMessage `json:"payload"`
}

// encodeRecords writes events as JSON lines. HTML escaping is off so that a
// payload's bytes pass through as the outbox stored them.
func encodeRecords(w io.Writer, events []store.Event) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range events {
		if err := enc.Encode(record{e.Seq, e.ID, e.At, e.Kind, e.Entity, e.Payload}); err != nil {
			return fmt.Errorf("encode outbox row %d: %w", e.Seq, err)
		}
	}
	return nil
}

// decodeRecords reads JSON lines and checks them against the manifest: the
// first and last seq, strictly increasing seqs inside the range, the count.
// It stops as soon as there are more records than announced.
func decodeRecords(r io.Reader, m Manifest) ([]store.Event, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxRecordBytes)
	out := make([]store.Event, 0, min(m.Records, 4096))
	prev := m.FirstSeq - 1
	for sc.Scan() {
		if len(out) == m.Records {
			return nil, fmt.Errorf("more than %d records: %w", m.Records, ErrRecordsMismatch)
		}
		var rec record
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rec); err != nil || dec.More() {
			if rerr := sc.Err(); rerr != nil {
				// the line was cut short by a failed read: report that
				return nil, readError(rerr)
			}
			return nil, fmt.Errorf("record %d: %v: %w", len(out)+1, err, ErrMalformed)
		}
		if rec.ID == "" || rec.Kind == "" || len(rec.Payload) == 0 {
			return nil, fmt.Errorf("record %d: id, kind and payload are required: %w", len(out)+1, ErrMalformed)
		}
		if rec.Seq <= prev || rec.Seq > m.LastSeq || (len(out) == 0 && rec.Seq != m.FirstSeq) {
			return nil, fmt.Errorf("record seq %d after %d, range %d-%d: %w",
				rec.Seq, prev, m.FirstSeq, m.LastSeq, ErrRecordsMismatch)
		}
		prev = rec.Seq
		out = append(out, store.Event{Seq: rec.Seq, ID: rec.ID, At: rec.At, Kind: rec.Kind, Entity: rec.Entity, Payload: rec.Payload})
	}
	if err := sc.Err(); err != nil {
		return nil, readError(err)
	}
	if len(out) != m.Records || prev != m.LastSeq {
		return nil, fmt.Errorf("%d records ending at seq %d, manifest says %d ending at %d: %w",
			len(out), prev, m.Records, m.LastSeq, ErrRecordsMismatch)
	}
	return out, nil
}

// maxRecordBytes bounds one JSON line; an outbox payload is a few hundred bytes.
const maxRecordBytes = 1 << 20

func readError(err error) error {
	if err == bufio.ErrTooLong {
		return fmt.Errorf("a record over %d bytes: %w", maxRecordBytes, ErrOversized)
	}
	return fmt.Errorf("read records: %w", err)
}
