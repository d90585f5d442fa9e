package intake_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"motcua/intake"
)

func defaultCalendar(t testing.TB) *intake.Calendar {
	t.Helper()
	return must(intake.DefaultCalendar())(t)
}

func TestWorkingDaysOfTheShippedCalendar(t *testing.T) {
	cal := defaultCalendar(t)
	cases := []struct {
		day     time.Time
		working bool
		why     string
	}{
		{local(2026, 1, 1, 9, 0), false, "Tết Dương lịch"},
		{local(2026, 1, 2, 9, 0), false, "swapped day off, paid back on Saturday 10/1"},
		{local(2026, 1, 10, 9, 0), true, "make-up Saturday"},
		{local(2026, 1, 11, 9, 0), false, "an ordinary Sunday"},
		{local(2026, 1, 17, 9, 0), false, "an ordinary Saturday"},
		{local(2026, 2, 16, 9, 0), false, "Tết Bính Ngọ, 29 tháng Chạp"},
		{local(2026, 2, 20, 9, 0), false, "Tết Bính Ngọ, mùng 4"},
		{local(2026, 2, 23, 9, 0), true, "first day back after Tết"},
		{local(2026, 4, 27, 9, 0), false, "Giỗ Tổ compensated on Monday"},
		{local(2026, 4, 30, 9, 0), false, "30/4"},
		{local(2026, 5, 1, 9, 0), false, "1/5"},
		{local(2026, 8, 22, 9, 0), true, "proposed make-up Saturday"},
		{local(2026, 9, 2, 9, 0), false, "Quốc khánh"},
		{local(2026, 9, 3, 9, 0), true, "a Thursday after Quốc khánh"},
		{local(2025, 4, 26, 9, 0), true, "make-up Saturday 2025"},
		{local(2025, 5, 2, 9, 0), false, "swapped day off 2025"},
		{local(2027, 2, 5, 9, 0), false, "Tết Đinh Mùi (projected)"},
		{local(2027, 2, 10, 9, 0), true, "Wednesday after the projected Tết 2027"},
		{local(2026, 10, 19, 23, 59), true, "an ordinary Monday, late"},
		{time.Date(2026, 10, 18, 17, 30, 0, 0, time.UTC), true, "Sunday in UTC is Monday 00:30 in Vietnam"},
	}
	for _, c := range cases {
		if got := cal.IsWorkingDay(c.day); got != c.working {
			t.Errorf("IsWorkingDay(%s) = %v, want %v (%s)", c.day.Format(time.DateTime), got, c.working, c.why)
		}
	}
	for _, y := range []int{2025, 2026, 2027} {
		if !cal.Covers(y) {
			t.Errorf("shipped calendar should cover %d", y)
		}
	}
	if cal.Covers(2028) {
		t.Error("shipped calendar should not claim to cover 2028")
	}
}

