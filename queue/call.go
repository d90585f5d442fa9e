package queue

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"motcua/store"
)

// CallNext calls the next ticket to a counter under the station's policy
// (see Choose). The choice and the call are one BEGIN IMMEDIATE
// transaction, so two counters pressing "call next" at the same instant
// never get the same ticket.
func (s *Station) CallNext(ctx context.Context, counter int) (Ticket, error) {
	var t Ticket
	err := s.db.Write(ctx, func(tx *store.Tx) error {
		now := s.clock.Now()
		c, err := loadCounter(ctx, tx, counter)
		if err != nil {
			return err
		}
		if err := c.readyToCall(); err != nil {
			return err
		}
		if c, err = c.withServices(ctx, tx); err != nil {
			return err
		}
		policy, err := readPolicy(ctx, tx)
		if err != nil {
			return err
		}
		cands, err := waitingFor(ctx, tx, c, store.Day(now))
		if err != nil {
			return err
		}
		in := make([]Candidate, len(cands))
		for i, w := range cands {
			in[i] = Candidate{QueuedAt: w.QueuedAt, Priority: w.IsPriority()}
		}
		choice, ok := Choose(policy, now, in, c.run)
		if !ok {
			return ErrNoneWaiting
		}
		detail := ""
		if choice.Aged {
			detail = "aged"
		}
		if err := auditTicket(ctx, tx, ms(now), counter, ActionCall, cands[choice.Index], detail); err != nil {
			return err
		}
		t, err = call(ctx, tx, cands[choice.Index], counter, ms(now), choice.Run, "called", detail)
		return err
	})
	if err != nil {
		return Ticket{}, fmt.Errorf("call next at counter %d: %w", counter, err)
	}
	return t, nil
}

// CallTicket calls a chosen waiting ticket out of line order. The reason is
// required and kept with the call, for the reports and the audit.
func (s *Station) CallTicket(ctx context.Context, counter int, ticketID, reason string) (Ticket, error) {
	reason = strings.TrimSpace(reason)
	var t Ticket
	err := s.db.Write(ctx, func(tx *store.Tx) error {
		if reason == "" {
			return ErrReasonRequired
		}
		now := s.clock.Now()
		c, err := loadCounter(ctx, tx, counter)
		if err != nil {
			return err
		}
		if err := c.readyToCall(); err != nil {
			return err
		}
		if c, err = c.withServices(ctx, tx); err != nil {
			return err
		}
		w, err := ticketByID(ctx, tx, ticketID)
		if err != nil {
			return err
		}
		if w.Status != Waiting {
			return ErrNotWaiting
		}
		if !(w.TargetCounter == counter || (w.TargetCounter == 0 && c.Serves(w.Service))) {
			return ErrNotEligible
		}
		// An out-of-order call is the clerk's decision, outside the
		// policy: it neither counts in nor resets the priority run.
		if err := auditTicket(ctx, tx, ms(now), counter, ActionCallOutOfOrder, w, reason); err != nil {
			return err
		}
		t, err = call(ctx, tx, w, counter, ms(now), c.run, "called_out_of_order", reason)
		return err
	})
	if err != nil {
		return Ticket{}, fmt.Errorf("call ticket at counter %d: %w", counter, err)
	}
	return t, nil
}

func call(ctx context.Context, tx *store.Tx, t Ticket, counter int, now int64, run int, kind, detail string) (Ticket, error) {
	_, err := tx.ExecContext(ctx, `UPDATE tickets SET status = 'serving', counter = ?, called_at = ?, target_counter = NULL, recalls = 0
		WHERE id = ? AND status = 'waiting'`, counter, now, t.ID)
	if err != nil {
		return t, fmt.Errorf("call %s: %w", t.Display, err)
	}
	if err := setCurrent(ctx, tx, counter, t.ID, run); err != nil {
		return t, err
	}
	t.Status, t.Counter, t.CalledAt = Serving, counter, fromMS(sql.NullInt64{Int64: now, Valid: true})
	t.TargetCounter, t.Recalls = 0, 0
	return t, record(ctx, tx, t, now, kind, counter, detail)
}

// waitingFor lists the waiting tickets of a day a counter may call, in
// line order.
func waitingFor(ctx context.Context, tx *store.Tx, c counterRow, day string) ([]Ticket, error) {
	clause, args := eligibleClause(c)
	out, err := queryTickets(ctx, tx, `WHERE status = 'waiting' AND day = ? AND `+clause+` ORDER BY queued_at, rowid`,
		append([]any{day}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("list waiting tickets: %w", err)
	}
	return out, nil
}
