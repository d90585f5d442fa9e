package hub

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"motcua/store"
)

// StationStatus is one commune's row in the district view.
type StationStatus struct {
	ID, Name      string
	Disabled      bool
	KeyRegistered bool
	EnrolledAt    time.Time
	LastSuccess   time.Time // zero when the station never delivered a batch
	LastContact   time.Time // zero when never heard from
	SilentFor     time.Duration
	LastBatch     int64
	MaxSeq        int64
	RecordsToday  int64 // received by the hub since local midnight (hub clock)
	Backlog       int64 // records waiting on the station as it last said; -1 unknown
	BacklogAt     time.Time
	ClockOffset   time.Duration // station minus hub at the last contact
	ClockKnown    bool
}

func msTime(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.UnixMilli(v.Int64)
}

// Stations lists every enrolled station with its sync state, by ID.
// SilentFor counts from the last contact, or from enrollment if none.
func (h *Hub) Stations(ctx context.Context) ([]StationStatus, error) {
	now := h.clock.Now()
	y, mo, d := now.In(store.Local).Date()
	midnight := time.Date(y, mo, d, 0, 0, 0, 0, store.Local).UnixMilli()
	rows, err := h.db.QueryContext(ctx, h.rebind(`SELECT s.id, s.name, s.disabled, s.public_key IS NOT NULL, s.enrolled_at,
		t.last_success_at, t.last_contact_at, t.last_batch, t.max_seq, t.backlog, t.backlog_at, t.clock_offset_ms,
		(SELECT count(*) FROM records r WHERE r.station = s.id AND r.received_at >= ?)
		FROM stations s JOIN station_status t ON t.station = s.id ORDER BY s.id`), midnight)
	if err != nil {
		return nil, fmt.Errorf("list stations: %w", err)
	}
	defer rows.Close()
	var out []StationStatus
	for rows.Next() {
		var s StationStatus
		var disabled int
		var enrolled int64
		var success, contact, backlogAt, offset sql.NullInt64
		if err := rows.Scan(&s.ID, &s.Name, &disabled, &s.KeyRegistered, &enrolled, &success, &contact,
			&s.LastBatch, &s.MaxSeq, &s.Backlog, &backlogAt, &offset, &s.RecordsToday); err != nil {
			return nil, fmt.Errorf("list stations: %w", err)
		}
		s.Disabled = disabled != 0
		s.EnrolledAt = time.UnixMilli(enrolled)
		s.LastSuccess, s.LastContact, s.BacklogAt = msTime(success), msTime(contact), msTime(backlogAt)
		s.ClockOffset, s.ClockKnown = time.Duration(offset.Int64)*time.Millisecond, offset.Valid
		since := s.EnrolledAt
		if !s.LastContact.IsZero() {
			since = s.LastContact
		}
		s.SilentFor = max(now.Sub(since), 0)
		out = append(out, s)
	}
	return out, rows.Err()
}

// ReportBacklog records what a station says it still has to send, and its
// clock, from any authenticated request (a batch upload or a status ping).
func (h *Hub) ReportBacklog(ctx context.Context, station string, waiting int64, stationClock time.Time) error {
	now := h.clock.Now()
	err := h.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, h.rebind(`UPDATE station_status SET backlog = ?, backlog_at = ?, last_contact_at = ?, clock_offset_ms = ? WHERE station = ?`),
			waiting, now.UnixMilli(), now.UnixMilli(), stationClock.Sub(now).Milliseconds(), station)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err == nil && n == 0 {
			return ErrUnknownStation
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("report backlog of %s: %w", station, err)
	}
	return nil
}

// SeqRange is an inclusive range of a station's outbox sequence numbers.
type SeqRange struct{ First, Last int64 }

