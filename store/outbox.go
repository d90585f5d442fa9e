package store

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
)

// Event is one row of the transactional outbox: a fact the district hub must
// receive exactly once. Seq is the station-local order; ID is made on the
// station and never reused, so the hub can deduplicate retries.
type Event struct {
	Seq     int64
	ID      string
	At      int64 // station clock, Unix milliseconds
	Kind    string
	Entity  string
	Payload json.RawMessage
}

// AppendEvent writes an event inside the caller's write transaction, so the
// event exists if and only if the change it describes was committed.
func AppendEvent(ctx context.Context, tx *Tx, at int64, kind, entity string, payload any) error {
	body, err := json.Marshal(payload)
	if err != nil {
		return fmt.Errorf("encode %s event: %w", kind, err)
	}
	_, err = tx.ExecContext(ctx,
		`INSERT INTO outbox (id, at, kind, entity, payload) VALUES (?, ?, ?, ?, ?)`,
		NewID(), at, kind, entity, string(body))
	if err != nil {
		return fmt.Errorf("append %s event: %w", kind, err)
	}
	return nil
}

// Events returns up to limit outbox rows with Seq > after, in order.
func (db *DB) Events(ctx context.Context, after int64, limit int) ([]Event, error) {
	rows, err := db.reader.QueryContext(ctx,
		`SELECT seq, id, at, kind, entity, payload FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?`, after, limit)
	if err != nil {
		return nil, classify(fmt.Errorf("read outbox: %w", err))
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		var p string
		if err := rows.Scan(&e.Seq, &e.ID, &e.At, &e.Kind, &e.Entity, &p); err != nil {
			return nil, classify(fmt.Errorf("read outbox: %w", err))
		}
		e.Payload = json.RawMessage(p)
		out = append(out, e)
	}
	return out, classify(rows.Err())
}

// NewID returns a random 128-bit identifier in UUID text form. IDs are made
// on the station so that records stay unique across every commune.
func NewID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand never fails on supported platforms
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
