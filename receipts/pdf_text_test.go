package receipts

import (
	"strings"
	"testing"

	"motcua/assets/i18n"
)

// The words on the paper must be the words of the slip, letter for letter
// in NFC: pdftotext reads them back from the embedded font's Unicode map.
func TestTicketPDFTextRoundTrips(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, w := range []Width{Width80, Width58} {
			t.Run(lang.Code()+"-"+w.String(), func(t *testing.T) {
				sl := sampleSlip(lang)
				text := pdfText(t, mustRender(t, sl, w))
				if !isNFC(text) {
					t.Errorf("extracted text is not NFC:\n%s", text)
				}
				got := flat(text)
				lines := sl.Lines()
				for _, want := range lines.all() {
					if !strings.Contains(got, flat(want)) {
						t.Errorf("%q missing from the PDF text:\n%s", want, text)
					}
				}
				// The sentences a Vietnamese reader must find, spelled out
				// here rather than taken from the table, so that a broken
				// table entry cannot pass by comparing with itself.
				var must []string
				if lang == i18n.VI {
					must = []string{"UBND xã Tân Hòa", "Bộ phận Một cửa", "PHIẾU SỐ THỨ TỰ", "C012",
						"Đất đai – Xây dựng", "Ưu tiên: Người cao tuổi (từ 60 tuổi)",
						"Số người chờ trước quý vị: 5", "Thời gian chờ dự kiến: khoảng 25 phút",
						"Giờ lấy số: 08:05 23/11/2026", "Mã phiếu: 3f2a9c1e-5b7d-4e21-9a0f-6c1d2e3b4a5f"}
				} else {
					must = []string{"UBND xã Tân Hòa", "One-stop counter", "QUEUE TICKET", "C012",
						"Land and construction", "Priority: Elderly (60 and over)",
						"People ahead of you: 5", "Estimated wait: about 25 min",
						"Issued: 08:05 23/11/2026", "Ticket ID: 3f2a9c1e-5b7d-4e21-9a0f-6c1d2e3b4a5f"}
				}
				for _, want := range must {
					if !strings.Contains(got, want) {
						t.Errorf("%q missing from the PDF text:\n%s", want, text)
					}
				}
			})
		}
	}
}

// A regular ticket has no priority line; "nobody ahead" and an unknown
// wait read as sentences, not as "0" and "0 phút".
func TestTicketPDFRegularTicket(t *testing.T) {
	sl := sampleSlip(i18n.VI)
	sl.Priority, sl.Ahead, sl.WaitKnown, sl.Agency = "", 0, false, "Trung tâm Phục vụ hành chính công"
	got := flat(pdfText(t, mustRender(t, sl, Width80)))
	for _, want := range []string{"Không có ai chờ trước quý vị", "Thời gian chờ dự kiến: chưa xác định", "Trung tâm Phục vụ hành chính công"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q missing from:\n%s", want, got)
		}
	}
	for _, unwanted := range []string{"Ưu tiên", "Bộ phận Một cửa", "phút"} {
		if strings.Contains(got, unwanted) {
			t.Errorf("%q should not be printed on a regular ticket:\n%s", unwanted, got)
		}
	}
}

// qpdf finds no structural error in any of the four variants.
func TestTicketPDFPassesQPDFCheck(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		for _, w := range []Width{Width80, Width58} {
			out := run(t, "qpdf", "--check", writePDF(t, mustRender(t, sampleSlip(lang), w)))
			if !strings.Contains(out, "No syntax or stream encoding errors") {
				t.Errorf("%s %s: qpdf --check:\n%s", lang.Code(), w, out)
			}
		}
	}
}
