package intake_test

import (
	"context"
	"errors"
	"testing"

	"motcua/intake"
	"motcua/store"
)

// Adding a day off to the shipped calendar keeps every shipped day, moves
// the next appointments at once and goes to the outbox; removing it gives
// the working day back.
func TestSetAndRemoveSpecialDay(t *testing.T) {
	k, _ := newDesk(t)
	ctx := context.Background()
	shipped := len(must(k.Calendar(ctx))(t).Days())
	tuesday := local(2026, 10, 20, 9, 0)
	cal := must(k.Calendar(ctx))(t)
	if !cal.IsWorkingDay(tuesday) {
		t.Fatal("the test needs 20/10/2026 to be a working day")
	}
	due := cal.DueDate(monday0900, 1, intake.WorkingDays)
	if err := k.SetSpecialDay(ctx, intake.SpecialDay{Date: "2026-10-20", Kind: "nghỉ", Name: " Ngày Phụ nữ Việt Nam "}); err != nil {
		t.Fatal(err)
	}
	cal = must(k.Calendar(ctx))(t)
	if got := len(cal.Days()); got != shipped+1 {
		t.Errorf("calendar has %d days, want the %d shipped plus one", got, shipped)
	}
	d, ok := cal.Day(tuesday)
	if !ok || d.Kind != intake.DayOff || d.Name != "Ngày Phụ nữ Việt Nam" || d.Status != "admin" {
		t.Errorf("20/10 reads %+v", d)
	}
	if moved := cal.DueDate(monday0900, 1, intake.WorkingDays); !moved.After(due) {
		t.Errorf("due date %v did not move past %v", moved, due)
	}
	events := must(k.DB().Events(ctx, 0, 1000))(t)
	if kinds := []string{events[len(events)-2].Kind, events[len(events)-1].Kind}; kinds[0] != "holidays.changed" || kinds[1] != "audit.recorded" {
		t.Errorf("last outbox events %v, want the change and its audit entry", kinds)
	}
	if err := k.RemoveSpecialDay(ctx, "2026-10-20"); err != nil {
		t.Fatal(err)
	}
	cal = must(k.Calendar(ctx))(t)
	if !cal.IsWorkingDay(tuesday) || len(cal.Days()) != shipped {
		t.Errorf("after removing: working %v, %d days", cal.IsWorkingDay(tuesday), len(cal.Days()))
	}
	var fe *intake.FieldError
	if err := k.RemoveSpecialDay(ctx, "2026-10-20"); !errors.As(err, &fe) || fe.Key != "settings.err.day_unknown" {
		t.Errorf("removing it twice: %v", err)
	}
}

func TestSpecialDayRefusals(t *testing.T) {
	k, _ := newDesk(t)
	ctx := context.Background()
	rev := must(k.DB().Revision(ctx))(t)
	for d, key := range map[intake.SpecialDay]string{
		{Date: "2026-13-01", Kind: "off", Name: "x"}:       "intake.err.import.date",
		{Date: "20/10/2026", Kind: "off", Name: "x"}:       "intake.err.import.date",
		{Date: "2026-10-20", Kind: "off"}:                  "intake.err.import.name_required",
		{Date: "2026-10-20", Kind: "workday"}:              "intake.err.import.workday_weekday",
		{Date: "2026-10-24", Kind: "maybe", Name: "x"}:     "intake.err.import.kind",
		{Date: "2026-10-24", Kind: "làm bù", Name: "\x1b"}: "",
	} {
		err := k.SetSpecialDay(ctx, d)
		var fe *intake.FieldError
		switch {
		case key == "" && err != nil:
			t.Errorf("%+v refused: %v", d, err)
		case key != "" && (!errors.As(err, &fe) || fe.Key != key || !errors.Is(err, intake.ErrInvalid)):
			t.Errorf("%+v: %v, want %s", d, err, key)
		}
	}
	if got := must(k.DB().Revision(ctx))(t); got != rev+1 {
		t.Errorf("revision moved by %d, want 1 (one accepted day)", got-rev)
	}
}

// A calendar change is audited as a settings change.
func TestSpecialDayIsAudited(t *testing.T) {
	k, _ := newDesk(t)
	ctx := store.WithActor(context.Background(), store.Actor{Account: "admin1"})
	if err := k.SetSpecialDay(ctx, intake.SpecialDay{Date: "2026-10-20", Kind: "off", Name: "Phụ nữ"}); err != nil {
		t.Fatal(err)
	}
	trail := must(k.DB().AuditTrail(ctx, store.AuditFilter{Account: "admin1"}))(t)
	if len(trail) != 1 || trail[0].Action != "settings.change" || trail[0].Detail != "holiday.set 2026-10-20 off Phụ nữ" {
		t.Errorf("trail %+v", trail)
	}
}
