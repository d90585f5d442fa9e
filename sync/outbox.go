package sync

import (
	"context"
	"crypto/ed25519"
	"database/sql"
	"errors"
	"fmt"

	"filippo.io/age"

	"motcua/store"
)

// DefaultBatchRecords is how many outbox rows a batch holds at most: about
// 65 KB on the wire, a few seconds on a slow commune link.
const DefaultBatchRecords = 1000

// Range is the part of the outbox a batch covers.
type Range struct {
	FirstSeq, LastSeq int64
	Records           int
}

// NextBatch reads up to maxRecords outbox rows after seq after: the records
// and range of the next batch. An empty range (Records 0) means nothing is
// waiting.
func NextBatch(ctx context.Context, db *store.DB, after int64, maxRecords int) (Range, []store.Event, error) {
	if maxRecords < 1 {
		return Range{}, nil, fmt.Errorf("next batch: %d records at most", maxRecords)
	}
	events, err := db.Events(ctx, after, maxRecords)
	if err != nil || len(events) == 0 {
		return Range{}, nil, err
	}
	return Range{events[0].Seq, events[len(events)-1].Seq, len(events)}, events, nil
}

// Outbox seals the station's outbox into numbered batches and keeps them
// until the hub acknowledges them.
type Outbox struct {
	DB         *store.DB
	Station    string
	Key        ed25519.PrivateKey
	Hub        age.Recipient
	Motcua     string // version written in each manifest
	MaxRecords int    // per batch; DefaultBatchRecords when 0
}

// Sealed is a batch as the station stored it.
type Sealed struct {
	Number            int64
	FirstSeq, LastSeq int64
	Records           int
	SHA256            string
	SealedAt          int64
	Bytes             []byte
}

// ErrAckMismatch: the hub acknowledged a batch number with another hash than
// the one this station sealed under it.
var ErrAckMismatch = errors.New("acknowledgement does not match the sealed batch")

// SealNext seals the outbox rows after the last sealed batch into the next
// batch and stores it; ok is false when no row is waiting. When another
// process sealed the same rows first, that batch wins and this one is
// dropped before it was ever sent, so numbers and ranges never fork.
func (o *Outbox) SealNext(ctx context.Context) (s Sealed, ok bool, err error) {
	// each lost race means another process stored a batch: progress, so
	// trying again until one is ours or nothing is left always ends
	for {
		s, ok, err = o.trySealNext(ctx)
		if !errors.Is(err, errRaced) {
			return s, ok, err
		}
		if err := ctx.Err(); err != nil {
			return Sealed{}, false, fmt.Errorf("seal next batch: %w", err)
		}
	}
}

var errRaced = errors.New("another process sealed the same rows")

func (o *Outbox) trySealNext(ctx context.Context) (Sealed, bool, error) {
	number, after, err := o.lastSealed(ctx)
	if err != nil {
		return Sealed{}, false, err
	}
	max := o.MaxRecords
	if max == 0 {
		max = DefaultBatchRecords
	}
	r, events, err := NextBatch(ctx, o.DB, after, max)
	if err != nil || r.Records == 0 {
		return Sealed{}, false, err
	}
	now := o.DB.Clock().Now().UnixMilli()
	m := Manifest{Station: o.Station, Batch: number + 1, StationClock: now, Motcua: o.Motcua}
	b, err := Seal(events, m, o.Key, o.Hub)
	if err != nil {
		return Sealed{}, false, err
	}
	m, err = ParseManifest(b)
	if err != nil {
		return Sealed{}, false, fmt.Errorf("read back batch %d: %w", m.Batch, err)
	}
	s := Sealed{Number: m.Batch, FirstSeq: r.FirstSeq, LastSeq: r.LastSeq, Records: r.Records,
		SHA256: m.PayloadSHA256, SealedAt: now, Bytes: b}
	err = o.DB.Write(ctx, func(tx *store.Tx) error {
		var n, last int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(number), 0), coalesce(max(last_seq), 0) FROM sync_batches`).Scan(&n, &last); err != nil {
			return err
		}
		if n != number || last != after {
			return errRaced
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO sync_batches (number, first_seq, last_seq, records, sha256, sealed_at, bytes)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, s.Number, s.FirstSeq, s.LastSeq, s.Records, s.SHA256, s.SealedAt, s.Bytes)
		return err
	})
	if err != nil {
		if errors.Is(err, errRaced) {
			return Sealed{}, false, err
		}
		return Sealed{}, false, fmt.Errorf("store batch %d: %w", s.Number, err)
	}
	return s, true, nil
}

// lastSealed is the number and last seq of the newest stored batch (0, 0
// before the first).
func (o *Outbox) lastSealed(ctx context.Context) (number, lastSeq int64, err error) {
	err = o.DB.Read(ctx, func(tx *store.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT coalesce(max(number), 0), coalesce(max(last_seq), 0) FROM sync_batches`).Scan(&number, &lastSeq)
	})
	if err != nil {
		return 0, 0, fmt.Errorf("read last sealed batch: %w", err)
	}
	return number, lastSeq, nil
}

