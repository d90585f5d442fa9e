package intake

import (
	"context"
	"fmt"

	"motcua/store"
)

// One day of the holiday calendar changed from the settings screen: a day
// off or a make-up working day added, renamed or removed. Each change is
// one write transaction, so every screen and every new appointment uses
// the new calendar at once; it is recorded in the outbox as
// holidays.changed and in the audit trail.

// FieldHoliday names the calendar day in a FieldError.
const FieldHoliday = "holiday"

// SetSpecialDay adds a day off or a make-up working day to the calendar,
// or changes the one already on that date. The status of a day an admin
// enters is "admin". Appointments already given are not moved.
func (k *Desk) SetSpecialDay(ctx context.Context, d SpecialDay) error {
	d = SpecialDay{Date: Clean(d.Date, 10), Kind: dayKind(string(d.Kind)), Name: Clean(d.Name, maxDayName),
		Status: "admin", Source: Clean(d.Source, maxDaySource)}
	if key, args := checkSpecialDay(d); key != "" {
		return fieldErr(FieldHoliday, key, args...)
	}
	return k.changeCalendar(ctx, "holiday.set "+d.Date+" "+string(d.Kind)+" "+d.Name, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO holidays (date, kind, name, status, source) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name, status = excluded.status, source = excluded.source`,
			d.Date, d.Kind, d.Name, d.Status, d.Source)
		if err != nil {
			return fmt.Errorf("set holiday %s: %w", d.Date, err)
		}
		return store.AppendEvent(ctx, tx, k.Now().UnixMilli(), "holidays.changed", "holidays", map[string]any{
			"date": d.Date, "kind": d.Kind, "name": d.Name})
	})
}

// RemoveSpecialDay takes a date off the calendar: it becomes an ordinary
// day of its weekday again.
func (k *Desk) RemoveSpecialDay(ctx context.Context, date string) error {
	date = Clean(date, 10)
	return k.changeCalendar(ctx, "holiday.remove "+date, func(tx *store.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM holidays WHERE date = ?`, date)
		if err != nil {
			return fmt.Errorf("remove holiday %s: %w", date, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fieldErr(FieldHoliday, "settings.err.day_unknown", date)
		}
		return store.AppendEvent(ctx, tx, k.Now().UnixMilli(), "holidays.changed", "holidays", map[string]any{
			"date": date, "removed": true})
	})
}

// changeCalendar runs fn on the holidays table in a write transaction.
// While the table is empty the station uses the shipped calendar; it is
// copied in first, so that one edit does not throw the other days away.
func (k *Desk) changeCalendar(ctx context.Context, detail string, fn func(tx *store.Tx) error) error {
	return k.db.Write(ctx, func(tx *store.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM holidays`).Scan(&n); err != nil {
			return fmt.Errorf("count holidays: %w", err)
		}
		if n == 0 {
			days, err := embeddedDays()
			if err != nil {
				return fmt.Errorf("embedded holiday calendar: %w", err)
			}
			if err := writeHolidays(ctx, tx, days); err != nil {
				return err
			}
		}
		if err := fn(tx); err != nil {
			return err
		}
		return auditCalendar(ctx, tx, k.Now().UnixMilli(), detail)
	})
}

// auditCalendar records a calendar change in the audit trail, as the
// account of ctx's actor.
func auditCalendar(ctx context.Context, tx *store.Tx, at int64, detail string) error {
	return store.Audit(ctx, tx, at, 0, "settings.change", detail)
}
