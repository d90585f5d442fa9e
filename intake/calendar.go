package intake

import (
	"fmt"
	"sort"
	"time"

	"motcua/store"
)

// DayKind says how a special day differs from the Monday–Friday week.
type DayKind string

// Kinds of special days.
const (
	DayOff    DayKind = "off"     // a weekday the counter is closed (holiday, swapped or compensatory day)
	MakeUpDay DayKind = "workday" // a Saturday or Sunday the counter works (make-up day for a swap)
)

// SpecialDay is one entry of the holiday calendar. Status and Source keep
// what the data says about it ("official", "proposed…", "projected…"), so
// that an admin sees which days are not yet confirmed.
type SpecialDay struct {
	Date   string // YYYY-MM-DD, local
	Kind   DayKind
	Name   string
	Status string
	Source string
}

// Time is the day at local midnight.
func (d SpecialDay) Time() time.Time {
	t, _ := time.ParseInLocation(time.DateOnly, d.Date, store.Local)
	return t
}

// Calendar decides which days are working days and when a dossier is due.
// It knows no holiday by itself: every day off and make-up day comes from
// data (the embedded calendar or the holidays table).
//
// Deadline rules (DueDate):
//   - A working day is Monday–Friday that is not a day off, or a make-up
//     Saturday/Sunday.
//   - A dossier received on a non-working day counts as received at the
//     start of the next working day.
//   - Working days: the due day is the n-th working day after the day
//     received (the day received is day 0).
//   - Same day (n = 0): due the day received when received before the
//     cut-off (15:00), else the next working day.
//   - Calendar days: the due day is n calendar days after the day received;
//     when that is not a working day, the next working day.
//   - The appointment is at ReturnAt (16:00) of the due day, leaving an
//     hour before the counter closes at 17:00 to hand over the result.
type Calendar struct {
	days  map[string]SpecialDay
	years map[int]bool

	// Cutoff is the time of day after which a same-day dossier is due the
	// next working day.
	Cutoff time.Duration
	// ReturnAt is the time of day of every appointment.
	ReturnAt time.Duration
}

// Default times of the calendar.
const (
	DefaultCutoff   = 15 * time.Hour
	DefaultReturnAt = 16 * time.Hour
)

// NewCalendar builds a calendar from its special days. It refuses a date
// given twice or an entry that is not well formed (see ImportHolidays for
// the rules).
func NewCalendar(days []SpecialDay) (*Calendar, error) {
	c := &Calendar{
		days: make(map[string]SpecialDay, len(days)), years: map[int]bool{},
		Cutoff: DefaultCutoff, ReturnAt: DefaultReturnAt,
	}
	for i, d := range days {
		if key, _ := checkSpecialDay(d); key != "" {
			return nil, fmt.Errorf("calendar day %d (%s): %s", i+1, d.Date, key)
		}
		if _, dup := c.days[d.Date]; dup {
			return nil, fmt.Errorf("calendar day %d: %s given twice", i+1, d.Date)
		}
		c.days[d.Date] = d
		c.years[d.Time().Year()] = true
	}
	return c, nil
}

// Days lists the special days in date order.
func (c *Calendar) Days() []SpecialDay {
	out := make([]SpecialDay, 0, len(c.days))
	for _, d := range c.days {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}

// Day returns the special day on t's local date, if there is one.
func (c *Calendar) Day(t time.Time) (SpecialDay, bool) {
	d, ok := c.days[store.Day(t)]
	return d, ok
}

// Covers reports whether the calendar holds any day of the year: a
// deadline in a year it does not cover counts Monday–Friday only, which a
// screen should point out to the admin.
func (c *Calendar) Covers(year int) bool { return c.years[year] }

// IsWorkingDay reports whether t's local date is a working day.
func (c *Calendar) IsWorkingDay(t time.Time) bool {
	if d, ok := c.days[store.Day(t)]; ok {
		return d.Kind == MakeUpDay
	}
	wd := t.In(store.Local).Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// AddWorkingDays moves t forward by n working days (backward when n < 0),
// keeping its time of day: the result is the n-th working day after t's
// date. n = 0 returns t.
func (c *Calendar) AddWorkingDays(t time.Time, n int) time.Time {
	t = t.In(store.Local)
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		t = addDays(t, step)
		if c.IsWorkingDay(t) {
			n--
		}
	}
	return t
}

// NextWorkingDay is the first working day after t's date, at local
// midnight.
func (c *Calendar) NextWorkingDay(t time.Time) time.Time {
	return c.AddWorkingDays(midnight(t), 1)
}

// DueDate is the appointment for a dossier received at received whose
// procedure takes days in unit, by the rules in the Calendar comment.
func (c *Calendar) DueDate(received time.Time, days int, unit DayUnit) time.Time {
	if days < 0 {
		days = 0
	}
	received = received.In(store.Local)
	start := midnight(received)
	if !c.IsWorkingDay(received) {
		start = c.NextWorkingDay(received)
	} else if days == 0 && received.Sub(start) >= c.Cutoff {
		start = c.NextWorkingDay(received)
	}
	due := start
	switch {
	case days == 0:
	case unit == CalendarDays:
		due = addDays(start, days)
		for !c.IsWorkingDay(due) {
			due = addDays(due, 1)
		}
	default:
		due = c.AddWorkingDays(start, days)
	}
	return due.Add(c.ReturnAt)
}

// midnight is the start of t's local day.
func midnight(t time.Time) time.Time {
	y, m, d := t.In(store.Local).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, store.Local)
}

// addDays moves t by n calendar days; Vietnam has no daylight saving, so
// the time of day is kept.
func addDays(t time.Time, n int) time.Time { return t.AddDate(0, 0, n) }
