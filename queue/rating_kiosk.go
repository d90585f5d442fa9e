package queue

import (
	"context"
	"fmt"
	"time"

	"motcua/store"
)

// KeyRatingOnKiosk is the setting that makes the kiosk ask the citizens
// to rate the service, for a commune with no rating screen at its
// counters: "1" on, "0" or unset off.
const KeyRatingOnKiosk = "rating.on_kiosk"

// KioskRatingWindow is how long after a ticket is finished the kiosk
// still asks about it: the citizen walks from the counter back through
// the hall, past the kiosk.
const KioskRatingWindow = 3 * time.Minute

// RatingOnKiosk says whether the kiosk asks the rating question.
func (c Config) RatingOnKiosk() bool { return c.Settings[KeyRatingOnKiosk] == "1" }

// Unrated lists today's tickets finished (served) within
// KioskRatingWindow and not rated yet, oldest first: the ones a kiosk
// may still ask about.
func (s *Station) Unrated(ctx context.Context) ([]Ticket, error) {
	now := s.clock.Now()
	var out []Ticket
	err := s.db.Read(ctx, func(tx *store.Tx) error {
		var err error
		out, err = queryTickets(ctx, tx, `WHERE status = 'done' AND day = ? AND finished_at > ? AND finished_at <= ?
			AND id NOT IN (SELECT ticket_id FROM rated_tickets) ORDER BY finished_at, rowid`,
			store.Day(now), ms(now.Add(-KioskRatingWindow)), ms(now))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("tickets to rate: %w", err)
	}
	return out, nil
}
