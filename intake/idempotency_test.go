package intake_test

import (
	"context"
	"errors"
	"testing"

	"motcua/intake"
)

func TestReceiveTwiceWithTheSameKey(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	first := must(desk.Receive(ctx, form("enter-twice", birthReg)))(t)
	rev := must(desk.DB().Revision(ctx))(t)
	again := must(desk.Receive(ctx, form("enter-twice", birthReg)))(t)
	if again.ID != first.ID || again.Code != first.Code {
		t.Fatalf("second save made %s, first %s", again.Code, first.Code)
	}
	if now := must(desk.DB().Revision(ctx))(t); now != rev {
		t.Fatal("a repeated save wrote to the database")
	}
	changed := form("enter-twice", birthReg)
	changed.Citizen.Phone = "0987654321"
	got, err := desk.Receive(ctx, changed)
	if !errors.Is(err, intake.ErrKeyConflict) || got.ID != first.ID || got.Citizen.Phone != "0912345678" {
		t.Fatalf("changed content: %+v, %v", got, err)
	}
	if n := len(must(desk.Find(ctx, "Nguyễn Văn An"))(t)); n != 1 {
		t.Fatalf("%d dossiers, want 1", n)
	}
	// Without a key every save is a new dossier.
	must(desk.Receive(ctx, form("", birthReg)))(t)
	must(desk.Receive(ctx, form("", birthReg)))(t)
	if n := len(must(desk.Find(ctx, "Nguyễn Văn An"))(t)); n != 3 {
		t.Fatalf("%d dossiers, want 3", n)
	}
}
