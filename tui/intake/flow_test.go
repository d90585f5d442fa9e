package intake

import (
	"context"
	"strings"
	"testing"

	"motcua/assets/i18n"
	hoso "motcua/intake"
	"motcua/receipts"
	"motcua/store"
)

func TestSearchWithoutDiacritics(t *testing.T) {
	w := newWorld(t)
	d := newDriver(t, w.options(i18n.VI, nil), 80, 24)
	d.focusOn(fProcedure)
	d.Type("dang ky khai sinh")
	if len(d.m.results) == 0 || d.m.results[0].NameVI != "Thủ tục đăng ký khai sinh" {
		t.Fatalf("first result: %+v", d.m.results)
	}
	if !strings.Contains(d.screen(), "Thủ tục đăng ký khai sinh") {
		t.Errorf("the list should show the procedure:\n%s", d.screen())
	}
	d.Press("down", "up", "enter")
	p, ok := d.m.procedure()
	if !ok || p.ID != "1.001193" || len(d.m.docs) != len(p.Documents) || d.m.focus != fDocuments {
		t.Fatalf("chosen %+v, %d papers, focus %d", p, len(d.m.docs), d.m.focus)
	}
	// By code, too.
	d.focusOn(fProcedure)
	d.Press("ctrl+x") // arms clearing; any other key disarms it
	d.m.setValue(fProcedure, "")
	d.Type("1.00487")
	if len(d.m.results) == 0 || d.m.results[0].Code != "1.004873" {
		t.Errorf("search by code: %+v", d.m.results)
	}
}

func TestInvalidIDShowsTheSentenceAndKeepsTheText(t *testing.T) {
	w := newWorld(t)
	d := newDriver(t, w.options(i18n.VI, nil), 80, 24)
	d.Type("Nguyễn Văn An")
	d.Press("tab")
	d.Type("00109001234") // 11 digits
	d.Press("tab", "tab")
	d.Type("0912345678")
	d.focusOn(fProcedure)
	d.Type("khai sinh")
	d.Press("enter", "space")
	d.Press("ctrl+s")
	d.Settle()
	s := d.screen()
	if !strings.Contains(s, "Số định danh phải có đúng 12 chữ số; bạn đã nhập 11.") {
		t.Errorf("the Vietnamese sentence is missing:\n%s", s)
	}
	if d.m.value(fID) != "00109001234" || d.m.value(fName) != "Nguyễn Văn An" || len(d.m.received()) != 1 {
		t.Errorf("typed text lost: id %q name %q papers %d", d.m.value(fID), d.m.value(fName), len(d.m.received()))
	}
	if d.m.focus != fID || d.m.saved != nil || len(w.dossiers(t)) != 0 {
		t.Errorf("focus %d (want the ID field), saved %v", d.m.focus, d.m.saved)
	}
	// Correcting the field removes its error; the form then saves.
	d.Press("backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace")
	d.Type("090012345")
	if len(d.m.errorsOf(fID)) != 0 {
		t.Error("the error should go when the field is changed")
	}
	d.Press("ctrl+s")
	d.Until("saved", savedDone)
	if ds := w.dossiers(t); len(ds) != 1 || ds[0].Citizen.IDNumber != "001090012345" {
		t.Fatalf("dossiers after correcting: %+v", ds)
	}
}

func TestErrorsFollowTheLanguageAndFocusTheFirstBadField(t *testing.T) {
	w := newWorld(t)
	d := newDriver(t, w.options(i18n.VI, nil), 160, 48)
	d.focusOn(fPhone)
	d.Type("0912")
	d.Press("ctrl+s")
	d.Settle()
	if d.m.focus != fName {
		t.Errorf("focus %d: want the name, the first bad field", d.m.focus)
	}
	for _, want := range []string{"Chưa nhập họ và tên", "Số di động phải có đúng 10 chữ số; bạn đã nhập 4.", "Chưa chọn thủ tục"} {
		if !strings.Contains(d.flat(), want) {
			t.Errorf("missing %q:\n%s", want, d.screen())
		}
	}
	d.Press("ctrl+l")
	if !strings.Contains(d.flat(), "A mobile number must have exactly 10 digits; you entered 4.") {
		t.Errorf("the errors should follow the language:\n%s", d.screen())
	}
}

