package intake

import (
	"context"
	"time"

	"motcua/store"
)

// The steps of a dossier's life after it is received. Each takes the
// dossier's code (any case), ID or lookup code, checks the step fits the
// dossier's state (else a *TransitionError), and records the transition
// with its time, counter and clerk in dossier_events and the outbox, in
// one transaction. Each returns the dossier as it is after the step.

// StartProcessing marks a received dossier as being worked on.
func (k *Desk) StartProcessing(ctx context.Context, ref string, by Actor) (Dossier, error) {
	return k.step(ctx, ref, ActProcess, by, "processing", func(_ *store.Tx, d *Dossier, _ time.Time) (string, eventDetail, error) {
		d.Status = Processing
		return "", eventDetail{}, nil
	})
}

// Resolve records that the result is ready to be handed over.
func (k *Desk) Resolve(ctx context.Context, ref string, by Actor, note string) (Dossier, error) {
	return k.step(ctx, ref, ActResolve, by, "resolved", func(_ *store.Tx, d *Dossier, now time.Time) (string, eventDetail, error) {
		d.Status, d.ResolvedAt = Resolved, now
		return "", eventDetail{Note: CleanText(note, MaxNote)}, nil
	})
}

// Return records that the citizen collected the result at the counter.
func (k *Desk) Return(ctx context.Context, ref string, by Actor, note string) (Dossier, error) {
	return k.step(ctx, ref, ActReturn, by, "returned", func(_ *store.Tx, d *Dossier, now time.Time) (string, eventDetail, error) {
		d.Status, d.FinishedAt = Returned, now
		return "", eventDetail{Note: CleanText(note, MaxNote)}, nil
	})
}

// Mail records that the result was sent by public postal service; the
// note may hold the parcel number.
func (k *Desk) Mail(ctx context.Context, ref string, by Actor, note string) (Dossier, error) {
	return k.step(ctx, ref, ActMail, by, "mailed", func(_ *store.Tx, d *Dossier, now time.Time) (string, eventDetail, error) {
		d.Status, d.FinishedAt = Mailed, now
		return "", eventDetail{Note: CleanText(note, MaxNote)}, nil
	})
}

// SupplementRequest is what Mẫu 02 says: the papers missing and why.
type SupplementRequest struct {
	Missing []string
	Reason  string
	// Confirm must be set for a second (or later) request on the same
	// dossier: the provincial index penalises asking a citizen to
	// supplement more than once, so a repeat is a deliberate act.
	Confirm bool
	By      Actor
}

// RequestSupplement asks the citizen to supplement the dossier (Mẫu 02).
// The missing papers are required. A repeat request returns
// ErrConfirmRequired unless Confirm is set, and ErrReasonRequired without
// a reason; it is recorded with its number and the confirmation.
func (k *Desk) RequestSupplement(ctx context.Context, ref string, req SupplementRequest) (Dossier, error) {
	return k.step(ctx, ref, ActRequestSupplement, req.By, "supplement_requested", func(_ *store.Tx, d *Dossier, _ time.Time) (string, eventDetail, error) {
		var missing []string
		for _, m := range req.Missing {
			if m = Clean(m, MaxDocumentName); m != "" {
				missing = append(missing, m)
			}
		}
		reason := CleanText(req.Reason, MaxReason)
		if len(missing) == 0 {
			return "", eventDetail{}, ErrMissingRequired
		}
		if d.Supplements > 0 {
			if !req.Confirm {
				return "", eventDetail{}, ErrConfirmRequired
			}
			if reason == "" {
				return "", eventDetail{}, ErrReasonRequired
			}
		}
		d.Supplements++
		d.Status = AwaitingSupplement
		return reason, eventDetail{Missing: missing, Nth: d.Supplements, Confirmed: d.Supplements > 1}, nil
	})
}

// ReceiveSupplement records that the citizen brought what was missing.
// The dossier goes back to processing and its appointment is counted
// again from now, as for a dossier received complete today.
func (k *Desk) ReceiveSupplement(ctx context.Context, ref string, by Actor, note string) (Dossier, error) {
	return k.step(ctx, ref, ActReceiveSupplement, by, "supplemented", func(tx *store.Tx, d *Dossier, now time.Time) (string, eventDetail, error) {
		cal, err := calendarTx(ctx, tx)
		if err != nil {
			return "", eventDetail{}, err
		}
		before := d.DueAt
		d.Status, d.DueAt = Processing, cal.DueDate(now, d.Days, d.Unit)
		return "", eventDetail{DueBefore: ms(before), DueAfter: ms(d.DueAt), Note: CleanText(note, MaxNote)}, nil
	})
}

// Refuse refuses the dossier (Mẫu 03); the reason is required.
func (k *Desk) Refuse(ctx context.Context, ref, reason string, by Actor) (Dossier, error) {
	return k.step(ctx, ref, ActRefuse, by, "refused", func(_ *store.Tx, d *Dossier, now time.Time) (string, eventDetail, error) {
		reason = CleanText(reason, MaxReason)
		if reason == "" {
			return "", eventDetail{}, ErrReasonRequired
		}
		d.Status, d.FinishedAt = Refused, now
		return reason, eventDetail{}, nil
	})
}

// Apologise records the apology letter for a dossier that will be late
// (Mẫu 04) with its reason and new appointment, which must be a working
// day after both the current appointment and now (ErrDueNotLater,
// ErrDueInPast, ErrDueNotWorkingDay). A new appointment given as a date
// (local midnight) is at the calendar's return time (16:00) of that day.
// The count of apologies is kept for the provincial index.
func (k *Desk) Apologise(ctx context.Context, ref, reason string, newDue time.Time, by Actor) (Dossier, error) {
	return k.step(ctx, ref, ActApologise, by, "apologised", func(tx *store.Tx, d *Dossier, now time.Time) (string, eventDetail, error) {
		reason = CleanText(reason, MaxReason)
		if reason == "" {
			return "", eventDetail{}, ErrReasonRequired
		}
		cal, err := calendarTx(ctx, tx)
		if err != nil {
			return "", eventDetail{}, err
		}
		newDue = newDue.In(store.Local)
		if newDue.Equal(midnight(newDue)) {
			newDue = newDue.Add(cal.ReturnAt)
		}
		switch {
		case !newDue.After(d.DueAt):
			return "", eventDetail{}, ErrDueNotLater
		case !newDue.After(now):
			return "", eventDetail{}, ErrDueInPast
		case !cal.IsWorkingDay(newDue):
			return "", eventDetail{}, ErrDueNotWorkingDay
		}
		before := d.DueAt
		d.DueAt = newDue
		d.Apologies++
		return reason, eventDetail{DueBefore: ms(before), DueAfter: ms(d.DueAt)}, nil
	})
}
