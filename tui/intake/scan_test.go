package intake

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"golang.org/x/text/unicode/norm"

	"motcua/assets/i18n"
)

func TestScanIntoNameFieldFillsTheApplicant(t *testing.T) {
	w := newWorld(t)
	d := newDriver(t, w.options(i18n.VI, nil), 80, 24)
	d.Type(scanLine) // a USB scanner types the line…
	d.Press("enter") // …and Enter
	want := map[field]string{fName: "Nguyễn Văn An", fID: "001090012345", fBirth: "15/08/1990", fAddress: "Thôn 3, xã Tân Hòa"}
	for f, v := range want {
		if got := d.m.value(f); got != v {
			t.Errorf("field %d = %q, want %q", f, got, v)
		}
	}
	if d.m.gender != "Nam" || d.m.focus != fPhone {
		t.Errorf("gender %q, focus %d: want Nam and the phone next", d.m.gender, d.m.focus)
	}
	if s := d.screen(); !strings.Contains(s, "Đã đọc thẻ căn cước của Nguyễn Văn An") || strings.Contains(s, "|") {
		t.Errorf("the screen should confirm the scan and not show it raw:\n%s", s)
	}
}

func TestScanIntoAnyFieldKeepsThatFieldsText(t *testing.T) {
	w := newWorld(t)
	d := newDriver(t, w.options(i18n.VI, nil), 80, 24)
	d.focusOn(fNote)
	d.Type("Công dân nộp thay cho con")
	d.Type(scanLine)
	d.Press("enter")
	if got := d.m.value(fNote); got != "Công dân nộp thay cho con" {
		t.Errorf("the note lost its text to the scan: %q", got)
	}
	if d.m.value(fName) != "Nguyễn Văn An" || d.m.value(fID) != "001090012345" {
		t.Errorf("the scan did not fill the applicant: %q %q", d.m.value(fName), d.m.value(fID))
	}
	if d.m.focus != fNote {
		t.Errorf("a scan outside the applicant should leave the focus where it was, got %d", d.m.focus)
	}
	if len(w.dossiers(t)) != 0 {
		t.Error("Enter after a scan in the last field must not save")
	}
}

func TestScanOnTheChecklistAndByPaste(t *testing.T) {
	w := newWorld(t)
	d := newDriver(t, w.options(i18n.VI, nil), 80, 24)
	d.fillValid()
	for f := range []field{fName, fID, fBirth, fAddress} {
		d.m.setValue(field(f), "")
	}
	ticked := len(d.m.received())
	// On the checklist, space and letters are commands: the scan, which
	// starts with a digit, is buffered until Enter.
	d.Type("079203001122||Lê Thị Hoa|02031985|Nữ|Xóm Bãi, xã Tân Hòa|")
	d.Press("enter")
	if d.m.value(fName) != "Lê Thị Hoa" || d.m.value(fBirth) != "02/03/1985" {
		t.Errorf("scan on the checklist: name %q birth %q\n%s", d.m.value(fName), d.m.value(fBirth), d.screen())
	}
	if len(d.m.received()) != ticked {
		t.Errorf("the spaces of the scan ticked papers: %d, want %d", len(d.m.received()), ticked)
	}
	d.Send(tea.PasteMsg{Content: "\r\n" + scanLine + "\r\n"})
	if d.m.value(fName) != "Nguyễn Văn An" {
		t.Errorf("pasted scan: name %q", d.m.value(fName))
	}
}

func TestBadScanSaysSo(t *testing.T) {
	w := newWorld(t)
	d := newDriver(t, w.options(i18n.VI, nil), 80, 24)
	d.Type("001090012345|123|")
	d.Press("enter")
	if !strings.Contains(d.screen(), "không phải mã QR của thẻ căn cước") {
		t.Errorf("a broken scan should be explained:\n%s", d.screen())
	}
	if d.m.value(fName) != "" {
		t.Errorf("a broken scan should leave the field as it was, got %q", d.m.value(fName))
	}
}

func TestNFDInputIsStoredAsNFC(t *testing.T) {
	w := newWorld(t)
	d := newDriver(t, w.options(i18n.VI, nil), 80, 24)
	nfd := norm.NFD.String("Nguyễn Thị Hường")
	if nfd == "Nguyễn Thị Hường" {
		t.Fatal("test input is not NFD")
	}
	d.Type(nfd) // marks arrive as separate key presses
	if v := d.m.value(fName); v != "Nguyễn Thị Hường" {
		t.Errorf("field holds %q (%d runes), want NFC", v, len([]rune(v)))
	}
	d.Press("tab")
	d.Type("001190012345")
	d.focusOn(fProcedure)
	d.Type(norm.NFD.String("đăng ký khai sinh"))
	d.Press("enter", "space", "ctrl+s")
	d.Until("saved", savedDone)
	got := w.dossiers(t)[0].Citizen.Name
	if got != "Nguyễn Thị Hường" || !norm.NFC.IsNormalString(got) {
		t.Errorf("stored %q", got)
	}
}