func TestSaveCreatesOneDossierAndPrintsMau01Once(t *testing.T) {
	for _, tc := range []struct {
		name string
		save func(d *driver)
	}{
		{"enter twice", func(d *driver) { d.focusOn(fNote); d.Press("enter", "enter") }},
		{"ctrl+s twice", func(d *driver) { d.Press("ctrl+s", "ctrl+s") }},
		{"enter after saved", func(d *driver) {
			d.focusOn(fNote)
			d.Press("enter")
			d.Until("saved", savedDone)
			d.Press("enter", "ctrl+s")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			forms := &fakeForms{}
			d := newDriver(t, w.options(i18n.VI, forms), 80, 24)
			d.fillValid()
			tc.save(d)
			d.Until("saved", savedDone)
			d.Settle()
			ds := w.dossiers(t)
			if len(ds) != 1 {
				t.Fatalf("%d dossiers", len(ds))
			}
			if len(d.saved) != 1 || d.saved[0].Code != ds[0].Code {
				t.Errorf("SavedMsg: %d times", len(d.saved))
			}
			printed := forms.printed()
			if len(printed) != 1 || printed[0].Code != ds[0].Code || printed[0].Lookup != ds[0].Lookup {
				t.Fatalf("Mẫu 01 printed %d times: %+v", len(printed), printed)
			}
			got := ds[0]
			if got.TicketID != w.ticket.ID || got.Counter != 1 || got.Clerk != "Nguyễn Thị Lan" ||
				got.Citizen.Phone != "0912345678" || got.ProcedureID != "1.001193" || len(got.Documents) != 2 {
				t.Errorf("dossier: %+v", got)
			}
			s := d.screen()
			for _, want := range []string{got.Code, hoso.FormatLookup(got.Lookup),
				"Hẹn trả kết quả: 16 giờ 00 phút, ngày 23 tháng 11 năm 2026", "Đã in giấy tiếp nhận (Mẫu 01)"} {
				if !strings.Contains(s, want) {
					t.Errorf("confirmation lacks %q:\n%s", want, s)
				}
			}
			if _, ok, _ := w.desk.LoadDraft(context.Background(), 1); ok {
				t.Error("the draft should be gone once the dossier is saved")
			}
		})
	}
}

func TestPrintFailureIsExplainedAndReprintWorks(t *testing.T) {
	w := newWorld(t)
	forms := &fakeForms{err: receipts.ErrPrinterUnavailable}
	d := newDriver(t, w.options(i18n.VI, forms), 80, 24)
	d.fillValid()
	d.Press("ctrl+s")
	d.Until("saved", savedDone)
	s := d.screen()
	for _, want := range []string{"Chưa in được giấy tiếp nhận", "Máy in đang không in được", "nhấn P để in lại"} {
		if !strings.Contains(s, want) {
			t.Errorf("lacks %q:\n%s", want, s)
		}
	}
	if len(w.dossiers(t)) != 1 {
		t.Fatal("the dossier must stay saved when printing fails")
	}
	forms.mu.Lock()
	forms.err = nil
	forms.mu.Unlock()
	d.Press("p")
	d.Until("reprinted", func(m Model) bool { return m.printed })
	d.Settle()
	if n := len(forms.printed()); n != 2 || !strings.Contains(d.screen(), "Đã in giấy tiếp nhận") {
		t.Errorf("reprint: %d prints\n%s", n, d.screen())
	}
	if len(w.dossiers(t)) != 1 || len(d.saved) != 1 {
		t.Error("reprinting must not save again")
	}
	reprints, err := w.desk.DB().AuditTrail(context.Background(), store.AuditFilter{Action: hoso.ActionReprint})
	if err != nil || len(reprints) != 1 || reprints[0].Counter != 1 {
		t.Errorf("reprint audit = %+v, %v; want one at counter 1", reprints, err)
	}
}

func TestNoPrinterIsSaid(t *testing.T) {
	w := newWorld(t)
	d := newDriver(t, w.options(i18n.EN, nil), 80, 24)
	d.fillValid()
	d.Press("ctrl+s")
	d.Until("saved", savedDone)
	if !strings.Contains(d.screen(), "This counter has no printer") {
		t.Errorf("no printer:\n%s", d.screen())
	}
}