// MissingRanges lists the sequence numbers below the highest one received
// that the hub has no record for: batches still on the way, or lost. The
// outbox numbers from 1, so a station that has sent 5–9 misses 1–4.
func (h *Hub) MissingRanges(ctx context.Context, station string) ([]SeqRange, error) {
	rows, err := h.db.QueryContext(ctx, h.rebind(`SELECT prev + 1, seq - 1 FROM (
		SELECT seq, LAG(seq, 1, 0) OVER (ORDER BY seq) AS prev FROM records WHERE station = ?) g
		WHERE seq > prev + 1 ORDER BY seq`), station)
	if err != nil {
		return nil, fmt.Errorf("missing ranges of %s: %w", station, err)
	}
	defer rows.Close()
	var out []SeqRange
	for rows.Next() {
		var r SeqRange
		if err := rows.Scan(&r.First, &r.Last); err != nil {
			return nil, fmt.Errorf("missing ranges of %s: %w", station, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// StoredRecord is a record as the hub holds it.
type StoredRecord struct {
	Station string
	Record
	Batch      int64
	ReceivedAt time.Time // hub clock
}

// Records calls fn for each record whose station clock time is in
// [from, to), of one station or of all when station is "", ordered by
// station and sequence. It streams: memory does not grow with the range.
// fn must not call back into the hub for writes on SQLite.
func (h *Hub) Records(ctx context.Context, from, to time.Time, station string, fn func(StoredRecord) error) error {
	q := `SELECT station, seq, event_id, at, kind, entity, payload, batch, received_at FROM records WHERE at >= ? AND at < ?`
	args := []any{from.UnixMilli(), to.UnixMilli()}
	if station != "" {
		q += ` AND station = ?`
		args = append(args, station)
	}
	rows, err := h.db.QueryContext(ctx, h.rebind(q+` ORDER BY station, seq`), args...)
	if err != nil {
		return fmt.Errorf("read records: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r StoredRecord
		var payload string
		var received int64
		if err := rows.Scan(&r.Station, &r.Seq, &r.ID, &r.At, &r.Kind, &r.Entity, &payload, &r.Batch, &received); err != nil {
			return fmt.Errorf("read records: %w", err)
		}
		r.Payload, r.ReceivedAt = json.RawMessage(payload), time.UnixMilli(received)
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read records: %w", err)
	}
	return nil
}

// CountsByKind counts records by kind in [from, to) of station clock time,
// for one station or all when station is "".
func (h *Hub) CountsByKind(ctx context.Context, from, to time.Time, station string) (map[string]int64, error) {
	q := `SELECT kind, count(*) FROM records WHERE at >= ? AND at < ?`
	args := []any{from.UnixMilli(), to.UnixMilli()}
	if station != "" {
		q += ` AND station = ?`
		args = append(args, station)
	}
	rows, err := h.db.QueryContext(ctx, h.rebind(q+` GROUP BY kind`), args...)
	if err != nil {
		return nil, fmt.Errorf("count records: %w", err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var k string
		var n int64
		if err := rows.Scan(&k, &n); err != nil {
			return nil, fmt.Errorf("count records: %w", err)
		}
		out[k] = n
	}
	return out, rows.Err()
}

// Conflict is one logged refusal: a whole batch (EventID "") or a record.
type Conflict struct {
	Station      string
	Batch        int64
	EventID      string
	ExistingHash string
	OfferedHash  string
	At           time.Time
}

// Conflicts lists the logged conflicts of a station (all when ""), oldest first.
func (h *Hub) Conflicts(ctx context.Context, station string) ([]Conflict, error) {
	q := `SELECT station, batch, event_id, existing_hash, offered_hash, at FROM conflicts`
	var args []any
	if station != "" {
		q += ` WHERE station = ?`
		args = append(args, station)
	}
	rows, err := h.db.QueryContext(ctx, h.rebind(q+` ORDER BY at, station, batch, event_id`), args...)
	if err != nil {
		return nil, fmt.Errorf("list conflicts: %w", err)
	}
	defer rows.Close()
	var out []Conflict
	for rows.Next() {
		var c Conflict
		var at int64
		if err := rows.Scan(&c.Station, &c.Batch, &c.EventID, &c.ExistingHash, &c.OfferedHash, &at); err != nil {
			return nil, fmt.Errorf("list conflicts: %w", err)
		}
		c.At = time.UnixMilli(at)
		out = append(out, c)
	}
	return out, rows.Err()
}

// Batch returns the raw bytes of a stored batch, e.g. to re-export it.
func (h *Hub) Batch(ctx context.Context, station string, number int64) ([]byte, error) {
	var raw []byte
	err := h.db.QueryRowContext(ctx, h.rebind(`SELECT raw FROM batches WHERE station = ? AND number = ?`), station, number).Scan(&raw)
	if err != nil {
		return nil, fmt.Errorf("read batch %d of %s: %w", number, station, err)
	}
	return raw, nil
}
