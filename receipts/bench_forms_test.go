package receipts

import (
	"testing"

	"golang.org/x/image/font/opentype"

	"motcua/assets"
	"motcua/assets/i18n"
)

// BenchmarkRenderMau01 is the counter's cost per Mẫu 01 (two copies, A5,
// QR code). Target: under 30 ms median. The font subset is cut once per
// process, before the loop, as in a running station.
func BenchmarkRenderMau01(b *testing.B) {
	m := sampleMau01()
	subset()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Render(A5); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderMau01A4(b *testing.B) {
	m := sampleMau01()
	subset()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Render(A4); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderMau04(b *testing.B) {
	m := sampleMau04()
	subset()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Render(A5); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTicketRaster is the cost of a ticket on an ESC/POS printer:
// the raster at 576 dots and its ESC/POS bytes. Target: under 20 ms. The
// fonts are parsed once per process, before the loop.
func BenchmarkTicketRaster(b *testing.B) {
	sl := sampleSlip(i18n.VI)
	if _, _, err := parsedFonts(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		bm, err := RenderTicketRaster(sl, Width80)
		if err != nil {
			b.Fatal(err)
		}
		EncodeESCPOS(bm, EncodeOptions{})
	}
}

func BenchmarkTicketRaster58(b *testing.B) {
	sl := sampleSlip(i18n.EN)
	if _, _, err := parsedFonts(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := RenderTicketRaster(sl, Width58); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRasterFontParse is the one-off cost that parsedFonts pays once
// per process.
func BenchmarkRasterFontParse(b *testing.B) {
	for b.Loop() {
		if _, err := newFacesFromScratch(); err != nil {
			b.Fatal(err)
		}
	}
}

// newFacesFromScratch parses both fonts, bypassing the once-per-process
// cache.
func newFacesFromScratch() (*faces, error) {
	r, err := opentype.Parse(assets.FontRegular())
	if err != nil {
		return nil, err
	}
	b, err := opentype.Parse(assets.FontBold())
	if err != nil {
		return nil, err
	}
	return &faces{regular: r, bold: b}, nil
}
