package report

import (
	"context"
	"fmt"
	"time"

	"motcua/store"
)

// Dossiers are the dossier figures of a period.
//
//   - Received: dossiers received on the period's days.
//   - ResolvedOnTime, ResolvedLate: dossiers resolved in the period. One is
//     late when resolved after its appointment, or when it needed an
//     apology letter (Mẫu 04): the letter is written because the legal
//     appointment will be missed, so meeting the new one does not make it
//     on time. A supplement moves the appointment lawfully (the time is
//     counted again from the day the papers are complete).
//   - OverdueNow: dossiers received up to the period's end, still
//     received or processing, past their appointment at Report.At.
//     Awaiting a supplement stops the clock, so those are not overdue.
//   - Returned, Mailed, Refused, Apologies, Supplements: steps taken in the
//     period (dossier_events), whatever day the dossier was received.
//   - SupplementedAgain: dossiers asked for a second (or later)
//     supplement in the period, which the provincial index penalises.
type Dossiers struct {
	Received          int
	ResolvedOnTime    int
	ResolvedLate      int
	OverdueNow        int
	Returned          int
	Mailed            int
	Supplements       int
	SupplementedAgain int
	Refused           int
	Apologies         int
}

func dossierFigures(ctx context.Context, tx *store.Tx, p Period, now time.Time) (Dossiers, error) {
	var f Dossiers
	start, end := p.bounds()
	err := tx.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM dossiers WHERE received_at >= ?1 AND received_at < ?2),
		(SELECT count(*) FROM dossiers WHERE status IN ('received', 'processing') AND due_at < ?3 AND received_at < ?2)`,
		start, end, now.UnixMilli()).Scan(&f.Received, &f.OverdueNow)
	if err != nil {
		return f, fmt.Errorf("count dossiers: %w", err)
	}
	// resolved_at has no index: a month's report reads the whole table
	// once, which is cheap next to the index a write on every step would
	// pay (5,000 dossiers: see BenchmarkMonthReport).
	err = tx.QueryRowContext(ctx, `SELECT
		COALESCE(sum(resolved_at <= due_at AND apologies = 0), 0),
		COALESCE(sum(resolved_at > due_at OR apologies > 0), 0)
		FROM dossiers WHERE resolved_at >= ? AND resolved_at < ?`, start, end).Scan(&f.ResolvedOnTime, &f.ResolvedLate)
	if err != nil {
		return f, fmt.Errorf("count resolved dossiers: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT kind, count(*) FROM dossier_events
		WHERE kind IN ('returned', 'mailed', 'refused', 'apologised', 'supplement_requested') AND at >= ? AND at < ?
		GROUP BY kind`, start, end)
	if err != nil {
		return f, fmt.Errorf("count dossier steps: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var kind string
		var n int
		if err := rows.Scan(&kind, &n); err != nil {
			return f, fmt.Errorf("count dossier steps: %w", err)
		}
		switch kind {
		case "returned":
			f.Returned = n
		case "mailed":
			f.Mailed = n
		case "refused":
			f.Refused = n
		case "apologised":
			f.Apologies = n
		case "supplement_requested":
			f.Supplements = n
		}
	}
	if err := rows.Err(); err != nil {
		return f, fmt.Errorf("count dossier steps: %w", err)
	}
	err = tx.QueryRowContext(ctx, `SELECT count(DISTINCT dossier) FROM dossier_events
		WHERE kind = 'supplement_requested' AND at >= ? AND at < ? AND json_extract(detail, '$.nth') >= 2`,
		start, end).Scan(&f.SupplementedAgain)
	if err != nil {
		return f, fmt.Errorf("count repeated supplements: %w", err)
	}
	return f, nil
}

// Figure is one named number of a report; its words are the translation
// key Key.
type Figure struct {
	Key   string
	Value int
}

// Figures lists the dossier figures in the order every report shows them
// (CSV, PDF, screen), so the three never disagree.
func (d Dossiers) Figures() []Figure {
	return []Figure{
		{"report.dossiers.received", d.Received}, {"report.dossiers.resolved_on_time", d.ResolvedOnTime},
		{"report.dossiers.resolved_late", d.ResolvedLate}, {"report.dossiers.overdue_now", d.OverdueNow},
		{"report.dossiers.returned", d.Returned}, {"report.dossiers.mailed", d.Mailed},
		{"report.dossiers.supplements", d.Supplements}, {"report.dossiers.supplemented_again", d.SupplementedAgain},
		{"report.dossiers.refused", d.Refused}, {"report.dossiers.apologies", d.Apologies},
	}
}