func TestDueDates(t *testing.T) {
	cal := defaultCalendar(t)
	wd, cd := intake.WorkingDays, intake.CalendarDays
	cases := []struct {
		name     string
		received time.Time
		days     int
		unit     intake.DayUnit
		want     time.Time
	}{
		{"same day before 15:00", local(2026, 10, 19, 9, 0), 0, wd, local(2026, 10, 19, 16, 0)},
		{"same day at 14:59", local(2026, 10, 19, 14, 59), 0, wd, local(2026, 10, 19, 16, 0)},
		{"same day at 15:00 goes to the next working day", local(2026, 10, 19, 15, 0), 0, wd, local(2026, 10, 20, 16, 0)},
		{"same day on Friday afternoon goes to Monday", local(2026, 10, 23, 15, 30), 0, wd, local(2026, 10, 26, 16, 0)},
		{"same day received on Saturday counts from Monday", local(2026, 10, 24, 10, 0), 0, wd, local(2026, 10, 26, 16, 0)},
		{"same day on a make-up Saturday", local(2026, 1, 10, 10, 0), 0, wd, local(2026, 1, 10, 16, 0)},
		{"same day during Tết", local(2026, 2, 19, 10, 0), 0, wd, local(2026, 2, 23, 16, 0)},
		{"same-day unit does not matter", local(2026, 10, 19, 9, 0), 0, cd, local(2026, 10, 19, 16, 0)},
		{"3 working days in an ordinary week", local(2026, 10, 19, 9, 0), 3, wd, local(2026, 10, 22, 16, 0)},
		{"3 working days over a weekend", local(2026, 10, 22, 16, 45), 3, wd, local(2026, 10, 27, 16, 0)},
		{"working days received on Sunday", local(2026, 10, 25, 10, 0), 1, wd, local(2026, 10, 27, 16, 0)},
		{"1 working day lands on the make-up Saturday 10/1/2026", local(2026, 1, 9, 10, 0), 1, wd, local(2026, 1, 10, 16, 0)},
		{"year end 2025: 1/1 and the swapped 2/1 are off", local(2025, 12, 31, 10, 0), 1, wd, local(2026, 1, 5, 16, 0)},
		{"year end 2026 into 2027", local(2026, 12, 31, 10, 0), 1, wd, local(2027, 1, 4, 16, 0)},
		{"across Tết 2025", local(2025, 1, 24, 10, 0), 1, wd, local(2025, 2, 3, 16, 0)},
		{"across Tết 2026", local(2026, 2, 13, 10, 0), 3, wd, local(2026, 2, 25, 16, 0)},
		{"20 working days across Tết 2026", local(2026, 2, 2, 10, 0), 20, wd, local(2026, 3, 9, 16, 0)},
		{"across Tết 2027 (projected)", local(2027, 2, 4, 10, 0), 1, wd, local(2027, 2, 10, 16, 0)},
		{"Giỗ Tổ 2026 compensated on Monday", local(2026, 4, 24, 10, 0), 1, wd, local(2026, 4, 28, 16, 0)},
		{"across 30/4 and 1/5 2026", local(2026, 4, 29, 10, 0), 2, wd, local(2026, 5, 5, 16, 0)},
		{"across 30/4 and 1/5 2025 and the swapped 2/5", local(2025, 4, 29, 10, 0), 1, wd, local(2025, 5, 5, 16, 0)},
		{"make-up Saturday 26/4/2025 counts", local(2025, 4, 25, 10, 0), 1, wd, local(2025, 4, 26, 16, 0)},
		{"across Quốc khánh 2026", local(2026, 8, 28, 10, 0), 1, wd, local(2026, 9, 3, 16, 0)},
		{"across Quốc khánh 2025", local(2025, 8, 29, 10, 0), 1, wd, local(2025, 9, 3, 16, 0)},
		{"calendar days in an ordinary month", local(2026, 10, 19, 9, 0), 30, cd, local(2026, 11, 18, 16, 0)},
		{"calendar days ending on Saturday move to Monday", local(2026, 10, 19, 9, 0), 5, cd, local(2026, 10, 26, 16, 0)},
		{"calendar days ending on 1/5 move past the weekend", local(2026, 4, 16, 9, 0), 15, cd, local(2026, 5, 4, 16, 0)},
		{"calendar days ending in Tết move after it", local(2026, 1, 19, 9, 0), 30, cd, local(2026, 2, 23, 16, 0)},
		{"calendar days received on Saturday count from Monday", local(2026, 10, 24, 10, 0), 15, cd, local(2026, 11, 10, 16, 0)},
		{"negative days are the same day", local(2026, 10, 19, 9, 0), -2, wd, local(2026, 10, 19, 16, 0)},
	}
	for _, c := range cases {
		got := cal.DueDate(c.received, c.days, c.unit)
		if !got.Equal(c.want) {
			t.Errorf("%s: DueDate(%s, %d %s) = %s, want %s", c.name, c.received.Format(time.DateTime), c.days, c.unit,
				got.Format("Mon 2006-01-02 15:04"), c.want.Format("Mon 2006-01-02 15:04"))
		}
	}
}

func TestDueDateIsInLocalTimeWhateverTheInputZone(t *testing.T) {
	cal := defaultCalendar(t)
	// 01:30 UTC on Monday 19/10 is 08:30 in Vietnam: same day, due 16:00.
	got := cal.DueDate(time.Date(2026, 10, 19, 1, 30, 0, 0, time.UTC), 0, intake.WorkingDays)
	if want := local(2026, 10, 19, 16, 0); !got.Equal(want) || got.Location() != want.Location() {
		t.Fatalf("got %s, want %s", got, want)
	}
	// 08:30 UTC is 15:30 in Vietnam: after the cut-off.
	got = cal.DueDate(time.Date(2026, 10, 19, 8, 30, 0, 0, time.UTC), 0, intake.WorkingDays)
	if want := local(2026, 10, 20, 16, 0); !got.Equal(want) {
		t.Fatalf("got %s, want %s", got, want)
	}
}

func TestCutoffAndReturnTimeAreSettings(t *testing.T) {
	cal := defaultCalendar(t)
	cal.Cutoff, cal.ReturnAt = 16*time.Hour, 17*time.Hour
	got := cal.DueDate(local(2026, 10, 19, 15, 30), 0, intake.WorkingDays)
	if want := local(2026, 10, 19, 17, 0); !got.Equal(want) {
		t.Fatalf("got %s, want %s", got, want)
	}
}

