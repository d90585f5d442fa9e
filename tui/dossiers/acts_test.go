package dossiers

import (
	"context"
	"errors"
	"strings"
	"testing"

	"motcua/intake"
	"motcua/store"
)

func TestLifecycleSteps(t *testing.T) {
	e := newEnv(t)
	forms := &fakeForms{}
	d := newDriver(t, e, Options{Forms: forms, Clerk: "Lê Văn Tâm"})
	d.open(e.an.Code)
	d.wantOn("Chuyển xử lý", "Từ chối (Mẫu 03)", "In lại Mẫu 01")
	if strings.Contains(d.screen(), "Trả kết quả ") || strings.Contains(d.screen(), "Nhận bổ sung") {
		t.Fatalf("steps the state does not allow are offered:\n%s", d.screen())
	}
	// A key of a step the state does not allow says why and opens nothing.
	d.Press("t")
	if d.m.dlg.open || e.dossier(t, e.an.Code).Status != intake.Received {
		t.Fatal("return on a received dossier acted")
	}
	d.wantOn("Không thể trả kết quả tại quầy")

	steps := []struct {
		key, note string
		want      intake.Status
	}{
		{"p", "", intake.Processing},
		{"k", "Đã ký", intake.Resolved},
		{"t", "Công dân đã nhận", intake.Returned},
	}
	for _, s := range steps {
		d.Press(s.key)
		if !d.m.dlg.open {
			t.Fatalf("%s: no dialog", s.key)
		}
		if got := e.dossier(t, e.an.Code).Status; got == s.want {
			t.Fatalf("%s: recorded before Enter", s.key)
		}
		d.Type(s.note)
		d.Press("enter")
		got := e.dossier(t, e.an.Code)
		if got.Status != s.want || d.m.dlg.open || d.m.d.Status != s.want {
			t.Fatalf("%s: status %s (screen %s), want %s", s.key, got.Status, d.m.d.Status, s.want)
		}
		h := e.history(t, e.an.Code)
		last := h[len(h)-1]
		if last.Note != s.note || last.Counter != 1 || last.Clerk != "Lê Văn Tâm" {
			t.Fatalf("%s: recorded %+v", s.key, last)
		}
		d.wantOn("Đã ghi nhận:")
	}
	if len(d.acted) != 3 || d.acted[2].Action != intake.ActReturn || d.acted[2].Dossier.Status != intake.Returned {
		t.Fatalf("host messages: %+v", d.acted)
	}
	if forms.receipts+forms.supplements+forms.refusals+forms.apologies != 0 {
		t.Fatal("a step without a form printed something")
	}
	d.wantOn("Hồ sơ đã kết thúc", "Đã trả kết quả tại quầy")

	// Mail, and Esc cancels a dialog without recording.
	d.Press("esc")
	d.open(e.binh.Code)
	d.Press("k", "enter", "g")
	d.Press("esc")
	if e.dossier(t, e.binh.Code).Status != intake.Resolved || d.m.dlg.open {
		t.Fatal("esc did not cancel the mail dialog")
	}
	d.Press("g")
	d.Type("RR123456789VN\n")
	got := e.dossier(t, e.binh.Code)
	if h := e.history(t, e.binh.Code); got.Status != intake.Mailed || h[len(h)-1].Note != "RR123456789VN" {
		t.Fatalf("mail: %s %+v", got.Status, h[len(h)-1])
	}
}

