package common

import (
	"errors"

	"motcua/intake"
	"motcua/queue"
	"motcua/store"
)

var errorKeys = []struct {
	err error
	key string
}{
	{queue.ErrNoneWaiting, "queue.err.none_waiting"},
	{queue.ErrCounterPaused, "queue.err.counter_paused"},
	{queue.ErrCounterClosed, "queue.err.counter_closed"},
	{queue.ErrCounterBusy, "queue.err.busy"},
	{queue.ErrNoCurrent, "queue.err.no_current"},
	{queue.ErrReasonRequired, "queue.err.reason_required"},
	{queue.ErrNotWaiting, "queue.err.not_waiting"},
	{queue.ErrNotEligible, "queue.err.not_eligible"},
	{queue.ErrUnknownService, "queue.err.unknown_service"},
	{queue.ErrUnknownCounter, "queue.err.unknown_counter"},
	{queue.ErrUnknownGroup, "queue.err.unknown_group"},
	{queue.ErrSamePlace, "queue.err.same_place"},
	{queue.ErrUnknownOutcome, "queue.err.unknown_outcome"},
	{queue.ErrTicketNotFound, "queue.err.not_found"},
	{queue.ErrAlreadyRated, "queue.err.already_rated"},
	{queue.ErrNotRatable, "queue.err.not_ratable"},
	{queue.ErrUnknownLevel, "queue.err.unknown_level"},
	{queue.ErrUnknownReason, "queue.err.unknown_reason"},
}

// ErrorText turns an error into a sentence of the translation table in the
// screen's language. Unknown errors keep their text, after the sentence
// "could not do that", so a clerk can read it to technical staff.
func (c Common) ErrorText(err error) string {
	if err == nil {
		return ""
	}
	var few *queue.TooFewRecallsError
	if errors.As(err, &few) {
		return c.T("queue.err.too_few_recalls", few.Need)
	}
	var se *queue.SetupError
	if errors.As(err, &se) {
		return c.T(se.Key, se.Args...)
	}
	var fe *intake.FieldError
	if errors.As(err, &fe) {
		return fe.Message(c.Lang)
	}
	for _, e := range errorKeys {
		if errors.Is(err, e.err) {
			return c.T(e.key)
		}
	}
	if key := StoreErrorKey(err); key != "" {
		return c.T(key, "")
	}
	return c.T("queue.err.other", err.Error())
}

// StoreErrorKey is the translation key of a database error, "" if err is
// not one.
func StoreErrorKey(err error) string {
	switch {
	case errors.Is(err, store.ErrLocked):
		return "db.locked"
	case errors.Is(err, store.ErrReadOnly):
		return "db.readonly"
	case errors.Is(err, store.ErrCorrupt):
		return "db.corrupt"
	case errors.Is(err, store.ErrTooNew):
		return "db.toonew"
	case errors.Is(err, store.ErrCannotOpen):
		return "db.cannot_open"
	}
	return ""
}
