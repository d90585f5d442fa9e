package receipts

import (
	"bytes"
	"context"
	"fmt"
	"time"
)

// ESC/POS is the command language of thermal receipt printers (Epson's,
// and every clone sold in Vietnam). A ticket is sent as one picture:
//
//	ESC @                      initialise (clears a half-sent job)
//	GS v 0 m xL xH yL yH d…    raster bit image, m=0 (normal density),
//	                           x = bytes per row, y = rows, d = rows MSB-first,
//	                           1 = black; repeated per band of rows
//	ESC d n                    print and feed n lines, to bring the end of
//	                           the ticket past the cutter
//	GS V 1                     partial cut (leaves a hinge, so the ticket
//	                           does not fall on the floor)
//
// Tall pictures go in bands: cheap clones have small receive buffers and
// some limit one GS v 0 to a few hundred rows.

// ESC/POS commands.
var (
	escInit       = []byte{0x1b, 0x40}       // ESC @
	escRaster     = []byte{0x1d, 0x76, 0x30} // GS v 0
	escPartialCut = []byte{0x1d, 0x56, 0x01} // GS V 1
)

// escFeed is ESC d n: print what is buffered and feed n lines.
func escFeed(n int) []byte { return []byte{0x1b, 0x64, byte(n)} }

// Band limits: the default suits the smallest buffers seen in clones;
// 2048 rows is the most any printer takes in one command.
const (
	DefaultBandRows = 256
	MaxBandRows     = 2048
	DefaultFeed     = 4 // lines of about 4 mm
)

// EncodeOptions shape the byte stream.
type EncodeOptions struct {
	BandRows  int  // rows per GS v 0 command; 0 for DefaultBandRows, capped at MaxBandRows
	FeedLines int  // lines fed before the cut; 0 for DefaultFeed, negative for none
	NoCut     bool // printers without a cutter ignore GS V, but some print it as garbage
}

// EncodeESCPOS returns the bytes that print bm and cut the paper.
func EncodeESCPOS(bm *Bitmap, opt EncodeOptions) []byte {
	band := opt.BandRows
	if band <= 0 {
		band = DefaultBandRows
	}
	band = min(band, MaxBandRows)
	var out bytes.Buffer
	out.Grow(len(bm.Bits) + 16*(bm.Height/band+1) + 16)
	out.Write(escInit)
	for top := 0; top < bm.Height; top += band {
		rows := min(band, bm.Height-top)
		out.Write(escRaster)
		out.WriteByte(0) // m: normal density, 203 dpi both ways
		out.WriteByte(byte(bm.Stride))
		out.WriteByte(byte(bm.Stride >> 8))
		out.WriteByte(byte(rows))
		out.WriteByte(byte(rows >> 8))
		out.Write(bm.Bits[top*bm.Stride : (top+rows)*bm.Stride])
	}
	feed := opt.FeedLines
	if feed == 0 {
		feed = DefaultFeed
	}
	if feed > 0 {
		out.Write(escFeed(min(feed, 255)))
	}
	if !opt.NoCut {
		out.Write(escPartialCut)
	}
	return out.Bytes()
}

// ESCPOS prints on a receipt printer that speaks ESC/POS, sending the
// document's raster. Target is where the printer is:
//
//   - "host:port" or "tcp://host[:port]": a network printer (raw TCP,
//     port 9100 by default);
//   - anything else is a file opened for writing: "/dev/usb/lp0" on
//     Linux, a shared printer "\\PC\Receipt" or "COM3" on Windows.
//
// Only documents with a raster print (tickets, the test page); a form,
// which exists only as PDF, is refused with ErrWrongPrinter.
type ESCPOS struct {
	Target      string
	Width       Width         // roll width; 0 for 80 mm
	BandRows    int           // see EncodeOptions
	FeedLines   int           // see EncodeOptions
	NoCut       bool          // see EncodeOptions
	DialTimeout time.Duration // network connect limit; 0 for 3 s
	Timeout     time.Duration // whole job limit when ctx has none; 0 for 15 s
}

// width is the roll the printer is loaded with.
func (e ESCPOS) width() Width {
	if e.Width.valid() {
		return e.Width
	}
	return Width80
}

// rasterWidth tells a RetrySpool to keep this printer's jobs as pictures.
func (e ESCPOS) rasterWidth() Width { return e.width() }

// String names the printer for messages and the test page.
func (e ESCPOS) String() string { return "escpos " + e.Target }

// Print renders the job's raster for the roll and sends it. Every failure
// to reach the printer wraps ErrPrinterUnavailable with what happened in
// plain words.
func (e ESCPOS) Print(ctx context.Context, job Job) error {
	if job.Raster == nil {
		if len(job.PDF) == 0 {
			return fmt.Errorf("%w: %q", ErrEmptyJob, job.Name)
		}
		return fmt.Errorf("%w: %q (%s) exists only as a PDF; the receipt printer %s prints tickets only — print forms on an A5/A4 printer (file or cups)",
			ErrWrongPrinter, job.Name, job.Kind, e.Target)
	}
	bm, err := job.Raster(e.width())
	if err != nil {
		return err
	}
	if bm.Width > e.width().Dots() {
		return fmt.Errorf("%w: %q is %d dots wide, the %s roll takes %d", ErrInvalidDocument, job.Name, bm.Width, e.width(), e.width().Dots())
	}
	data := EncodeESCPOS(bm, EncodeOptions{BandRows: e.BandRows, FeedLines: e.FeedLines, NoCut: e.NoCut})
	return e.send(ctx, data)
}
