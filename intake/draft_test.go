package intake_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"motcua/intake"
)

func TestDrafts(t *testing.T) {
	dir := t.TempDir()
	desk, clock := newDeskIn(t, dir, monday0900)
	ctx := context.Background()
	if _, ok := must3(desk.LoadDraft(ctx, 1))(t); ok {
		t.Fatal("a draft out of nowhere")
	}
	if err := desk.SaveDraft(ctx, 1, []byte(`{"name":"Nguyễn Văn","key":"k1"}`)); err != nil {
		t.Fatal(err)
	}
	clock.Advance(30 * time.Second)
	if err := desk.SaveDraft(ctx, 1, []byte(`{"name":"Nguyễn Văn An","key":"k1"}`)); err != nil {
		t.Fatal(err)
	}
	d, ok := must3(desk.LoadDraft(ctx, 1))(t)
	if !ok || string(d.Body) != `{"name":"Nguyễn Văn An","key":"k1"}` || !d.SavedAt.Equal(clock.Now()) || d.Counter != 1 {
		t.Fatalf("draft: %+v %v", d, ok)
	}
	if err := desk.SaveDraft(ctx, 1, []byte(`{"name":`)); !errors.Is(err, intake.ErrDraftInvalid) {
		t.Fatalf("broken JSON: %v", err)
	}
	if err := desk.SaveDraft(ctx, 1, []byte(`"`+strings.Repeat("x", intake.MaxDraftBytes)+`"`)); !errors.Is(err, intake.ErrDraftTooLarge) {
		t.Fatalf("huge draft: %v", err)
	}
	if d2, _ := must3(desk.LoadDraft(ctx, 1))(t); string(d2.Body) != string(d.Body) {
		t.Fatal("a refused save changed the draft")
	}
	if err := desk.DiscardDraft(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if _, ok := must3(desk.LoadDraft(ctx, 1))(t); ok {
		t.Fatal("discarded draft still there")
	}
}

// TestDraftSurvivesACrash reopens the file as a restarted process would.
func TestDraftSurvivesACrash(t *testing.T) {
	dir := t.TempDir()
	desk, _ := newDeskIn(t, dir, monday0900)
	ctx := context.Background()
	if err := desk.SaveDraft(ctx, 3, []byte(`{"id_number":"00109001234"}`)); err != nil {
		t.Fatal(err)
	}
	// No Close: the process dies. A new one opens the same file.
	again, _ := newDeskIn(t, dir, monday0900.Add(time.Minute))
	d, ok := must3(again.LoadDraft(ctx, 3))(t)
	if !ok || string(d.Body) != `{"id_number":"00109001234"}` {
		t.Fatalf("after restart: %+v %v", d, ok)
	}
}