func TestHolidaysAreDataNotCode(t *testing.T) {
	// The same dates with another calendar give other answers.
	empty := must(intake.NewCalendar(nil))(t)
	if !empty.IsWorkingDay(local(2026, 9, 2, 9, 0)) {
		t.Fatal("with no data, 2/9/2026 (a Wednesday) is a working day")
	}
	if got, want := empty.DueDate(local(2026, 2, 13, 10, 0), 3, intake.WorkingDays), local(2026, 2, 18, 16, 0); !got.Equal(want) {
		t.Fatalf("no data: got %s, want %s", got, want)
	}
	custom := must(intake.NewCalendar([]intake.SpecialDay{
		{Date: "2026-10-20", Kind: intake.DayOff, Name: "Ngày nghỉ của xã"},
		{Date: "2026-10-24", Kind: intake.MakeUpDay, Name: "Làm bù"},
	}))(t)
	if got, want := custom.DueDate(local(2026, 10, 19, 9, 0), 1, intake.WorkingDays), local(2026, 10, 21, 16, 0); !got.Equal(want) {
		t.Fatalf("custom day off: got %s, want %s", got, want)
	}
	if got, want := custom.DueDate(local(2026, 10, 23, 9, 0), 1, intake.WorkingDays), local(2026, 10, 24, 16, 0); !got.Equal(want) {
		t.Fatalf("custom make-up day: got %s, want %s", got, want)
	}
}

func TestNewCalendarRefusesBadDays(t *testing.T) {
	bad := [][]intake.SpecialDay{
		{{Date: "2026-02-30", Kind: intake.DayOff, Name: "x"}},
		{{Date: "2026-10-21", Kind: intake.MakeUpDay, Name: "a Wednesday"}},
		{{Date: "2026-10-21", Kind: "holiday", Name: "x"}},
		{{Date: "2026-10-21", Kind: intake.DayOff}},
		{{Date: "2026-10-21", Kind: intake.DayOff, Name: "a"}, {Date: "2026-10-21", Kind: intake.DayOff, Name: "b"}},
	}
	for i, days := range bad {
		if _, err := intake.NewCalendar(days); err == nil {
			t.Errorf("case %d: NewCalendar(%v) accepted", i, days)
		}
	}
}

func TestAddWorkingDays(t *testing.T) {
	cal := defaultCalendar(t)
	from := local(2026, 2, 13, 10, 30)
	if got, want := cal.AddWorkingDays(from, 1), local(2026, 2, 23, 10, 30); !got.Equal(want) {
		t.Fatalf("forward over Tết: got %s, want %s", got, want)
	}
	if got := cal.AddWorkingDays(local(2026, 2, 23, 10, 30), -1); !got.Equal(from) {
		t.Fatalf("backward over Tết: got %s, want %s", got, from)
	}
	if got := cal.AddWorkingDays(from, 0); !got.Equal(from) {
		t.Fatalf("0 days: got %s", got)
	}
	if got, want := cal.NextWorkingDay(local(2026, 4, 29, 18, 0)), local(2026, 5, 4, 0, 0); !got.Equal(want) {
		t.Fatalf("NextWorkingDay: got %s, want %s", got, want)
	}
}

// TestDueDateProperties checks, on random receptions over 2025–2027, that
// the appointment is on a working day at the return time, never before the
// reception, and exactly n working days after the day counting starts.
func TestDueDateProperties(t *testing.T) {
	cal := defaultCalendar(t)
	rng := rand.New(rand.NewPCG(7, 11))
	start := local(2025, 1, 1, 0, 0)
	for i := 0; i < 3000; i++ {
		received := start.Add(time.Duration(rng.Int64N(int64(3 * 365 * 24 * time.Hour))))
		days := rng.IntN(25)
		due := cal.DueDate(received, days, intake.WorkingDays)
		if !cal.IsWorkingDay(due) {
			t.Fatalf("%s + %d: due %s is not a working day", received, days, due)
		}
		if h, m, _ := due.Clock(); h != 16 || m != 0 {
			t.Fatalf("%s + %d: due %s is not at 16:00", received, days, due)
		}
		if due.Before(received) {
			t.Fatalf("%s + %d: due %s is before reception", received, days, due)
		}
		if days == 0 {
			continue
		}
		// Counting starts on the day received when it is a working day,
		// else on the next one.
		first := time.Date(received.Year(), received.Month(), received.Day(), 0, 0, 0, 0, received.Location())
		if !cal.IsWorkingDay(first) {
			first = cal.NextWorkingDay(first)
		}
		n := 0
		for d := first.AddDate(0, 0, 1); !d.After(due); d = d.AddDate(0, 0, 1) {
			if cal.IsWorkingDay(d) {
				n++
			}
		}
		if n != days {
			t.Fatalf("%s + %d: due %s is %d working days after %s", received, days, due, n, first)
		}
	}
}
