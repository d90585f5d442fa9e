package hub

import (
	"context"
	"fmt"
	"time"
)

// BatchAck is one batch the hub holds: its number and payload hash, what a
// station needs to mark it delivered.
type BatchAck struct {
	Batch  int64  `json:"batch"`
	SHA256 string `json:"sha256"`
}

// Acks lists every batch the hub holds from station, by number: the
// content of an acknowledgement file (motcua hub export-acks).
func (h *Hub) Acks(ctx context.Context, station string) ([]BatchAck, error) {
	rows, err := h.db.QueryContext(ctx, h.rebind(`SELECT number, sha256 FROM batches WHERE station = ? ORDER BY number`), station)
	if err != nil {
		return nil, fmt.Errorf("list batches of %s: %w", station, err)
	}
	defer rows.Close()
	var out []BatchAck
	for rows.Next() {
		var a BatchAck
		if err := rows.Scan(&a.Batch, &a.SHA256); err != nil {
			return nil, fmt.Errorf("list batches of %s: %w", station, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// AcksFormat names the acknowledgement file layout (docs/SYNC.md, "USB").
const AcksFormat = "motcua-acks 1"

// AcksFile is what motcua hub export-acks writes and motcua sync
// import-acks reads: every batch the hub holds from one station.
type AcksFile struct {
	Format     string     `json:"format"`
	Station    string     `json:"station"`
	HubClockMS int64      `json:"hub_clock_ms"`
	Acks       []BatchAck `json:"acks"`
}

// Now is the hub clock (for stamping files the hub writes).
func (h *Hub) Now() time.Time { return h.clock.Now() }
