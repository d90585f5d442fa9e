package kiosk

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"motcua/assets/i18n"
	"motcua/intake"
	"motcua/queue"
	"motcua/queue/queuetest"
	"motcua/store"
	"motcua/tui/tuitest"
)

// lookupCode is the lookup code the tests give the dossier, instead of
// the random one, so the goldens stay the same.
const lookupCode = "K7M4P2QX"

// deskStation is the kiosk's station with the catalog and the holidays,
// and one dossier received at 08:30 (Xác nhận tình trạng hôn nhân, due
// Friday 27/11/2026 16:00).
func deskStation(t *testing.T) (*queue.Station, *store.ManualClock, *intake.Desk, intake.Dossier) {
	t.Helper()
	ctx := context.Background()
	st, clock := newStation(t)
	desk := queuetest.NewDesk(t, st)
	d, err := desk.Receive(ctx, intake.Intake{
		Key: "k1", Procedure: "1.004873",
		Citizen: intake.Citizen{Name: "Nguyễn Văn An", IDNumber: "001090012345", Phone: "0912345678",
			Email: "an@example.vn", Address: "Thôn 3, xã Tân Hòa"},
		Documents: []intake.ReceivedDocument{{Name: "Tờ khai", Kind: intake.Original, Count: 1}},
		Sets:      1, Return: intake.AtCounter, Counter: 1, Clerk: "Nguyễn Thị Lan",
	})
	if err != nil {
		t.Fatal(err)
	}
	err = st.DB().Write(ctx, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE dossiers SET lookup = ? WHERE id = ?`, lookupCode, d.ID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if d, err = desk.Dossier(ctx, d.Code); err != nil {
		t.Fatal(err)
	}
	return st, clock, desk, d
}

// personal is what the kiosk must never show about the applicant.
func personal(d intake.Dossier) []string {
	return []string{d.Citizen.Name, "Nguyễn", d.Citizen.IDNumber, d.Citizen.Phone, "0912", d.Citizen.Email,
		d.Citizen.Address, "Thôn 3", d.Clerk}
}

// checkNoPersonalData fails if the screen shows anything of the person.
func checkNoPersonalData(t *testing.T, scr string, d intake.Dossier) {
	t.Helper()
	for _, p := range personal(d) {
		if strings.Contains(scr, p) {
			t.Fatalf("the kiosk shows %q:\n%s", p, scr)
		}
	}
}

func TestLookupByCodeAndLookupCode(t *testing.T) {
	st, clock, desk, dos := deskStation(t)
	for _, input := range []string{
		dos.Code, strings.ToLower(dos.Code), lookupCode, "K7M4-P2QX", "k7m4-p2qx", "k7m4p2qx", " K7M4 P2QX ",
	} {
		d := newDriver(t, st, clock, Options{Desk: desk})
		d.Press("0")
		if d.m.page != pageLookup {
			t.Fatalf("key 0 did not open the lookup:\n%s", d.screen())
		}
		d.Type(input)
		d.Press("enter")
		if d.m.page != pageResult || d.m.lookup.result.Code != dos.Code {
			t.Fatalf("%q: page %d, %+v\n%s", input, d.m.page, d.m.lookup.err, d.screen())
		}
		scr := d.screen()
		for _, want := range []string{dos.Code, "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân",
			"Đã tiếp nhận, đang chờ giải quyết", "Hẹn trả kết quả: 16:00, thứ Sáu 27/11/2026"} {
			if !strings.Contains(scr, want) {
				t.Fatalf("%q: %q not on screen:\n%s", input, want, scr)
			}
		}
		checkNoPersonalData(t, scr, dos)
	}
}

func TestLookupByScannedReceipt(t *testing.T) {
	st, clock, desk, dos := deskStation(t)
	// The scanner types the QR code and Enter. On the lookup page, and
	// straight on the start page (the code starts with a letter).
	for _, start := range []bool{false, true} {
		for _, scan := range []string{dos.ReceiptQR(), "https://dichvucong.example.vn/tra-cuu?ma=" + dos.ReceiptQR()} {
			d := newDriver(t, st, clock, Options{Desk: desk})
			if !start {
				d.click("Tra cứu hồ sơ") // touch
				if d.m.page != pageLookup {
					t.Fatal("touching the lookup button did not open it")
				}
			}
			d.scan(scan)
			if d.m.page != pageResult || d.m.lookup.result.Code != dos.Code {
				t.Fatalf("scan %q (start page %v): page %d\n%s", scan, start, d.m.page, d.screen())
			}
			if n := len(tickets(t, st)); n != 0 {
				t.Fatalf("a scan issued %d tickets", n)
			}
			checkNoPersonalData(t, d.screen(), dos)
		}
	}
	// A paste (some scanners send one) works as well.
	d := newDriver(t, st, clock, Options{Desk: desk})
	d.Press("0")
	d.Send(tea.PasteMsg{Content: dos.ReceiptQR()})
	d.Press("enter")
	if d.m.page != pageResult {
		t.Fatalf("pasted code not looked up:\n%s", d.screen())
	}
}

func TestLookupByTouchKeys(t *testing.T) {
	st, clock, desk, dos := deskStation(t)
	for _, size := range tuitest.Sizes {
		d := newDriver(t, st, clock, Options{Desk: desk})
		d.Send(tea.WindowSizeMsg{Width: size.W, Height: size.H})
		d.click("Tra cứu hồ sơ")
		touch := func(a action) {
			t.Helper()
			for _, h := range d.m.frame().hits {
				if h.a == a {
					d.Send(tea.MouseClickMsg{X: h.x + h.w/2, Y: h.y + h.h/2, Button: tea.MouseLeft})
					return
				}
			}
			t.Fatalf("%v: no button for %+v", size, a)
		}
		for _, r := range "K7M4P2QXX" {
			touch(action{kind: actLookupChar, n: strings.IndexRune(intake.LookupAlphabet, r)})
		}
		touch(action{kind: actLookupDel})
		if got := string(d.m.lookup.text); got != lookupCode {
			t.Fatalf("%v: touched %q", size, got)
		}
		touch(action{kind: actLookupGo})
		if d.m.page != pageResult || d.m.lookup.result.Code != dos.Code {
			t.Fatalf("%v: touch lookup failed:\n%s", size, d.screen())
		}
	}
}

func TestLookupNotFoundAndNoPeopleSearch(t *testing.T) {
	st, clock, desk, dos := deskStation(t)
	d := newDriver(t, st, clock, Options{Desk: desk})
	// ID numbers and names are not accepted: the kiosk cannot find people.
	for _, input := range []string{"ZZZZ-ZZZZ", dos.Citizen.IDNumber, "Nguyen Van An", "H99.99.01.01-261123-0999"} {
		d.Press("0")
		d.Type(input)
		d.Press("enter")
		scr := d.screen()
		if d.m.page != pageLookup || !strings.Contains(scr, "Không tìm thấy hồ sơ có mã này") {
			t.Fatalf("%q: page %d\n%s", input, d.m.page, scr)
		}
		if strings.Contains(scr, dos.Code) || strings.Contains(scr, "hôn nhân") {
			t.Fatalf("%q: something was found:\n%s", input, scr)
		}
		d.Press("esc")
	}
	// The text stays for correction; a new character (a second scan)
	// replaces it, backspace edits it.
	d.Press("0")
	d.scan("K7M4P2QZ")
	d.Press("backspace")
	d.scan("X")
	if d.m.page != pageResult {
		t.Fatalf("corrected code not found:\n%s", d.screen())
	}
	clock.Advance(ticketGuard)
	d.Press("enter")
	d.Press("0")
	d.scan("ZZZZ")
	d.scan(lookupCode)
	if d.m.page != pageResult {
		t.Fatalf("a second scan after a failed one was appended:\n%s", d.screen())
	}
}

func TestLookupReturnsToStart(t *testing.T) {
	st, clock, desk, dos := deskStation(t)
	d := newDriver(t, st, clock, Options{Desk: desk, Idle: 20 * time.Second, TicketTimeout: 8 * time.Second})
	// The lookup page gives up after the idle time.
	d.Press("0")
	d.Type("K7M4")
	clock.Advance(21 * time.Second)
	d.fire()
	if d.m.page != pageStart || len(d.m.lookup.text) != 0 {
		t.Fatal("the lookup page did not give up after the idle time")
	}
	// The answer stays its time, then goes; a key within the first second
	// does nothing, any key after it returns to the start.
	d.Press("0")
	d.scan(dos.Code)
	d.Press("enter") // a scanner ending its line with CR LF
	if d.m.page != pageResult {
		t.Fatal("a key right after the answer left it")
	}
	clock.Advance(8 * time.Second)
	d.fire()
	if d.m.page != pageStart {
		t.Fatal("the answer did not return to the start after its time")
	}
	d.Press("0")
	d.scan(dos.Code)
	clock.Advance(ticketGuard)
	d.Press("5")
	if d.m.page != pageStart || d.m.service != "" {
		t.Fatalf("a key on the answer: page %d service %q", d.m.page, d.m.service)
	}
	d.Press("0")
	d.scan(dos.Code)
	clock.Advance(ticketGuard)
	d.Send(tea.MouseClickMsg{X: 2, Y: 12, Button: tea.MouseLeft})
	if d.m.page != pageStart {
		t.Fatal("a touch on the answer did not return to the start")
	}
	// The back button and esc leave the lookup page.
	d.Press("0")
	d.click("Quay lại")
	if d.m.page != pageStart {
		t.Fatal("back button")
	}
	d.Press("ctrl+l")
	d.Press("0")
	d.Press("esc")
	if d.m.page != pageStart || d.m.Lang != i18n.VI {
		t.Fatal("esc did not return to a Vietnamese start")
	}
}

func TestLookupStatesInPlainWords(t *testing.T) {
	st, clock, desk, dos := deskStation(t)
	ctx := context.Background()
	by := intake.Actor{Counter: 1}
	look := func(lang i18n.Lang) string {
		t.Helper()
		d := newDriver(t, st, clock, Options{Desk: desk, Lang: lang})
		d.Press("0")
		d.scan(lookupCode)
		scr := d.screen()
		checkNoPersonalData(t, scr, dos)
		return scr
	}
	want := func(scr string, in ...string) {
		t.Helper()
		for _, s := range in {
			if !strings.Contains(scr, s) {
				t.Fatalf("%q not on screen:\n%s", s, scr)
			}
		}
	}
	want(look(i18n.EN), "Received, waiting to be processed", "Result due: 16:00, Friday 27/11/2026")
	if _, err := desk.RequestSupplement(ctx, dos.Code, intake.SupplementRequest{Missing: []string{"Giấy chứng tử"}, By: by}); err != nil {
		t.Fatal(err)
	}
	scr := look(i18n.VI)
	want(scr, "Cần bổ sung hồ sơ", "mang giấy tờ còn thiếu")
	if strings.Contains(scr, "Hẹn trả") || strings.Contains(scr, "Giấy chứng tử") {
		t.Fatalf("a dossier awaiting documents shows a date or the request:\n%s", scr)
	}
	if _, err := desk.ReceiveSupplement(ctx, dos.Code, by, ""); err != nil {
		t.Fatal(err)
	}
	clock.Set(time.Date(2026, 12, 2, 9, 0, 0, 0, store.Local)) // after the new date
	want(look(i18n.VI), "Đang giải quyết", "Hồ sơ đang chậm so với ngày hẹn")
	if _, err := desk.Resolve(ctx, dos.Code, by, ""); err != nil {
		t.Fatal(err)
	}
	want(look(i18n.VI), "Đã có kết quả, mời nhận tại Bộ phận Một cửa")
	if _, err := desk.Mail(ctx, dos.Code, by, "RR1"); err != nil {
		t.Fatal(err)
	}
	want(look(i18n.VI), "Đã gửi kết quả qua bưu điện")
}

func TestNoLookupWithoutDesk(t *testing.T) {
	st, clock := newStation(t)
	d := newDriver(t, st, clock, Options{})
	if strings.Contains(d.screen(), "Tra cứu") {
		t.Fatalf("lookup offered without a desk:\n%s", d.screen())
	}
	d.Press("0")
	d.Press("H")
	if d.m.page != pageStart {
		t.Fatal("a key opened a lookup without a desk")
	}
}

// TestLookupGolden draws the start page with the lookup button, the
// lookup page with a code being typed, its not-found message, and an
// answer, in both languages.
func TestLookupGolden(t *testing.T) {
	st, clock, desk, dos := deskStation(t)
	scenes := []struct {
		name string
		keys func(d *driver)
	}{
		{"start", func(*driver) {}},
		{"lookup", func(d *driver) { d.Press("0"); d.Type("K7M4-P2") }},
		{"not_found", func(d *driver) { d.Press("0"); d.scan("K7M4-P2QZ") }},
		{"result", func(d *driver) { d.Press("0"); d.scan(dos.ReceiptQR()) }},
	}
	for _, lang := range tuitest.Langs {
		for _, size := range tuitest.Sizes {
			for _, sc := range scenes {
				t.Run(fmt.Sprintf("%s_%s_%s", sc.name, lang.Code(), size), func(t *testing.T) {
					d := newDriver(t, st, clock, Options{Desk: desk, Lang: lang})
					d.Send(tea.WindowSizeMsg{Width: size.W, Height: size.H})
					sc.keys(d)
					scr := d.screen()
					checkNoPersonalData(t, scr, dos)
					tuitest.Golden(t, scr, size)
				})
			}
		}
	}
}

// scan types text and Enter, as a USB scanner does.
func (d *driver) scan(s string) {
	d.Test().Helper()
	d.Type(s)
	d.Press("enter")
}
