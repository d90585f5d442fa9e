package receipts

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"motcua/store"
)

// Printer takes a finished document and puts it on paper (or where paper
// will come from). Implementations are safe for concurrent use.
type Printer interface {
	Print(ctx context.Context, job Job) error
}

// Job is one document to print.
type Job struct {
	Name string // file and print-queue title, e.g. "ticket-20261122-A012"
	PDF  []byte
	Kind string // what it is: KindTicket, KindMau01…, KindTest
	// Media is the paper the document is laid out for ("A5", "A4"), so a
	// print queue picks that tray instead of scaling to its default; ""
	// for roll paper.
	Media string
	// Raster draws the document for a receipt printer of roll width w
	// (ESC/POS prints pictures, not PDF); nil for documents that exist
	// only as PDF, the A5/A4 forms. It is called only by printers that
	// need it, so a kiosk printing PDFs never pays for a raster.
	Raster func(w Width) (*Bitmap, error)
}

// Retrier is a printer that keeps failed jobs and can send them again.
type Retrier interface {
	Retry(ctx context.Context) (sent int, err error)
	Pending() ([]PendingJob, error)
}

// NewTicketJob renders slip for a roll of width w and names the job after
// the day and the number, so a spool folder reads like the day's queue.
func NewTicketJob(slip TicketSlip, w Width) (Job, error) {
	pdf, err := RenderTicketPDF(slip, w)
	if err != nil {
		return Job{}, err
	}
	slip = slip.normalised()
	name := fmt.Sprintf("ticket-%s-%s", slip.Issued.In(store.Local).Format("20060102-150405"), slip.Display)
	raster := func(rw Width) (*Bitmap, error) { return RenderTicketRaster(slip, rw) }
	return Job{Name: name, PDF: pdf, Kind: KindTicket, Raster: raster}, nil
}

// The printer kinds of Config.Kind.
const (
	KindNone = "none" // no printer: the kiosk shows the ticket only
	KindFile = "file" // PDF files in SpoolDir, for any printing tool
	KindCUPS = "cups" // PDF files in SpoolDir, and sent to lp
	// KindESCPOS: PDF files in SpoolDir, and the raster sent to a receipt
	// printer at Device (see ESCPOS.Target).
	KindESCPOS = "escpos"
)

// Config is the printer part of a station's settings.
type Config struct {
	Kind     string      `json:"kind"`      // KindNone, KindFile, KindCUPS or KindESCPOS
	Queue    string      `json:"queue"`     // CUPS queue; "" for the system default
	SpoolDir string      `json:"spool_dir"` // where PDFs are kept (required unless none)
	LP       string      `json:"lp"`        // lp command; "" for "lp" on PATH
	Device   string      `json:"device"`    // ESC/POS: "/dev/usb/lp0", `\\PC\Receipt`, "192.168.1.50:9100"
	Width    Width       `json:"width"`     // ESC/POS roll: 80 or 58 (mm); 0 for 80
	Clock    store.Clock `json:"-"`         // names unnamed jobs; nil for the system clock
}

// New builds the printer cfg describes. For CUPS and ESC/POS every job is
// first kept in the spool folder (a record, and a copy to reprint by hand)
// and then sent to the printer through a RetrySpool in SpoolDir/pending,
// so a printer that is off loses nothing.
func New(cfg Config) (Printer, error) {
	if cfg.Kind == "" || cfg.Kind == KindNone {
		return Nowhere{}, nil
	}
	if cfg.SpoolDir == "" {
		return nil, fmt.Errorf("%w: printer %q needs a spool folder", ErrConfig, cfg.Kind)
	}
	spool := FileSpool{Dir: cfg.SpoolDir, Clock: cfg.Clock}
	switch cfg.Kind {
	case KindFile:
		return spool, nil
	case KindCUPS:
		cups := CUPS{Queue: cfg.Queue, LP: cfg.LP}
		return Tee{spool, NewRetrySpool(cups, filepath.Join(cfg.SpoolDir, "pending"))}, nil
	case KindESCPOS:
		if cfg.Device == "" {
			return nil, fmt.Errorf("%w: ESC/POS printer needs a device path or host:port", ErrConfig)
		}
		if cfg.Width != 0 && !cfg.Width.valid() {
			return nil, fmt.Errorf("%w: ESC/POS roll width %s (want 80 or 58 mm)", ErrConfig, cfg.Width)
		}
		pos := ESCPOS{Target: cfg.Device, Width: cfg.Width}
		return Tee{spool, NewRetrySpool(pos, filepath.Join(cfg.SpoolDir, "pending"))}, nil
	}
	return nil, fmt.Errorf("%w: unknown printer kind %q (want %s, %s, %s or %s)", ErrConfig, cfg.Kind, KindNone, KindFile, KindCUPS, KindESCPOS)
}

// Nowhere is the printer of a station without one: it accepts every job.
type Nowhere struct{}

// Print does nothing.
func (Nowhere) Print(context.Context, Job) error { return nil }

// Tee sends each job to every printer in turn, even when one fails, and
// joins their errors.
type Tee []Printer

// Print sends job to each printer.
func (t Tee) Print(ctx context.Context, job Job) error {
	var errs []error
	for _, p := range t {
		if err := p.Print(ctx, job); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Retry retries the pending jobs of every member that keeps them.
func (t Tee) Retry(ctx context.Context) (int, error) {
	sent := 0
	var errs []error
	for _, p := range t {
		if r, ok := p.(Retrier); ok {
			n, err := r.Retry(ctx)
			sent += n
			if err != nil {
				errs = append(errs, err)
			}
		}
	}
	return sent, errors.Join(errs...)
}

// Pending lists the pending jobs of every member that keeps them.
func (t Tee) Pending() ([]PendingJob, error) {
	var all []PendingJob
	for _, p := range t {
		if r, ok := p.(Retrier); ok {
			jobs, err := r.Pending()
			if err != nil {
				return nil, err
			}
			all = append(all, jobs...)
		}
	}
	return all, nil
}
