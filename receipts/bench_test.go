package receipts

import (
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"motcua/assets"
	"motcua/assets/i18n"
)

// BenchmarkRenderTicketPDF is the kiosk's cost per printed ticket (80 mm).
func BenchmarkRenderTicketPDF(b *testing.B) {
	sl := sampleSlip(i18n.VI)
	subset() // built once per process; not part of a ticket's cost
	b.ReportAllocs()
	for b.Loop() {
		if _, err := RenderTicketPDF(sl, Width80); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderTicketPDF58(b *testing.B) {
	sl := sampleSlip(i18n.EN)
	subset()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := RenderTicketPDF(sl, Width58); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderTicketPDFParallel shows that renders do not serialise on
// a shared lock.
func BenchmarkRenderTicketPDFParallel(b *testing.B) {
	sl := sampleSlip(i18n.VI)
	subset()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := RenderTicketPDF(sl, Width80); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// The font costs, to justify the subset (see fonts.go): a minimal
// document with the full DejaVu pair against one with the subset pair, and
// the one-off cutting of the subset.
func BenchmarkFontFullPerDocument(b *testing.B) {
	benchFontDoc(b, fontPair{assets.FontRegular(), assets.FontBold()})
}

func BenchmarkFontSubsetPerDocument(b *testing.B) {
	benchFontDoc(b, subset())
}

func BenchmarkFontSubsetBuildOnce(b *testing.B) {
	cs := coveredRunes()
	for b.Loop() {
		fpdf.UTF8CutFont(assets.FontRegular(), cs)
		fpdf.UTF8CutFont(assets.FontBold(), cs)
	}
}

func benchFontDoc(b *testing.B, fonts fontPair) {
	b.ReportAllocs()
	for b.Loop() {
		f := newPDF(fonts, docInfo{Title: "x", Lang: "vi", Created: issuedAt})
		f.AddPage()
		f.SetFont(fontFamily, "B", 12)
		f.Cell(40, 10, "Phiếu số thứ tự")
		f.SetFont(fontFamily, "", 12)
		f.Cell(40, 10, "Hộ tịch")
		if _, err := output(f); err != nil {
			b.Fatal(err)
		}
	}
}