// Pending is the oldest batch the hub has not acknowledged, sealing a new
// one when every stored batch is acknowledged; ok is false when nothing is
// waiting at all. The uploader sends Pending until it is acknowledged.
func (o *Outbox) Pending(ctx context.Context) (Sealed, bool, error) {
	list, err := o.unacked(ctx, 1)
	if err != nil || len(list) > 0 {
		return first(list), len(list) > 0, err
	}
	return o.SealNext(ctx)
}

// Unacked seals everything waiting and returns every batch not yet
// acknowledged, oldest first: what goes onto a USB stick.
func (o *Outbox) Unacked(ctx context.Context) ([]Sealed, error) {
	for {
		_, ok, err := o.SealNext(ctx)
		if err != nil {
			return nil, err
		}
		if !ok {
			return o.unacked(ctx, -1)
		}
	}
}

func first(l []Sealed) Sealed {
	if len(l) == 0 {
		return Sealed{}
	}
	return l[0]
}

func (o *Outbox) unacked(ctx context.Context, limit int) ([]Sealed, error) {
	var out []Sealed
	err := o.DB.Read(ctx, func(tx *store.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT number, first_seq, last_seq, records, sha256, sealed_at, bytes
			FROM sync_batches WHERE acked_at IS NULL ORDER BY number LIMIT ?`, limit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var s Sealed
			if err := rows.Scan(&s.Number, &s.FirstSeq, &s.LastSeq, &s.Records, &s.SHA256, &s.SealedAt, &s.Bytes); err != nil {
				return err
			}
			out = append(out, s)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read unacknowledged batches: %w", err)
	}
	return out, nil
}

// Ack records that the hub holds batch number with payload hash sha256.
// Acknowledging twice is harmless; a hash other than the sealed one is
// ErrAckMismatch and changes nothing.
func (o *Outbox) Ack(ctx context.Context, number int64, sha256 string) error {
	return o.DB.Write(ctx, func(tx *store.Tx) error {
		var stored string
		err := tx.QueryRowContext(ctx, `SELECT sha256 FROM sync_batches WHERE number = ?`, number).Scan(&stored)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && stored != sha256) {
			return fmt.Errorf("ack batch %d: %w", number, ErrAckMismatch)
		}
		if err != nil {
			return fmt.Errorf("ack batch %d: %w", number, err)
		}
		_, err = tx.ExecContext(ctx, `UPDATE sync_batches SET acked_at = ? WHERE number = ? AND acked_at IS NULL`,
			o.DB.Clock().Now().UnixMilli(), number)
		return err
	})
}

// Backlog is what the station still has to deliver.
type Backlog struct {
	Records     int64 // outbox rows in no acknowledged batch
	Batches     int   // sealed, not acknowledged
	LastAckedAt int64 // when the newest acknowledgement came (0: never)
}

// Backlog reports the records and batches not yet acknowledged: rows in
// unacknowledged batches plus rows not sealed yet, so it stays exact even if
// acknowledgements arrive out of order (from a USB stick, say).
func (o *Outbox) Backlog(ctx context.Context) (Backlog, error) {
	var b Backlog
	err := o.DB.Read(ctx, func(tx *store.Tx) error {
		var inBatches, sealedTo int64
		if err := tx.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(records), 0) FROM sync_batches
			WHERE acked_at IS NULL`).Scan(&b.Batches, &inBatches); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(last_seq), 0), coalesce(max(acked_at), 0)
			FROM sync_batches`).Scan(&sealedTo, &b.LastAckedAt); err != nil {
			return err
		}
		var unsealed int64
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM outbox WHERE seq > ?`, sealedTo).Scan(&unsealed); err != nil {
			return err
		}
		b.Records = inBatches + unsealed
		return nil
	})
	if err != nil {
		return Backlog{}, fmt.Errorf("read sync backlog: %w", err)
	}
	return b, nil
}
