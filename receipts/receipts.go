// Package receipts makes motcua's printable documents and sends them to a
// printer. Today that is the queue ticket a citizen takes at the kiosk
// (ticket.go), rendered as PDF (pdf.go, fonts.go) and handed to a Printer:
// a spool folder (spool.go), a CUPS queue through lp (cups.go), or either
// behind a retry folder that keeps jobs while the printer is down
// (retry.go). Config and New (printer.go) build the printer from settings.
//
// The package is laid out so that the next documents add files rather than
// rewrite these: the legal slips (Mẫu 01–04, A5) get their own
// form_*.go files that draw on the same fonts and sheet helpers, and an
// ESC/POS raster back-end is one more Printer beside FileSpool and CUPS.
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
