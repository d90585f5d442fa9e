package receipts

import (
	"context"
	"fmt"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"motcua/assets/i18n"
	"motcua/store"
)

// KindTest is the Job.Kind of the test page.
const KindTest = "test"

// PrintTest prints a test page on p: which printer it is, when it was
// printed, and Vietnamese text with every tone mark, large digits and a
// QR code, so a technician sees at once that marks sit on their letters.
// It is a slip 80 mm wide as PDF (spool folders, CUPS) and a raster at
// the roll's width on an ESC/POS printer. at is the time printed on it
// (the caller's clock).
func PrintTest(ctx context.Context, p Printer, lang i18n.Lang, at time.Time) error {
	job, err := NewTestJob(PrinterName(p), lang, at)
	if err != nil {
		return err
	}
	return p.Print(ctx, job)
}

// NewTestJob makes the test page's job for the printer named name.
func NewTestJob(name string, lang i18n.Lang, at time.Time) (Job, error) {
	lines := testLines(clean(name, false), lang, at)
	f := newPDF(fontsFor(lines...), docInfo{Title: lines[0], Lang: lang.Code(), Created: at.UTC()})
	w := Width80
	s := &sheet{pdf: f, left: (float64(w) - w.Printable()) / 2, width: w.Printable()}
	if err := layoutTest(s, lines); err != nil {
		return Job{}, err
	}
	f.AddPageFormat("P", fpdf.SizeType{Wd: float64(w), Ht: s.y})
	s.y, s.draw = 0, true
	if err := layoutTest(s, lines); err != nil {
		return Job{}, err
	}
	pdf, err := finish(f, "test page")
	if err != nil {
		return Job{}, err
	}
	raster := func(rw Width) (*Bitmap, error) {
		if !rw.valid() {
			return nil, fmt.Errorf("%w: unknown paper width %s", ErrInvalidDocument, rw)
		}
		return renderSlip(rw, func(s slipSheet) error { return layoutTest(s, lines) })
	}
	jobName := "test-" + at.In(store.Local).Format("20060102-150405") + "-" + name
	return Job{Name: jobName, PDF: pdf, Kind: KindTest, Raster: raster}, nil
}

// testLines are the sentences of the test page, in print order.
func testLines(name string, lang i18n.Lang, at time.Time) []string {
	return []string{
		i18n.T(lang, "receipts.test.title"),
		i18n.T(lang, "receipts.test.printer", name),
		i18n.T(lang, "receipts.test.time", FormatTime(at)),
		i18n.T(lang, "receipts.test.sample"),
		i18n.T(lang, "receipts.test.verse"),
		i18n.T(lang, "receipts.test.vowels"),
		i18n.T(lang, "receipts.test.digits"),
		i18n.T(lang, "receipts.test.check"),
	}
}

// layoutTest is the test page's design, on PDF or raster.
func layoutTest(s slipSheet, l []string) error {
	s.gap(4)
	s.text("B", 14, "C", l[0])
	s.gap(2)
	s.rule()
	s.gap(2)
	s.text("", 10, "L", l[1])
	s.text("", 10, "L", l[2])
	s.gap(2)
	s.text("B", 10, "L", l[3])
	s.text("", 11, "L", l[4])
	s.text("", 11, "L", l[5])
	s.gap(2)
	s.fit("B", 40, l[6])
	s.gap(2)
	s.rule()
	s.gap(2)
	s.text("", 9, "C", l[7])
	s.gap(3)
	if err := s.qrCode(l[0]+" "+l[2], 16); err != nil {
		return err
	}
	s.gap(6)
	return nil
}

// PrinterName says which printer p is, for the test page and messages:
// "escpos 192.168.1.50:9100", "cups Kiosk", "file /var/motcua/spool".
func PrinterName(p Printer) string {
	switch v := p.(type) {
	case Tee:
		names := make([]string, len(v))
		for i, m := range v {
			names[i] = PrinterName(m)
		}
		return strings.Join(names, " + ")
	case *RetrySpool:
		return PrinterName(v.printer)
	case fmt.Stringer:
		return v.String()
	}
	return fmt.Sprintf("%T", p)
}

// String names the spool folder.
func (s FileSpool) String() string { return "file " + s.Dir }

// String names the CUPS queue.
func (c CUPS) String() string {
	if c.Queue == "" {
		return "cups (default)"
	}
	return "cups " + c.Queue
}

// String says there is no printer.
func (Nowhere) String() string { return "none" }
