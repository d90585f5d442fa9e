package hub

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"motcua/store"
)

// Record is one outbox event as the station sent it.
type Record = store.Event

// Manifest is what the station signed about a batch. The sync layer has
// checked the signature and that SHA256 matches the bytes before Ingest.
type Manifest struct {
	Station      string
	Batch        int64    // the station's batch number, from 1
	SHA256       [32]byte // of the batch as sent (what the signature covers)
	FirstSeq     int64
	LastSeq      int64
	Count        int64
	StationClock time.Time // when the station sealed the batch
	Version      string    // motcua version of the station
}

// Result is what the hub answers about one batch.
type Result struct {
	// AlreadyReceived is true when this batch (same number, same hash) was
	// stored before: a success, and nothing was stored again.
	AlreadyReceived bool
	Stored          int // records new to the hub
	Duplicates      int // records the hub already had with the same content
	// Conflicts are event IDs the hub already had with other content: the
	// stored record is kept, the offer is logged in conflicts.
	Conflicts   []string
	HubClock    time.Time
	ClockOffset time.Duration // station clock minus hub clock
}

// rowsPerInsert keeps a multi-row INSERT under SQLite's and PostgreSQL's
// parameter limits (9 per row) while saving round trips to PostgreSQL.
const rowsPerInsert = 100

// Ingest stores a decoded batch exactly once, in one transaction:
//   - the same batch number with the same hash again is AlreadyReceived,
//     a success that stores nothing;
//   - the same number with another hash is ErrConflict: logged in
//     conflicts, nothing overwritten, nothing else stored;
//   - records are deduplicated by (station, event ID): the same ID with the
//     same content is accepted again silently, with other content it is
//     logged as a conflict and the stored record kept. The rest of the
//     batch is stored, so one bad record never blocks a station's queue.
//
// Gaps in a station's sequence are accepted and reported by MissingRanges.
func (h *Hub) Ingest(ctx context.Context, m Manifest, raw []byte, records []Record) (Result, error) {
	now := h.clock.Now()
	res := Result{HubClock: now, ClockOffset: m.StationClock.Sub(now).Truncate(time.Millisecond)}
	if err := checkBatch(m, records); err != nil {
		return res, fmt.Errorf("ingest batch %d of %s: %w", m.Batch, m.Station, err)
	}
	hash := hex.EncodeToString(m.SHA256[:])
	nowMS, offMS := now.UnixMilli(), res.ClockOffset.Milliseconds()
	var existing string
	err := h.write(ctx, func(tx *sql.Tx) error {
		res.AlreadyReceived, res.Stored, res.Duplicates, res.Conflicts, existing = false, 0, 0, nil, ""
		var disabled int
		var key []byte
		err := tx.QueryRowContext(ctx, h.rebind(`SELECT disabled, public_key FROM stations WHERE id = ?`), m.Station).Scan(&disabled, &key)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return ErrUnknownStation
		case err != nil:
			return err
		case disabled != 0:
			return ErrStationDisabled
		case key == nil:
			return ErrNotRegistered
		}
		// Claim the number first: on PostgreSQL a concurrent ingest of the
		// same batch waits here for ours and then sees it.
		ins, err := tx.ExecContext(ctx, h.rebind(`INSERT INTO batches
			(station, number, sha256, first_seq, last_seq, count, station_clock, received_at, clock_offset_ms, version, raw)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (station, number) DO NOTHING`),
			m.Station, m.Batch, hash, m.FirstSeq, m.LastSeq, m.Count, m.StationClock.UnixMilli(), nowMS, offMS, m.Version, raw)
		if err != nil {
			return fmt.Errorf("store batch: %w", err)
		}
		if n, err := ins.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			if err := tx.QueryRowContext(ctx, h.rebind(`SELECT sha256 FROM batches WHERE station = ? AND number = ?`),
				m.Station, m.Batch).Scan(&existing); err != nil {
				return fmt.Errorf("read stored batch: %w", err)
			}
			if existing != hash {
				if _, err := tx.ExecContext(ctx, h.rebind(`INSERT INTO conflicts (station, batch, existing_hash, offered_hash, at) VALUES (?, ?, ?, ?, ?)`),
					m.Station, m.Batch, existing, hash, nowMS); err != nil {
					return fmt.Errorf("log conflict: %w", err)
				}
				_, err := tx.ExecContext(ctx, h.rebind(`UPDATE station_status SET last_contact_at = ?, clock_offset_ms = ? WHERE station = ?`),
					nowMS, offMS, m.Station)
				return err
			}
			res.AlreadyReceived = true
		} else if err := h.storeRecords(ctx, tx, m, records, nowMS, &res); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, h.rebind(`UPDATE station_status SET
			last_success_at = ?, last_contact_at = ?, clock_offset_ms = ?,
			last_batch = CASE WHEN last_batch < ? THEN ? ELSE last_batch END,
			max_seq = CASE WHEN max_seq < ? THEN ? ELSE max_seq END
			WHERE station = ?`), nowMS, nowMS, offMS, m.Batch, m.Batch, m.LastSeq, m.LastSeq, m.Station)
		return err
	})
	if err != nil {
		return res, fmt.Errorf("ingest batch %d of %s: %w", m.Batch, m.Station, err)
	}
	if existing != "" && existing != hash {
		return res, fmt.Errorf("ingest batch %d of %s: %w (stored %.12s…, offered %.12s…)", m.Batch, m.Station, ErrConflict, existing, hash)
	}
	return res, nil
}