func TestSupplementRequestsAndTheSecondConfirmation(t *testing.T) {
	e := newEnv(t)
	forms := &fakeForms{}
	d := newDriver(t, e, Options{Forms: forms})
	d.open(e.dung.Code)

	// First request: what is missing, one per line or with semicolons.
	d.Press("b")
	if d.m.dlg.second || strings.Contains(d.screen(), "CHÚ Ý") {
		t.Fatal("a first request shows the repeat warning")
	}
	d.Type("Bản sao giấy chứng tử của chồng; Trích lục ly hôn\nGiấy xác nhận cư trú")
	d.Press("tab")
	d.Type("Thiếu giấy tờ")
	d.Press("enter")
	got := e.dossier(t, e.dung.Code)
	if got.Status != intake.AwaitingSupplement || got.Supplements != 1 {
		t.Fatalf("first request: %s, %d", got.Status, got.Supplements)
	}
	want := []string{"Bản sao giấy chứng tử của chồng", "Trích lục ly hôn", "Giấy xác nhận cư trú"}
	h := e.history(t, e.dung.Code)
	if last := h[len(h)-1]; strings.Join(last.Missing, "|") != strings.Join(want, "|") || last.Nth != 1 || last.Confirmed {
		t.Fatalf("recorded %+v", last)
	}
	if forms.supplements != 1 || strings.Join(forms.lastMissing, "|") != strings.Join(want, "|") || forms.lastReason != "Thiếu giấy tờ" {
		t.Fatalf("Mẫu 02 printed %d times with %q, %q", forms.supplements, forms.lastMissing, forms.lastReason)
	}
	d.wantOn("Đã in Mẫu 02.")

	// The citizen brings the papers; then a second request is asked for.
	d.Press("n", "enter")
	if got := e.dossier(t, e.dung.Code); got.Status != intake.Processing {
		t.Fatalf("supplement received: %s", got.Status)
	}
	d.Press("b")
	if !d.m.dlg.second {
		t.Fatal("the second request is not marked as such")
	}
	d.wantOn("CHÚ Ý: hồ sơ này đã được yêu cầu bổ sung 1 lần", "Lý do (bắt buộc):")
	d.Type("Bản sao sổ hộ khẩu")
	d.Press("ctrl+s") // no reason
	if d.m.dlg.confirming || e.dossier(t, e.dung.Code).Supplements != 1 {
		t.Fatal("a second request without a reason went on")
	}
	d.wantOn("Cần ghi rõ lý do.")
	d.Press("tab")
	d.Type("Phát hiện khi thẩm định")
	d.Press("enter") // last field: same as ctrl+s
	if !d.m.dlg.confirming || e.dossier(t, e.dung.Code).Supplements != 1 {
		t.Fatal("the second request did not ask for confirmation first")
	}
	d.wantOn("Nhấn Y để xác nhận")
	d.Press("n") // back to editing, nothing recorded, nothing lost
	if d.m.dlg.confirming || d.m.dlg.value(fieldReason) != "Phát hiện khi thẩm định" || e.dossier(t, e.dung.Code).Supplements != 1 {
		t.Fatal("N did not return to the dialog untouched")
	}
	d.Press("enter", "x") // any other key does not confirm
	if e.dossier(t, e.dung.Code).Supplements != 1 {
		t.Fatal("a key other than Y confirmed")
	}
	d.Press("y")
	got = e.dossier(t, e.dung.Code)
	h = e.history(t, e.dung.Code)
	last := h[len(h)-1]
	if got.Supplements != 2 || got.Status != intake.AwaitingSupplement || last.Nth != 2 || !last.Confirmed ||
		last.Reason != "Phát hiện khi thẩm định" || last.Missing[0] != "Bản sao sổ hộ khẩu" {
		t.Fatalf("second request: %d %s %+v", got.Supplements, got.Status, last)
	}
	if forms.supplements != 2 {
		t.Fatalf("Mẫu 02 printed %d times", forms.supplements)
	}
}

func TestRefusalNeedsAReason(t *testing.T) {
	e := newEnv(t)
	forms := &fakeForms{}
	d := newDriver(t, e, Options{Forms: forms})
	d.open(e.cuong.Code)
	d.Press("x", "enter")
	if !d.m.dlg.open || e.dossier(t, e.cuong.Code).Status != intake.Received || forms.refusals != 0 {
		t.Fatal("a refusal without a reason was recorded")
	}
	d.wantOn("Cần ghi rõ lý do.")
	d.Type("Hồ sơ không thuộc thẩm quyền của xã\n")
	got := e.dossier(t, e.cuong.Code)
	h := e.history(t, e.cuong.Code)
	if got.Status != intake.Refused || h[len(h)-1].Reason != "Hồ sơ không thuộc thẩm quyền của xã" {
		t.Fatalf("refusal: %s %+v", got.Status, h[len(h)-1])
	}
	if forms.refusals != 1 || forms.lastReason != "Hồ sơ không thuộc thẩm quyền của xã" || forms.last.Status != intake.Refused {
		t.Fatalf("Mẫu 03: %d %q", forms.refusals, forms.lastReason)
	}
}

