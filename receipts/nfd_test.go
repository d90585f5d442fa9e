package receipts

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"motcua/assets/i18n"
)

// Names typed with some IMEs, pasted, or scanned arrive decomposed (NFD):
// "ộ" as "o" + U+0323 + U+0302. Drawn as is, the marks print beside the
// letters and the PDF text does not match what the commune typed. The
// slip normalises every input, so the paper and its text are NFC.
func TestNFDInputPrintsAsNFC(t *testing.T) {
	sl := sampleSlip(i18n.VI)
	sl.Commune = norm.NFD.String("UBND xã Tân Hòa")
	sl.Agency = norm.NFD.String("Bộ phận Tiếp nhận và Trả kết quả")
	sl.Service = norm.NFD.String("Chính sách – Xã hội")
	sl.Priority = norm.NFD.String("Người có công với cách mạng")
	if isNFC(sl.Commune) || isNFC(sl.Service) {
		t.Fatal("test input should be NFD")
	}

	for _, line := range sl.Lines().all() {
		if !isNFC(line) {
			t.Errorf("line %q is not NFC", line)
		}
	}

	text := pdfText(t, mustRender(t, sl, Width80))
	if !isNFC(text) {
		t.Errorf("PDF text is not NFC:\n%s", text)
	}
	got := flat(text)
	for _, want := range []string{"UBND xã Tân Hòa", "Bộ phận Tiếp nhận và Trả kết quả", "Chính sách – Xã hội", "Ưu tiên: Người có công với cách mạng"} {
		if !isNFC(want) {
			t.Fatalf("expected string %q is not NFC", want)
		}
		if !strings.Contains(got, want) {
			t.Errorf("%q (NFC) missing from:\n%s", want, text)
		}
	}
	// No combining mark may survive into the document.
	for _, r := range text {
		if r >= 0x300 && r <= 0x36f {
			t.Fatalf("combining mark U+%04X in the PDF text:\n%s", r, text)
		}
	}
}
