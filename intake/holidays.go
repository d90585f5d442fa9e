package intake

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sync"
	"time"

	"motcua/assets"
	"motcua/store"
)

// The holiday calendar as data: the embedded file, the holidays table,
// and the import that replaces the table.
//
// JSON format (format_version 1), as assets/holidays/vn-2025-2027.json:
//
//	{"format_version": 1, "_note": "…",
//	 "days": [{"date": "2026-01-01", "kind": "off", "name": "Tết Dương lịch",
//	           "status": "official", "source": "…"}, …]}
//
// CSV format: one day a line, "date,kind,name[,status[,source]]", with an
// optional header line starting with "date"; ',' or ';' separates fields.
// Rules: date is YYYY-MM-DD (2000–2100); kind is off (a weekday the
// counter is closed; "nghỉ" is accepted) or workday (a Saturday or Sunday
// the counter works; "làm bù" is accepted);
// name is required for a day off; a date appears once.

// Caps of the calendar's text fields.
const (
	maxDayName   = 200
	maxDayStatus = 500
	maxDaySource = 1000
)

// embeddedDays parses the shipped calendar once per process: Receive
// falls back to it on every save while the holidays table is empty.
var embeddedDays = sync.OnceValues(func() ([]SpecialDay, error) {
	return ParseHolidays(bytes.NewReader(assets.HolidaysJSON()), "json")
})

// DefaultCalendar is the calendar shipped in the binary.
func DefaultCalendar() (*Calendar, error) {
	days, err := embeddedDays()
	if err != nil {
		return nil, fmt.Errorf("embedded holiday calendar: %w", err)
	}
	return NewCalendar(days)
}

// LoadCalendar reads the calendar from the holidays table, or the
// embedded one while the table is empty.
func LoadCalendar(ctx context.Context, db *store.DB) (*Calendar, error) {
	var c *Calendar
	err := db.Read(ctx, func(tx *store.Tx) error {
		var err error
		c, err = calendarTx(ctx, tx)
		return err
	})
	return c, err
}

// calendarTx reads the calendar inside a transaction.
func calendarTx(ctx context.Context, tx *store.Tx) (*Calendar, error) {
	rows, err := tx.QueryContext(ctx, `SELECT date, kind, name, status, source FROM holidays ORDER BY date`)
	if err != nil {
		return nil, fmt.Errorf("read holidays: %w", err)
	}
	defer rows.Close()
	var days []SpecialDay
	for rows.Next() {
		var d SpecialDay
		if err := rows.Scan(&d.Date, &d.Kind, &d.Name, &d.Status, &d.Source); err != nil {
			return nil, fmt.Errorf("read holidays: %w", err)
		}
		days = append(days, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read holidays: %w", err)
	}
	if len(days) == 0 {
		return DefaultCalendar()
	}
	return NewCalendar(days)
}

// SeedHolidays fills an empty holidays table with the embedded calendar,
// so that an admin sees and edits the days the station uses. It reports
// whether it wrote anything; a table with rows is left alone.
func SeedHolidays(ctx context.Context, db *store.DB) (bool, error) {
	if filled, err := hasRows(ctx, db, "holidays"); err != nil || filled {
		return false, err
	}
	days, err := embeddedDays()
	if err != nil {
		return false, fmt.Errorf("embedded holiday calendar: %w", err)
	}
	seeded := false
	err = db.Write(ctx, func(tx *store.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM holidays`).Scan(&n); err != nil {
			return fmt.Errorf("count holidays: %w", err)
		}
		if n > 0 {
			return nil
		}
		seeded = true
		return writeHolidays(ctx, tx, days)
	})
	return seeded, err
}

// ImportHolidays replaces the station's calendar with the days of a JSON
// or CSV file (format "json", "csv", or "" to guess), in one transaction,
// and records holidays.imported in the outbox. It returns the number of
// days imported. A file with any problem imports nothing and returns
// ImportErrors naming each line.
func ImportHolidays(ctx context.Context, db *store.DB, r io.Reader, format string) (int, error) {
	days, err := ParseHolidays(r, format)
	if err != nil {
		return 0, err
	}
	err = db.Write(ctx, func(tx *store.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM holidays`); err != nil {
			return fmt.Errorf("clear holidays: %w", err)
		}
		if err := writeHolidays(ctx, tx, days); err != nil {
			return err
		}
		at := db.Clock().Now().UnixMilli()
		return store.AppendEvent(ctx, tx, at, "holidays.imported", "holidays", map[string]any{
			"count": len(days), "first": days[0].Date, "last": days[len(days)-1].Date, "days": holidayJSON(days),
		})
	})
	if err != nil {
		return 0, fmt.Errorf("import holidays: %w", err)
	}
	return len(days), nil
}

