package queue

import (
	"context"
	"fmt"

	"motcua/store"
)

// ratingSummary is what the hub learns of a day's ratings at one counter
// for one service: counts, never single ratings. Sent one by one, a rating
// would land in the outbox right after the ticket.finished event of the
// ticket it rates, and the hub could pair them (and through the ticket, a
// dossier and its citizen).
type ratingSummary struct {
	Day     string         `json:"day"`
	Counter int            `json:"counter"`
	Service string         `json:"service"`
	Levels  map[Level]int  `json:"levels"`
	Reasons map[string]int `json:"reasons,omitempty"`
	Total   int            `json:"total"`
}

// publishRatings appends, for every day before today that has ratings not
// yet sent, one rating.day_summary event per counter and service, and
// marks those ratings sent. It runs in the write transactions of a rating
// and of the day's first ticket, so yesterday's summary leaves with the
// first activity of the next day.
func publishRatings(ctx context.Context, tx *store.Tx, today string, now int64) error {
	rows, err := tx.QueryContext(ctx, `SELECT day, counter, service, level, reason, count(*) FROM ratings
		WHERE published = 0 AND day < ? GROUP BY day, counter, service, level, reason ORDER BY day, counter, service`, today)
	if err != nil {
		return fmt.Errorf("summarise ratings: %w", err)
	}
	var out []*ratingSummary
	byKey := map[string]*ratingSummary{}
	for rows.Next() {
		var day, service, reason string
		var counter, n int
		var level Level
		if err := rows.Scan(&day, &counter, &service, &level, &reason, &n); err != nil {
			rows.Close()
			return err
		}
		key := fmt.Sprintf("%s/%d/%s", day, counter, service)
		s, ok := byKey[key]
		if !ok {
			s = &ratingSummary{Day: day, Counter: counter, Service: service, Levels: map[Level]int{}, Reasons: map[string]int{}}
			byKey[key] = s
			out = append(out, s)
		}
		s.Levels[level] += n
		if reason != "" {
			s.Reasons[reason] += n
		}
		s.Total += n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, s := range out {
		entity := fmt.Sprintf("ratings/%s/%d/%s", s.Day, s.Counter, s.Service)
		if err := store.AppendEvent(ctx, tx, now, "rating.day_summary", entity, s); err != nil {
			return err
		}
	}
	if len(out) == 0 {
		return nil
	}
	_, err = tx.ExecContext(ctx, `UPDATE ratings SET published = 1 WHERE published = 0 AND day < ?`, today)
	return err
}
