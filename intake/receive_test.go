package intake_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"motcua/intake"
	"motcua/queue"
	"motcua/store"
)

func TestReceive(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	in := form("form-1", maritalCert)
	d := must(desk.Receive(ctx, in))(t)
	if d.Code != "H99.99.01.01-261019-0001" || d.Seq != 1 || d.Day != "2026-10-19" {
		t.Fatalf("code %s seq %d day %s", d.Code, d.Seq, d.Day)
	}
	if d.Book != 2026 || d.BookNo != 1 || d.Status != intake.Received {
		t.Fatalf("register %d/%d status %s", d.Book, d.BookNo, d.Status)
	}
	if want := local(2026, 10, 22, 16, 0); !d.DueAt.Equal(want) || !d.FirstDueAt.Equal(want) {
		t.Fatalf("due %s, want %s (3 working days)", d.DueAt, want)
	}
	if len(d.Lookup) != intake.LookupLength || strings.Trim(d.Lookup, intake.LookupAlphabet) != "" {
		t.Fatalf("lookup %q", d.Lookup)
	}
	if d.ProcedureName != "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân" || d.Days != 3 || d.Service != "hotich" {
		t.Fatalf("procedure copy: %+v", d)
	}
	if d.Citizen.Phone != "0912345678" || d.Citizen.IDNumber != "001090012345" || len(d.Documents) != 2 {
		t.Fatalf("citizen or documents: %+v", d)
	}
	stored := must(desk.Dossier(ctx, strings.ToLower(d.Code)))(t)
	a, _ := json.Marshal(stored)
	b, _ := json.Marshal(d)
	if string(a) != string(b) {
		t.Fatalf("stored dossier differs:\n%s\n%s", a, b)
	}
	events := must(desk.DB().Events(ctx, 0, 100))(t)
	last := events[len(events)-1]
	if last.Kind != "dossier.received" || last.Entity != d.ID {
		t.Fatalf("outbox: %+v", last)
	}
	var payload struct {
		Event   string         `json:"event"`
		Dossier map[string]any `json:"dossier"`
	}
	if err := json.Unmarshal(last.Payload, &payload); err != nil || payload.Dossier["code"] != d.Code {
		t.Fatalf("payload %s: %v", last.Payload, err)
	}
	hist := must(desk.History(ctx, d.Code))(t)
	if len(hist) != 1 || hist[0].Kind != "received" || hist[0].To != intake.Received || hist[0].Counter != 1 || hist[0].Clerk != "Nguyễn Thị Lan" {
		t.Fatalf("history: %+v", hist)
	}
	// The next dossier of the day takes the next numbers.
	d2 := must(desk.Receive(ctx, form("form-2", birthReg)))(t)
	if d2.Code != "H99.99.01.01-261019-0002" || d2.BookNo != 2 || d2.Lookup == d.Lookup {
		t.Fatalf("second: %s %d %s", d2.Code, d2.BookNo, d2.Lookup)
	}
	if want := local(2026, 10, 19, 16, 0); !d2.DueAt.Equal(want) {
		t.Fatalf("same-day dossier due %s", d2.DueAt)
	}
}

func TestReceiveUsesTheCalendarInTheDatabase(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	csv := "2026-10-20,off,Ngày nghỉ riêng\n"
	must(intake.ImportHolidays(ctx, desk.DB(), strings.NewReader(csv), "csv"))(t)
	d := must(desk.Receive(ctx, form("k", maritalCert)))(t)
	if want := local(2026, 10, 23, 16, 0); !d.DueAt.Equal(want) {
		t.Fatalf("due %s, want %s: the imported day off counts", d.DueAt, want)
	}
}

func TestReceiveLinksTheTicket(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	ticket := must(queue.NewStation(desk.DB()).Issue(ctx, "hotich", ""))(t)
	in := form("k", birthReg)
	in.TicketID = ticket.ID
	if d := must(desk.Receive(ctx, in))(t); d.TicketID != ticket.ID {
		t.Fatalf("ticket %q", d.TicketID)
	}
	in = form("k2", birthReg)
	in.TicketID = "no-such-ticket"
	_, err := desk.Receive(ctx, in)
	var ve *intake.ValidationError
	if !errors.As(err, &ve) || ve.For(intake.FieldTicket) == nil {
		t.Fatalf("unknown ticket: %v", err)
	}
}

func TestReceiveRefusesWithoutWriting(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	rev := must(desk.DB().Revision(ctx))(t)
	in := form("k", birthReg)
	in.Citizen.IDNumber = "00109001234"
	_, err := desk.Receive(ctx, in)
	if !errors.Is(err, intake.ErrInvalid) {
		t.Fatalf("err %v", err)
	}
	_, err = desk.Receive(ctx, form("k", "9.999999"))
	var ve *intake.ValidationError
	if !errors.As(err, &ve) || ve.For(intake.FieldProcedure) == nil || !strings.Contains(intake.Message(0, err), "“9.999999” không có trong danh mục") {
		t.Fatalf("unknown procedure: %v", err)
	}
	if now := must(desk.DB().Revision(ctx))(t); now != rev {
		t.Fatalf("revision moved from %d to %d", rev, now)
	}
	// Without an agency identifier no code can be made.
	if err := desk.DB().Write(ctx, func(tx *store.Tx) error {
		_, err := tx.Exec(`UPDATE settings SET value = '' WHERE key = ?`, intake.SettingAgencyID)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := desk.Receive(ctx, form("k", birthReg)); !errors.Is(err, intake.ErrNoAgency) {
		t.Fatalf("no agency: %v", err)
	}
}

func TestReceiveDiscardsTheCountersDraft(t *testing.T) {
	desk, _ := newDesk(t)
	ctx := context.Background()
	if err := desk.SaveDraft(ctx, 1, []byte(`{"name":"Nguyễn Văn An"}`)); err != nil {
		t.Fatal(err)
	}
	if err := desk.SaveDraft(ctx, 2, []byte(`{"name":"Trần Thị Bình"}`)); err != nil {
		t.Fatal(err)
	}
	must(desk.Receive(ctx, form("k", birthReg)))(t) // counter 1
	if _, ok := must3(desk.LoadDraft(ctx, 1))(t); ok {
		t.Fatal("counter 1's draft survived its save")
	}
	if _, ok := must3(desk.LoadDraft(ctx, 2))(t); !ok {
		t.Fatal("counter 2's draft was discarded")
	}
}

// must3 is must for functions returning two values and an error.

func must3[A, B any](a A, b B, err error) func(testing.TB) (A, B) {
	return func(t testing.TB) (A, B) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return a, b
	}
}