func writeHolidays(ctx context.Context, tx *store.Tx, days []SpecialDay) error {
	for _, d := range days {
		if _, err := tx.ExecContext(ctx, `INSERT INTO holidays (date, kind, name, status, source) VALUES (?, ?, ?, ?, ?)`,
			d.Date, d.Kind, d.Name, d.Status, d.Source); err != nil {
			return fmt.Errorf("write holiday %s: %w", d.Date, err)
		}
	}
	return nil
}

// dayJSON is one day in the JSON file format.
type dayJSON struct {
	Date    string          `json:"date"`
	Kind    string          `json:"kind"`
	Name    string          `json:"name"`
	Status  string          `json:"status,omitempty"`
	Source  string          `json:"source,omitempty"`
	Comment json.RawMessage `json:"_note,omitempty"`
}

func holidayJSON(days []SpecialDay) []dayJSON {
	out := make([]dayJSON, len(days))
	for i, d := range days {
		out[i] = dayJSON{Date: d.Date, Kind: string(d.Kind), Name: d.Name, Status: d.Status, Source: d.Source}
	}
	return out
}

// ParseHolidays reads and checks a calendar file without importing it:
// the days in date order, or ImportErrors.
func ParseHolidays(r io.Reader, format string) ([]SpecialDay, error) {
	data, format, err := readImport(r, format)
	if err != nil {
		return nil, err
	}
	var raw []dayJSON
	var lines []int
	if format == "json" {
		raw, lines, err = decodeJSONList[dayJSON](data, "days")
		if err != nil {
			return nil, err
		}
	} else {
		recs, err := readCSV(data)
		if err != nil {
			return nil, err
		}
		for i, rec := range recs {
			f := rec.fields
			if i == 0 && len(f) > 0 && (Fold(f[0]) == "date" || Fold(f[0]) == "ngay") {
				continue // header
			}
			if len(f) == 1 && f[0] == "" {
				continue
			}
			if len(f) < 3 || len(f) > 5 {
				return nil, ImportErrors{importErr(rec.line, "intake.err.import.holiday_columns", len(f))}
			}
			f = append(f, "", "")
			raw = append(raw, dayJSON{Date: f[0], Kind: f[1], Name: f[2], Status: f[3], Source: f[4]})
			lines = append(lines, rec.line)
		}
	}
	var problems ImportErrors
	var days []SpecialDay
	seen := map[string]int{}
	for i, r := range raw {
		d := SpecialDay{
			Date: Clean(r.Date, 10), Kind: dayKind(r.Kind), Name: Clean(r.Name, maxDayName),
			Status: Clean(r.Status, maxDayStatus), Source: Clean(r.Source, maxDaySource),
		}
		if key, args := checkSpecialDay(d); key != "" {
			problems = append(problems, importErr(lines[i], key, args...))
			continue
		}
		if first, dup := seen[d.Date]; dup {
			problems = append(problems, importErr(lines[i], "intake.err.import.duplicate", d.Date, first))
			continue
		}
		seen[d.Date] = lines[i]
		days = append(days, d)
	}
	if len(problems) > 0 {
		return nil, problems
	}
	if len(days) == 0 {
		return nil, ImportErrors{importErr(0, "intake.err.import.no_entries", "days")}
	}
	c, err := NewCalendar(days)
	if err != nil {
		return nil, err
	}
	return c.Days(), nil
}

// dayKind reads a kind, accepting the Vietnamese words too.
func dayKind(s string) DayKind {
	switch Fold(s) {
	case "off", "nghi", "ngay nghi":
		return DayOff
	case "workday", "lam bu", "lam viec", "ngay lam bu":
		return MakeUpDay
	}
	return DayKind(Clean(s, 20))
}

// checkSpecialDay returns the sentence key and arguments of what is wrong
// with a day, or "".
func checkSpecialDay(d SpecialDay) (string, []any) {
	t, err := time.ParseInLocation(time.DateOnly, d.Date, store.Local)
	if err != nil || t.Year() < 2000 || t.Year() > 2100 {
		return "intake.err.import.date", []any{d.Date}
	}
	wd := t.Weekday()
	weekend := wd == time.Saturday || wd == time.Sunday
	switch d.Kind {
	case DayOff:
		if d.Name == "" {
			return "intake.err.import.name_required", []any{d.Date}
		}
	case MakeUpDay:
		if !weekend {
			return "intake.err.import.workday_weekday", []any{d.Date}
		}
	default:
		return "intake.err.import.kind", []any{string(d.Kind)}
	}
	return "", nil
}