// checkBatch refuses a batch whose records disagree with its manifest
// before anything is written.
func checkBatch(m Manifest, records []Record) error {
	if m.Station == "" || m.Batch < 1 {
		return fmt.Errorf("%w: station %q, number %d", ErrBadBatch, m.Station, m.Batch)
	}
	if int64(len(records)) != m.Count {
		return fmt.Errorf("%w: manifest counts %d records, batch has %d", ErrBadBatch, m.Count, len(records))
	}
	seen := make(map[int64]bool, len(records))
	for _, r := range records {
		if r.Seq < m.FirstSeq || r.Seq > m.LastSeq || seen[r.Seq] {
			return fmt.Errorf("%w: record seq %d outside %d–%d or repeated", ErrBadBatch, r.Seq, m.FirstSeq, m.LastSeq)
		}
		seen[r.Seq] = true
		if r.ID == "" || !utf8.ValidString(r.ID) || !utf8.ValidString(r.Kind) || !utf8.ValidString(r.Entity) ||
			!utf8.Valid(r.Payload) || strings.ContainsRune(string(r.Payload), 0) {
			return fmt.Errorf("%w: record seq %d has an empty ID or text that is not UTF-8", ErrBadBatch, r.Seq)
		}
	}
	return nil
}

// contentHash identifies what a record says, to tell a resend from a
// different record under a reused ID.
func contentHash(kind, entity string, at int64, payload string) string {
	s := sha256.New()
	for _, f := range []string{kind, entity, payload} {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(f)))
		s.Write(n[:])
		s.Write([]byte(f))
	}
	var a [8]byte
	binary.BigEndian.PutUint64(a[:], uint64(at))
	s.Write(a[:])
	return hex.EncodeToString(s.Sum(nil))
}

func (h *Hub) storeRecords(ctx context.Context, tx *sql.Tx, m Manifest, records []Record, nowMS int64, res *Result) error {
	// An ID twice inside one batch: the first one counts, the second is
	// compared with it like a resend.
	first := make(map[string]int, len(records))
	var unique []Record
	var offered []Record // IDs the hub (or this batch) already has
	for _, r := range records {
		if _, dup := first[r.ID]; dup {
			offered = append(offered, r)
			continue
		}
		first[r.ID] = len(unique)
		unique = append(unique, r)
	}
	for start := 0; start < len(unique); start += rowsPerInsert {
		chunk := unique[start:min(start+rowsPerInsert, len(unique))]
		var q strings.Builder
		q.WriteString(`INSERT INTO records (station, event_id, seq, kind, entity, at, payload, batch, received_at) VALUES `)
		args := make([]any, 0, 9*len(chunk))
		for i, r := range chunk {
			if i > 0 {
				q.WriteString(", ")
			}
			q.WriteString("(?, ?, ?, ?, ?, ?, ?, ?, ?)")
			args = append(args, m.Station, r.ID, r.Seq, r.Kind, r.Entity, r.At, string(r.Payload), m.Batch, nowMS)
		}
		q.WriteString(` ON CONFLICT (station, event_id) DO NOTHING RETURNING event_id`)
		rows, err := tx.QueryContext(ctx, h.rebind(q.String()), args...)
		if err != nil {
			return fmt.Errorf("store records: %w", err)
		}
		inserted := make(map[string]bool, len(chunk))
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return fmt.Errorf("store records: %w", err)
			}
			inserted[id] = true
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("store records: %w", err)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("store records: %w", err)
		}
		res.Stored += len(inserted)
		for _, r := range chunk {
			if !inserted[r.ID] {
				offered = append(offered, r)
			}
		}
	}
	return h.compareOffered(ctx, tx, m, offered, nowMS, res)
}

// compareOffered sorts records whose ID the hub already holds into silent
// duplicates and logged conflicts.
func (h *Hub) compareOffered(ctx context.Context, tx *sql.Tx, m Manifest, offered []Record, nowMS int64, res *Result) error {
	for start := 0; start < len(offered); start += rowsPerInsert {
		chunk := offered[start:min(start+rowsPerInsert, len(offered))]
		args := []any{m.Station}
		marks := make([]string, len(chunk))
		for i, r := range chunk {
			marks[i] = "?"
			args = append(args, r.ID)
		}
		rows, err := tx.QueryContext(ctx, h.rebind(`SELECT event_id, kind, entity, at, payload FROM records
			WHERE station = ? AND event_id IN (`+strings.Join(marks, ", ")+`)`), args...)
		if err != nil {
			return fmt.Errorf("compare resent records: %w", err)
		}
		stored := make(map[string]string, len(chunk))
		for rows.Next() {
			var id, kind, entity, payload string
			var at int64
			if err := rows.Scan(&id, &kind, &entity, &at, &payload); err != nil {
				rows.Close()
				return fmt.Errorf("compare resent records: %w", err)
			}
			stored[id] = contentHash(kind, entity, at, payload)
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("compare resent records: %w", err)
		}
		for _, r := range chunk {
			have, ok := stored[r.ID]
			if !ok {
				return fmt.Errorf("compare resent records: %s was neither stored nor found", r.ID)
			}
			offer := contentHash(r.Kind, r.Entity, r.At, string(r.Payload))
			if have == offer {
				res.Duplicates++
				continue
			}
			res.Conflicts = append(res.Conflicts, r.ID)
			if _, err := tx.ExecContext(ctx, h.rebind(`INSERT INTO conflicts (station, batch, event_id, existing_hash, offered_hash, at) VALUES (?, ?, ?, ?, ?, ?)`),
				m.Station, m.Batch, r.ID, have, offer, nowMS); err != nil {
				return fmt.Errorf("log record conflict: %w", err)
			}
		}
	}
	return nil
}
