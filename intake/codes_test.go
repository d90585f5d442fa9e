package intake_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"motcua/intake"
	"motcua/store"
)

func TestDossierCodeFormat(t *testing.T) {
	at := local(2026, 10, 8, 9, 0)
	cases := []struct {
		seq  int
		want string
	}{
		{1, "H15.50.05.13-261008-0001"},
		{975, "H15.50.05.13-261008-0975"},
		{9999, "H15.50.05.13-261008-9999"},
		{10000, "H15.50.05.13-261008-10000"},
	}
	for _, c := range cases {
		if got := intake.DossierCode("h15.50.05.13", at, c.seq); got != c.want {
			t.Errorf("DossierCode(%d) = %s, want %s", c.seq, got, c.want)
		}
	}
	// The date is the local one: 18:00 UTC on 7/10 is 01:00 on 8/10 in Vietnam.
	if got := intake.DossierCode("X", time.Date(2026, 10, 7, 18, 0, 0, 0, time.UTC), 1); got != "X-261008-0001" {
		t.Errorf("local date: %s", got)
	}
}

func TestSequenceWidthPastNineThousandNineHundredNinetyNine(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	if err := desk.DB().Write(ctx, func(tx *store.Tx) error {
		_, err := tx.Exec(`INSERT INTO dossier_numbers (agency, day, last) VALUES ('H99.99.01.01', '2026-10-19', 9998)`)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	a := must(desk.Receive(ctx, form("a", birthReg)))(t)
	b := must(desk.Receive(ctx, form("b", birthReg)))(t)
	if a.Code != "H99.99.01.01-261019-9999" || b.Code != "H99.99.01.01-261019-10000" {
		t.Fatalf("%s, %s", a.Code, b.Code)
	}
}

func TestSequenceRestartsAtLocalMidnight(t *testing.T) {
	desk, clock := newDeskIn(t, t.TempDir(), local(2026, 12, 31, 23, 59))
	ctx := context.Background()
	a := must(desk.Receive(ctx, form("a", birthReg)))(t)
	clock.Advance(59 * time.Second)
	b := must(desk.Receive(ctx, form("b", birthReg)))(t)
	clock.Advance(2 * time.Second) // 00:00:01 on 1/1/2027, local
	c := must(desk.Receive(ctx, form("c", birthReg)))(t)
	if a.Code != "H99.99.01.01-261231-0001" || b.Code != "H99.99.01.01-261231-0002" || c.Code != "H99.99.01.01-270101-0001" {
		t.Fatalf("codes %s %s %s", a.Code, b.Code, c.Code)
	}
	if a.Book != 2026 || b.BookNo != 2 || c.Book != 2027 || c.BookNo != 1 {
		t.Fatalf("register %d/%d %d/%d %d/%d", a.Book, a.BookNo, b.Book, b.BookNo, c.Book, c.BookNo)
	}
	// 23:59 on 31/12 is after the cut-off of a same-day procedure, and
	// 1/1/2027 is a holiday: both are due Monday 4/1/2027.
	if want := local(2027, 1, 4, 16, 0); !b.DueAt.Equal(want) || !c.DueAt.Equal(want) {
		t.Fatalf("due %s, %s", b.DueAt, c.DueAt)
	}
	book := must(desk.Register(ctx, 2026))(t)
	if len(book) != 2 || book[0].Code != a.Code || book[1].Code != b.Code {
		t.Fatalf("register 2026: %d entries", len(book))
	}
}

func TestMidnightIsLocalNotUTC(t *testing.T) {
	// 16:59 UTC is 23:59 in Vietnam; 17:01 UTC is the next local day.
	desk, clock := newDeskIn(t, t.TempDir(), time.Date(2026, 10, 19, 16, 59, 0, 0, time.UTC))
	ctx := context.Background()
	a := must(desk.Receive(ctx, form("a", birthReg)))(t)
	clock.Set(time.Date(2026, 10, 19, 17, 1, 0, 0, time.UTC))
	b := must(desk.Receive(ctx, form("b", birthReg)))(t)
	if !strings.Contains(a.Code, "-261019-0001") || !strings.Contains(b.Code, "-261020-0001") {
		t.Fatalf("%s, %s", a.Code, b.Code)
	}
}

// TestCountersSavingAtOnce saves dossiers from many goroutines through two

// separate connections to the same file (two counter processes): every

// dossier gets its own number of the day, its own register number and

// its own lookup code, with no gap.
