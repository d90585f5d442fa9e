package hub

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"golang.org/x/text/unicode/norm"

	"motcua/store"
)

// Tally is what a commune did in a period, counted from the kinds of the
// records it sent (station clock time).
type Tally struct {
	TicketsIssued, TicketsCalled, TicketsFinished, NoShows         int64
	DossiersReceived, DossiersResolved, DossiersRefused, Apologies int64
}

// tallyKinds maps the outbox kinds (queue's "ticket.*", intake's
// "dossier.*") onto the Tally fields.
func tallyOf(counts map[string]int64) Tally {
	return Tally{
		TicketsIssued: counts["ticket.issued"], TicketsCalled: counts["ticket.called"],
		TicketsFinished: counts["ticket.finished"], NoShows: counts["ticket.no_show"],
		DossiersReceived: counts["dossier.received"], DossiersResolved: counts["dossier.resolved"],
		DossiersRefused: counts["dossier.refused"], Apologies: counts["dossier.apologised"],
	}
}

// OverdueDossier is an open dossier whose appointment has passed, as the
// hub last heard of it.
type OverdueDossier struct {
	ID, Code, Procedure string
	Status              string
	DueAt               time.Time
	Late                time.Duration // now − due
}

// Drill is the district view's page about one commune.
type Drill struct {
	Station   string
	Today     Tally // the hub's Vietnam day
	Week      Tally // today and the 6 days before
	Overdue   []OverdueDossier
	Missing   []SeqRange
	Conflicts []Conflict
}

// dossierEvent is the part of an intake outbox payload the hub reads: the
// dossier as it was after the change (intake/dossier_rows.go).
type dossierEvent struct {
	Dossier struct {
		ID        string `json:"id"`
		Code      string `json:"code"`
		Status    string `json:"status"`
		DueAt     int64  `json:"due_at"`
		Procedure struct {
			Name string `json:"name"`
		} `json:"procedure"`
	} `json:"dossier"`
}

// CommuneDrill gathers one station's counts for today and the week, its
// overdue dossiers, the seqs the hub is missing and its conflicts.
func (h *Hub) CommuneDrill(ctx context.Context, station string) (Drill, error) {
	now := h.clock.Now()
	y, mo, d := now.In(store.Local).Date()
	midnight := time.Date(y, mo, d, 0, 0, 0, 0, store.Local)
	tomorrow := midnight.AddDate(0, 0, 1)
	out := Drill{Station: station}
	today, err := h.CountsByKind(ctx, midnight, tomorrow, station)
	if err != nil {
		return out, err
	}
	week, err := h.CountsByKind(ctx, midnight.AddDate(0, 0, -6), tomorrow, station)
	if err != nil {
		return out, err
	}
	out.Today, out.Week = tallyOf(today), tallyOf(week)
	if out.Overdue, err = h.OverdueDossiers(ctx, station, now); err != nil {
		return out, err
	}
	if out.Missing, err = h.MissingRanges(ctx, station); err != nil {
		return out, err
	}
	if out.Conflicts, err = h.Conflicts(ctx, station); err != nil {
		return out, err
	}
	return out, nil
}

// OverdueDossiers replays a station's dossier events (each carries the
// whole dossier after the change) and keeps, per dossier, the latest
// state: overdue when it is still received or processing and its due time
// has passed, as intake.Dossier.Overdue decides on the station (a dossier
// waiting for the citizen's supplement is not overdue). Most late first.
func (h *Hub) OverdueDossiers(ctx context.Context, station string, now time.Time) ([]OverdueDossier, error) {
	rows, err := h.db.QueryContext(ctx, h.rebind(`SELECT entity, payload FROM records
		WHERE station = ? AND kind LIKE 'dossier.%' ORDER BY seq`), station)
	if err != nil {
		return nil, fmt.Errorf("dossiers of %s: %w", station, err)
	}
	defer rows.Close()
	latest := map[string]dossierEvent{}
	for rows.Next() {
		var entity, payload string
		if err := rows.Scan(&entity, &payload); err != nil {
			return nil, fmt.Errorf("dossiers of %s: %w", station, err)
		}
		var ev dossierEvent
		if json.Unmarshal([]byte(payload), &ev) != nil {
			continue // a payload from another version: not this page's business
		}
		latest[entity] = ev
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("dossiers of %s: %w", station, err)
	}
	var out []OverdueDossier
	for id, ev := range latest {
		d := ev.Dossier
		due := time.UnixMilli(d.DueAt)
		if (d.Status != "received" && d.Status != "processing") || d.DueAt == 0 || !now.After(due) {
			continue
		}
		out = append(out, OverdueDossier{ID: id, Code: norm.NFC.String(d.Code), Procedure: norm.NFC.String(d.Procedure.Name),
			Status: d.Status, DueAt: due, Late: now.Sub(due)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].DueAt.Equal(out[j].DueAt) {
			return out[i].Code < out[j].Code
		}
		return out[i].DueAt.Before(out[j].DueAt)
	})
	return out, nil
}

// GapStations names the stations the hub misses records of (fewer records
// than their highest seq, since seqs number from 1 without holes): what
// MissingRanges would find non-empty, in one pass over the (station, seq)
// index instead of one query per station.
func (h *Hub) GapStations(ctx context.Context) (map[string]bool, error) {
	rows, err := h.db.QueryContext(ctx, `SELECT station FROM records GROUP BY station HAVING count(*) < max(seq)`)
	if err != nil {
		return nil, fmt.Errorf("stations with gaps: %w", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("stations with gaps: %w", err)
		}
		out[s] = true
	}
	return out, rows.Err()
}