func TestAnotherDossierForTheSameApplicant(t *testing.T) {
	w := newWorld(t)
	d := newDriver(t, w.options(i18n.VI, &fakeForms{}), 80, 24)
	d.fillValid()
	d.Press("ctrl+s")
	d.Until("saved", savedDone)
	first := d.m.key
	d.Press("n")
	if d.m.saved != nil || d.m.value(fName) != "Nguyễn Văn An" || d.m.procID != "" || d.m.focus != fProcedure || d.m.key == first {
		t.Fatalf("n: saved %v name %q proc %q focus %d", d.m.saved, d.m.value(fName), d.m.procID, d.m.focus)
	}
	d.Type("ban sao khai sinh")
	d.Press("enter", "space", "ctrl+s")
	d.Until("saved", savedDone)
	ds := w.dossiers(t)
	if len(ds) != 2 || ds[1].Citizen.IDNumber != ds[0].Citizen.IDNumber || ds[1].Code == ds[0].Code {
		t.Fatalf("dossiers: %+v", ds)
	}
	if ds[1].FeeVND != 8000 {
		t.Errorf("the fee should come from the catalog: %d", ds[1].FeeVND)
	}
	d.Press("esc")
	d.Settle()
	if !d.back {
		t.Error("Esc after saving should go back")
	}
}

func TestKindsCountsAndPost(t *testing.T) {
	w := newWorld(t)
	d := newDriver(t, w.options(i18n.VI, nil), 80, 24)
	d.fillValid()                // papers 1 and 2 ticked, the cursor on 2
	d.Press("k", "+", "+", "+")  // certified copy ×4
	d.Press("down", "k", "k")    // paper 3: photocopy, ticked
	d.Press("down", "-", "left") // paper 4: count stays 1, kind wraps back to photocopy
	d.focusOn(fReturn)
	d.Press("space")
	if !d.m.visible(fPostal) {
		t.Fatal("post should show the postal address")
	}
	d.Press("ctrl+s")
	d.Settle()
	if d.m.focus != fPostal || !strings.Contains(d.screen(), "cần địa chỉ nhận") {
		t.Fatalf("post without an address: focus %d\n%s", d.m.focus, d.screen())
	}
	d.Type("Số 5 đường Lê Lợi")
	d.Press("ctrl+s")
	d.Until("saved", savedDone)
	got := w.dossiers(t)[0]
	want := []hoso.ReceivedDocument{
		{Kind: hoso.Original, Count: 1}, {Kind: hoso.CertifiedCopy, Count: 4},
		{Kind: hoso.Photocopy, Count: 1}, {Kind: hoso.Photocopy, Count: 1},
	}
	if len(got.Documents) != len(want) {
		t.Fatalf("papers: %+v", got.Documents)
	}
	for i, dw := range want {
		if g := got.Documents[i]; g.Kind != dw.Kind || g.Count != dw.Count {
			t.Errorf("paper %d: %+v, want %+v", i+1, g, dw)
		}
	}
	if got.Return != hoso.ByPost || got.PostalAddress != "Số 5 đường Lê Lợi" {
		t.Errorf("return %q to %q", got.Return, got.PostalAddress)
	}
}

func TestLeaveWithEscAndTooSmall(t *testing.T) {
	w := newWorld(t)
	d := newDriver(t, w.options(i18n.VI, nil), 80, 24)
	d.m.SetSize(60, 20)
	if !strings.Contains(d.screen(), "Cửa sổ quá nhỏ") {
		t.Errorf("too small:\n%s", d.screen())
	}
	d.m.SetSize(80, 24)
	d.focusOn(fProcedure)
	d.Type("khai sinh")
	d.Press("enter") // chosen
	d.focusOn(fProcedure)
	d.Type("x")    // searching again
	d.Press("esc") // closes the list, back to the choice
	if d.back || d.m.value(fProcedure) != "Thủ tục đăng ký khai sinh" {
		t.Fatalf("esc in the list: back %v value %q", d.back, d.m.value(fProcedure))
	}
	d.Press("esc")
	d.Settle()
	if !d.back {
		t.Error("esc should leave")
	}
}
