package forms

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/queue"
	"motcua/receipts"
	"motcua/store"
)

// RegisterFor builds the Sổ theo dõi hồ sơ (Mẫu 07) of the dossiers
// received from the day of from to the day of to, both included, in the
// order of their numbers in the register books (one book per year: a
// period across a new year lists the old book, then the new one). The
// header is the commune's, dated today by the desk's clock, which also
// decides which open dossiers are overdue.
func RegisterFor(ctx context.Context, desk *intake.Desk, st *queue.Station, from, to time.Time) (receipts.Mau07, error) {
	if desk == nil || st == nil {
		return receipts.Mau07{}, fmt.Errorf("%w: the register needs the desk and the station", receipts.ErrConfig)
	}
	first, last := store.Day(from), store.Day(to)
	if last < first {
		return receipts.Mau07{}, fmt.Errorf("register from %s to %s: the period ends before it starts", first, last)
	}
	cfg, err := st.Config(ctx)
	if err != nil {
		return receipts.Mau07{}, fmt.Errorf("read station settings for the register: %w", err)
	}
	now := desk.Now()
	m := receipts.Mau07{
		Header: receipts.FormHeader{Agency: cfg.CommuneName, Place: cfg.Place, Date: now},
		From:   from, To: to,
	}
	y0, y1 := from.In(store.Local).Year(), to.In(store.Local).Year()
	var books []string
	for year := y0; year <= y1; year++ {
		dossiers, err := desk.Register(ctx, year)
		if err != nil {
			return receipts.Mau07{}, fmt.Errorf("register from %s to %s: %w", first, last, err)
		}
		n := 0
		for _, d := range dossiers {
			if d.Day < first || d.Day > last {
				continue
			}
			// The history gives the moment the dossier went to the
			// resolving officer and the appointments before each change.
			hist, err := desk.History(ctx, d.ID)
			if err != nil {
				return receipts.Mau07{}, fmt.Errorf("register: history of %s: %w", d.Code, err)
			}
			m.Rows = append(m.Rows, registerRow(d, hist, now))
			n++
		}
		if n > 0 {
			books = append(books, strconv.Itoa(year))
		}
	}
	if len(books) == 0 {
		books = []string{strconv.Itoa(y1)}
	}
	m.Book = strings.Join(books, ", ")
	return m, nil
}

// registerRow is one dossier's line in the register.
func registerRow(d intake.Dossier, hist []intake.DossierEvent, now time.Time) receipts.RegisterRow {
	r := receipts.RegisterRow{
		Seq: d.BookNo, DossierCode: d.Code, Procedure: d.ProcedureName, Sets: d.Sets,
		Applicant: d.Citizen.Name, Address: d.Citizen.Address, Phone: d.Citizen.Phone,
		ReceivedAt: d.ReceivedAt, DueAt: d.FirstDueAt, ResultAt: d.ResolvedAt,
		Note: RegisterNote(d, hist, now),
	}
	if r.DueAt.IsZero() {
		r.DueAt = d.DueAt
	}
	for _, e := range hist {
		if e.Kind == "processing" {
			r.SentAt = e.At
			break
		}
	}
	if d.Status == intake.Returned || d.Status == intake.Mailed {
		r.ReturnedAt = d.FinishedAt
	}
	return r
}

// RegisterNote is the "Ghi chú" of a dossier: late (by how many days,
// counted against the appointment in force before any apology: a letter
// of apology moves the appointment but the dossier is still late),
// overdue now, apologised, supplements asked for or awaited, refused,
// returned by post. A supplement restarts the count legitimately, so the
// appointment it sets is the one the dossier is measured against.
func RegisterNote(d intake.Dossier, hist []intake.DossierEvent, now time.Time) string {
	due := promised(d, hist)
	var notes []string
	note := func(key string, args ...any) { notes = append(notes, i18n.T(i18n.VI, key, args...)) }
	switch {
	case !d.ResolvedAt.IsZero() && d.ResolvedAt.After(due):
		if n := daysBetween(due, d.ResolvedAt); n > 0 {
			note("receipts.mau07.note.late", n)
		} else {
			note("receipts.mau07.note.late_hours")
		}
	case d.ResolvedAt.IsZero() && (d.Status == intake.Received || d.Status == intake.Processing) && now.After(due):
		if n := daysBetween(due, now); n > 0 {
			note("receipts.mau07.note.overdue", n)
		} else {
			note("receipts.mau07.note.overdue_now")
		}
	}
	if d.Apologies > 0 {
		note("receipts.mau07.note.apologised", d.Apologies)
	}
	if d.Supplements > 0 {
		note("receipts.mau07.note.supplements", d.Supplements)
	}
	switch d.Status {
	case intake.AwaitingSupplement:
		note("receipts.mau07.note.awaiting")
	case intake.Refused:
		note("receipts.mau07.note.refused")
	case intake.Mailed:
		note("receipts.mau07.note.mailed")
	}
	return strings.Join(notes, "; ")
}

// promised is the appointment a dossier is measured against: the one on
// its receipt, moved by each supplement received, never by an apology.
func promised(d intake.Dossier, hist []intake.DossierEvent) time.Time {
	due := d.FirstDueAt
	if due.IsZero() {
		due = d.DueAt
	}
	apologised := false
	for _, e := range hist {
		switch e.Kind {
		case "apologised":
			if !apologised && !e.DueBefore.IsZero() {
				due = e.DueBefore
			}
			apologised = true
		case "supplemented":
			if !e.DueAfter.IsZero() && !apologised {
				due = e.DueAfter
			}
		}
	}
	if d.Apologies == 0 && d.Supplements > 0 && !d.DueAt.IsZero() {
		// No apology: the current appointment is the last one set by a
		// supplement, even if the history was not given.
		due = d.DueAt
	}
	return due
}

// daysBetween counts the calendar days from the day of a to the day of b
// in Vietnam time.
func daysBetween(a, b time.Time) int {
	a, b = a.In(store.Local), b.In(store.Local)
	da := time.Date(a.Year(), a.Month(), a.Day(), 12, 0, 0, 0, time.UTC)
	db := time.Date(b.Year(), b.Month(), b.Day(), 12, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours() / 24)
}
