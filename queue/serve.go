package queue

import (
	"context"
	"database/sql"
	"fmt"
	"motcua/store"
	"slices"
)

// Recall announces the counter's current ticket again.
func (s *Station) Recall(ctx context.Context, counter int) (Ticket, error) {
	return s.onCurrent(ctx, counter, "recall", func(tx *store.Tx, c counterRow, t Ticket, now int64) (Ticket, error) {
		if _, err := tx.ExecContext(ctx, `UPDATE tickets SET recalls = recalls + 1 WHERE id = ?`, t.ID); err != nil {
			return t, err
		}
		t.Recalls++
		if err := auditTicket(ctx, tx, now, counter, ActionRecall, t, ""); err != nil {
			return t, err
		}
		return t, record(ctx, tx, t, now, "recalled", counter, "")
	})
}

// NoShow records that the citizen of the current ticket did not come. It
// is allowed only after the configured number of recalls.
func (s *Station) NoShow(ctx context.Context, counter int) (Ticket, error) {
	return s.onCurrent(ctx, counter, "no-show", func(tx *store.Tx, c counterRow, t Ticket, now int64) (Ticket, error) {
		policy, err := readPolicy(ctx, tx)
		if err != nil {
			return t, err
		}
		if t.Recalls < policy.RecallsBeforeNoShow {
			return t, &TooFewRecallsError{Have: t.Recalls, Need: policy.RecallsBeforeNoShow}
		}
		if err := auditTicket(ctx, tx, now, counter, ActionNoShow, t, ""); err != nil {
			return t, err
		}
		return end(ctx, tx, t, counter, c.run, now, NoShow, "", "no_show")
	})
}

// Finish ends serving the current ticket with an outcome.
func (s *Station) Finish(ctx context.Context, counter int, outcome Outcome) (Ticket, error) {
	return s.onCurrent(ctx, counter, "finish", func(tx *store.Tx, c counterRow, t Ticket, now int64) (Ticket, error) {
		if !slices.Contains(Outcomes, outcome) {
			return t, ErrUnknownOutcome
		}
		if err := auditTicket(ctx, tx, now, counter, ActionFinish, t, string(outcome)); err != nil {
			return t, err
		}
		return end(ctx, tx, t, counter, c.run, now, Done, outcome, "finished")
	})
}

// Target is where a ticket is transferred: another service, a given
// counter, or both.
type Target struct {
	Service string
	Counter int
}

// Transfer sends the current ticket back into line for another service or
// counter. It keeps its place in line (its original queue time), so a
// citizen sent on does not start again at the back.
func (s *Station) Transfer(ctx context.Context, counter int, to Target) (Ticket, error) {
	return s.onCurrent(ctx, counter, "transfer", func(tx *store.Tx, c counterRow, t Ticket, now int64) (Ticket, error) {
		service := t.Service
		if to.Service != "" {
			var one int
			if err := tx.QueryRowContext(ctx, `SELECT 1 FROM services WHERE code = ?`, to.Service).Scan(&one); err != nil {
				return t, ErrUnknownService
			}
			service = to.Service
		}
		if to.Counter != 0 {
			if _, err := loadCounter(ctx, tx, to.Counter); err != nil {
				return t, err
			}
		}
		if (to.Counter == 0 && service == t.Service) || to.Counter == counter {
			return t, ErrSamePlace
		}
		_, err := tx.ExecContext(ctx, `UPDATE tickets SET status = 'waiting', service = ?, target_counter = ?,
			transfers = transfers + 1, called_at = NULL, recalls = 0 WHERE id = ?`, service, nullInt(to.Counter), t.ID)
		if err != nil {
			return t, err
		}
		if err := setCurrent(ctx, tx, counter, "", c.run); err != nil {
			return t, err
		}
		t, err = ticketByID(ctx, tx, t.ID)
		if err != nil {
			return t, err
		}
		detail := fmt.Sprintf("service=%s counter=%d", service, to.Counter)
		if err := auditTicket(ctx, tx, now, counter, ActionTransfer, t, detail); err != nil {
			return t, err
		}
		return t, record(ctx, tx, t, now, "transferred", counter, detail)
	})
}

// onCurrent runs an action on the ticket a counter is serving.
func (s *Station) onCurrent(ctx context.Context, counter int, what string,
	fn func(tx *store.Tx, c counterRow, t Ticket, now int64) (Ticket, error)) (Ticket, error) {
	var t Ticket
	err := s.db.Write(ctx, func(tx *store.Tx) error {
		c, err := loadCounter(ctx, tx, counter)
		if err != nil {
			return err
		}
		cur, err := c.current(ctx, tx)
		if err != nil {
			return err
		}
		t, err = fn(tx, c, cur, ms(s.clock.Now()))
		return err
	})
	if err != nil {
		return Ticket{}, fmt.Errorf("%s at counter %d: %w", what, counter, err)
	}
	return t, nil
}

func end(ctx context.Context, tx *store.Tx, t Ticket, counter, run int, now int64, st Status, outcome Outcome, kind string) (Ticket, error) {
	_, err := tx.ExecContext(ctx, `UPDATE tickets SET status = ?, finished_at = ?, outcome = ? WHERE id = ?`, st, now, outcome, t.ID)
	if err != nil {
		return t, err
	}
	if err := setCurrent(ctx, tx, counter, "", run); err != nil {
		return t, err
	}
	t.Status, t.FinishedAt, t.Outcome = st, fromMS(sql.NullInt64{Int64: now, Valid: true}), outcome
	return t, record(ctx, tx, t, now, kind, counter, string(outcome))
}
