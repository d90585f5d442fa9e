// Package receipts makes motcua's printable documents and sends them to a
// printer:
//
//   - the queue ticket a citizen takes at the kiosk (ticket.go), as a PDF
//     for an 80 or 58 mm roll (pdf.go, fonts.go) and as a 1-bit raster
//     for ESC/POS receipt printers (raster.go, raster_sheet.go), both from
//     one design and the same DejaVu fonts;
//   - the legal forms of Circular 03/2025/TT-VPCP, Mẫu 01–04, as A5 (or
//     A4) PDFs (form*.go);
//   - a test page for each configured printer (printtest.go).
//
// Printers: a spool folder (spool.go), a CUPS queue through lp (cups.go),
// an ESC/POS printer on a device or TCP port 9100 (escpos*.go), and a
// retry folder in front of the last two that keeps jobs while the printer
// is down (retry*.go). Config and New (printer.go) build the printer from
// settings; errors wrap sentinels that Describe turns into plain words
// (errors.go).
//
// All text is NFC: inputs are normalised on the way in, so a name pasted
// in NFD still prints with its marks on the letters and extracts from the
// PDF as the same string.
package receipts

import (
	"fmt"

	"golang.org/x/text/unicode/norm"
)

// Width is the paper roll a slip is printed on, in millimetres.
type Width int

// The two roll widths of receipt printers sold in Vietnam.
const (
	Width80 Width = 80 // 576 dots a line at 203 dpi: 72 mm printable
	Width58 Width = 58 // 384 dots a line at 203 dpi: 48 mm printable
)

// Printable is the width the print head covers, in millimetres; the rest
// of the roll is margin the printer cannot reach.
func (w Width) Printable() float64 {
	switch w {
	case Width80:
		return 72
	case Width58:
		return 48
	}
	return 0
}

// valid reports whether w is a width we can lay out for.
func (w Width) valid() bool { return w.Printable() > 0 }

// String names the width for logs and errors.
func (w Width) String() string { return fmt.Sprintf("%d mm", int(w)) }

// nfc normalises s to NFC; every string from outside goes through it.
func nfc(s string) string { return norm.NFC.String(s) }