func TestApologyWithNewDate(t *testing.T) {
	e := newEnv(t)
	forms := &fakeForms{}
	d := newDriver(t, e, Options{Forms: forms})
	d.open(e.dung.Code) // due Wed 21/10/2026 16:00
	d.Press("h")
	d.wantOn("Hẹn trả hiện tại: 16:00 21/10/2026", "Ngày hẹn mới (ngày/tháng/năm):")
	d.Type("Chờ xác minh của xã khác\n") // Enter moves to the date
	if d.m.dlg.focus != 1 {
		t.Fatal("enter did not move to the date")
	}
	for _, c := range []struct{ date, want string }{
		{"", "Nhập ngày hẹn mới"},
		{"31/02/2026", "không đúng dạng ngày/tháng/năm"},
		{"20/10/2026", "phải sau ngày hẹn hiện tại"},
		{"24/10/2026", "rơi vào ngày nghỉ"},
	} {
		for range 10 {
			d.Press("backspace")
		}
		d.Type(c.date + "\n")
		if !d.m.dlg.open || e.dossier(t, e.dung.Code).Apologies != 0 {
			t.Fatalf("%q was accepted", c.date)
		}
		d.wantOn(c.want)
	}
	for range 10 {
		d.Press("backspace")
	}
	d.Type("27/10/2026\n")
	got := e.dossier(t, e.dung.Code)
	if got.Apologies != 1 || !got.DueAt.Equal(local(2026, 10, 27, 16, 0)) || !got.FirstDueAt.Equal(e.dung.DueAt) {
		t.Fatalf("apology: %d, due %s", got.Apologies, got.DueAt)
	}
	h := e.history(t, e.dung.Code)
	if last := h[len(h)-1]; last.Kind != "apologised" || last.Reason != "Chờ xác minh của xã khác" {
		t.Fatalf("recorded %+v", last)
	}
	if forms.apologies != 1 || !forms.lastOldDue.Equal(e.dung.DueAt) || !forms.last.DueAt.Equal(got.DueAt) {
		t.Fatalf("Mẫu 04: %d, old %s new %s", forms.apologies, forms.lastOldDue, forms.last.DueAt)
	}
	d.wantOn("Hẹn trả: 16:00 27/10/2026", "(hẹn ban đầu 16:00 21/10/2026)")
}

func TestReprintAndPrinterTrouble(t *testing.T) {
	e := newEnv(t)
	forms := &fakeForms{}
	d := newDriver(t, e, Options{Forms: forms})
	d.open(e.an.Code)
	before := e.history(t, e.an.Code)
	d.Press("i")
	if forms.receipts != 1 || forms.last.Code != e.an.Code {
		t.Fatalf("PrintReceipt called %d times", forms.receipts)
	}
	if len(e.history(t, e.an.Code)) != len(before) || e.dossier(t, e.an.Code).Status != intake.Received {
		t.Fatal("a reprint changed the dossier")
	}
	d.wantOn("Đã in Mẫu 01.")
	reprints, err := e.desk.DB().AuditTrail(context.Background(), store.AuditFilter{Action: intake.ActionReprint})
	if err != nil || len(reprints) != 1 || reprints[0].Detail != e.an.Code+" mau01" {
		t.Fatalf("reprint audit = %+v, %v; want one for %s", reprints, err, e.an.Code)
	}

	// The printer fails: the refusal stays recorded and the screen says so.
	forms.fail = errors.New("out of paper")
	d.Press("x")
	d.Type("Sai thẩm quyền\n")
	if e.dossier(t, e.an.Code).Status != intake.Refused || forms.refusals != 1 {
		t.Fatal("refusal not recorded when the printer failed")
	}
	d.wantOn("Không in được Mẫu 03", "out of paper", "ghi nhận")

	// Without a printer the panel says so, and the step is still recorded.
	d2 := newDriver(t, e, Options{})
	d2.wantOn("Chưa cấu hình máy in")
	d2.open(e.binh.Code)
	d2.Press("i")
	d2.wantOn("không in lại được Mẫu 01")
	d2.Press("x")
	d2.Type("Sai thẩm quyền\n")
	if e.dossier(t, e.binh.Code).Status != intake.Refused {
		t.Fatal("refusal not recorded without a printer")
	}
	d2.wantOn("Chưa có máy in nên Mẫu 03 không được in")
}

func TestStepRefusedByDeskKeepsTheDialog(t *testing.T) {
	e := newEnv(t)
	d := newDriver(t, e, Options{})
	d.open(e.an.Code)
	d.Press("x")
	d.Type("Lý do")
	// Another counter refuses it first.
	if _, err := e.desk.Resolve(context.Background(), e.an.Code, intake.Actor{Counter: 2}, ""); err != nil {
		t.Fatal(err)
	}
	d.Press("enter")
	if !d.m.dlg.open || d.m.dlg.value(fieldReason) != "Lý do" {
		t.Fatal("the dialog or its text was lost")
	}
	d.wantOn("Không thể từ chối hồ sơ")
}
