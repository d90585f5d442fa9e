package receipts

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"motcua/assets/i18n"
)

// printerServer is a network receipt printer on 127.0.0.1 that records
// what each connection sent.
type printerServer struct {
	ln      net.Listener
	mu      sync.Mutex
	jobs    [][]byte
	active  atomic.Int32
	overlap atomic.Bool
	wg      sync.WaitGroup
}

func newPrinterServer(t *testing.T) *printerServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ps := &printerServer{ln: ln}
	ps.wg.Add(1)
	go func() {
		defer ps.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			if ps.active.Add(1) > 1 {
				ps.overlap.Store(true)
			}
			data, _ := io.ReadAll(c)
			ps.active.Add(-1)
			c.Close()
			ps.mu.Lock()
			ps.jobs = append(ps.jobs, data)
			ps.mu.Unlock()
		}
	}()
	t.Cleanup(func() { ln.Close(); ps.wg.Wait() })
	return ps
}

func (ps *printerServer) addr() string { return ps.ln.Addr().String() }

func (ps *printerServer) received() [][]byte {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	return append([][]byte(nil), ps.jobs...)
}

// ticketBytes is what a printer of width w must receive for the sample
// ticket with the default options.
func ticketBytes(t *testing.T, w Width) []byte {
	t.Helper()
	return EncodeESCPOS(mustRaster(t, sampleSlip(i18n.VI), w), EncodeOptions{})
}

func ticketJob(t *testing.T) Job {
	t.Helper()
	job, err := NewTicketJob(sampleSlip(i18n.VI), Width80)
	if err != nil {
		t.Fatal(err)
	}
	return job
}

func TestESCPOSOverTCP(t *testing.T) {
	ctx := context.Background()
	ps := newPrinterServer(t)
	if err := (ESCPOS{Target: ps.addr()}).Print(ctx, ticketJob(t)); err != nil {
		t.Fatal(err)
	}
	// The same printer named as a URL, loaded with 58 mm paper.
	if err := (ESCPOS{Target: "tcp://" + ps.addr(), Width: Width58}).Print(ctx, ticketJob(t)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { return len(ps.received()) == 2 })
	got := ps.received()
	if !bytes.Equal(got[0], ticketBytes(t, Width80)) {
		t.Errorf("80 mm: received %d bytes, not the ticket's %d", len(got[0]), len(ticketBytes(t, Width80)))
	}
	if s := decodeESCPOS(t, got[1]); s.bm.Width != 384 || !bytes.Equal(got[1], ticketBytes(t, Width58)) {
		t.Errorf("58 mm: received a %d-dot picture", s.bm.Width)
	}
}

// Jobs sent at once to one printer go one after the other, whole.
func TestESCPOSSerialisesJobsPerPrinter(t *testing.T) {
	ps := newPrinterServer(t)
	p := ESCPOS{Target: ps.addr()}
	job := ticketJob(t)
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- p.Print(context.Background(), job)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, func() bool { return len(ps.received()) == 6 })
	want := ticketBytes(t, Width80)
	for i, got := range ps.received() {
		if !bytes.Equal(got, want) {
			t.Errorf("job %d: %d bytes, want %d", i, len(got), len(want))
		}
	}
	if ps.overlap.Load() {
		t.Error("two jobs were sent to the printer at the same time")
	}
}

func TestESCPOSToDeviceFile(t *testing.T) {
	dev := filepath.Join(t.TempDir(), "lp0")
	if err := os.WriteFile(dev, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := (ESCPOS{Target: dev}).Print(context.Background(), ticketJob(t)); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(dev); !bytes.Equal(got, ticketBytes(t, Width80)) {
		t.Errorf("device got %d bytes", len(got))
	}
	// A device that is not there is a printer that is unavailable, said
	// plainly, and never created as a file.
	missing := filepath.Join(t.TempDir(), "usb", "lp9")
	err := (ESCPOS{Target: missing}).Print(context.Background(), ticketJob(t))
	if !errors.Is(err, ErrPrinterUnavailable) || !strings.Contains(err.Error(), "there is no printer at "+missing) {
		t.Errorf("missing device: %v", err)
	}
	if _, statErr := os.Stat(missing); statErr == nil {
		t.Error("printing to a missing device created a file")
	}
}

// A refused connection and a printer that stops reading both end as
// ErrPrinterUnavailable, with a sentence a clerk can act on.
func TestESCPOSUnavailablePrinter(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()
	err = (ESCPOS{Target: closed}).Print(context.Background(), ticketJob(t))
	if !errors.Is(err, ErrPrinterUnavailable) || !strings.Contains(err.Error(), "refused the connection (is it switched on") {
		t.Errorf("refused: %v", err)
	}
	if got := Describe(i18n.VI, err); got != i18n.T(i18n.VI, "receipts.err.printer_unavailable") || !strings.Contains(got, "Máy in") {
		t.Errorf("refused, in words: %q", got)
	}

	// A printer that accepts the connection and then takes no data (paper
	// out, cover open): the job gives up at its time limit.
	stuck, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer stuck.Close()
	var conns []net.Conn
	var mu sync.Mutex
	go func() {
		for {
			c, err := stuck.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c) // held open, never read
			mu.Unlock()
		}
	}()
	defer func() {
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
	}()
	huge := Job{Name: "huge", Kind: KindTicket, Raster: func(Width) (*Bitmap, error) { return NewBitmap(576, 400_000), nil }}
	start := time.Now()
	err = (ESCPOS{Target: stuck.Addr().String(), Timeout: 300 * time.Millisecond}).Print(context.Background(), huge)
	if !errors.Is(err, ErrPrinterUnavailable) || !strings.Contains(err.Error(), "stopped taking data") {
		t.Errorf("stuck printer: %v", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("stuck printer held the job for %s", took)
	}

	// An unknown host and a connect time-out read as such.
	if err := netFailure("10.0.0.9:9100", "connect", context.DeadlineExceeded, 3*time.Second); !errors.Is(err, ErrPrinterUnavailable) ||
		!strings.Contains(err.Error(), "did not answer within 3s") {
		t.Errorf("dial timeout: %v", err)
	}
	err = (ESCPOS{Target: "tcp://printer.invalid"}).Print(context.Background(), ticketJob(t))
	if !errors.Is(err, ErrPrinterUnavailable) || !strings.Contains(err.Error(), "printer.invalid:9100") {
		t.Errorf("unknown host: %v", err)
	}
}

// A form is PDF only: the receipt printer refuses it with its own error,
// and a retry folder does not keep it (it would never print).
func TestESCPOSRefusesForms(t *testing.T) {
	form, err := NewFormJob(sampleMau01(), A5)
	if err != nil {
		t.Fatal(err)
	}
	dev := filepath.Join(t.TempDir(), "lp0")
	if err := os.WriteFile(dev, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	err = ESCPOS{Target: dev}.Print(context.Background(), form)
	if !errors.Is(err, ErrWrongPrinter) || MessageKey(err) != "receipts.err.wrong_printer" {
		t.Fatalf("form on a receipt printer: %v", err)
	}
	if !strings.Contains(Describe(i18n.VI, err), "A5/A4") {
		t.Errorf("in words: %q", Describe(i18n.VI, err))
	}
	r := NewRetrySpool(ESCPOS{Target: dev}, filepath.Join(t.TempDir(), "pending"))
	if err := r.Print(context.Background(), form); !errors.Is(err, ErrWrongPrinter) || errors.Is(err, ErrJobPending) {
		t.Errorf("retry spool: %v", err)
	}
	if jobs, _ := r.Pending(); len(jobs) != 0 {
		t.Errorf("kept %v", jobs)
	}
	if got, _ := os.ReadFile(dev); len(got) != 0 {
		t.Error("bytes reached the printer")
	}
}

// The escpos kind of the settings: every ticket is kept as PDF in the
// spool folder and printed as a picture; while the printer is missing the
// picture waits in pending/ as a PNG, and the retry prints exactly what
// a direct print would have.
func TestESCPOSConfigSpoolsPrintsAndRetries(t *testing.T) {
	ctx := context.Background()
	spool := t.TempDir()
	devDir := filepath.Join(t.TempDir(), "usb")
	dev := filepath.Join(devDir, "lp0")
	p, err := New(Config{Kind: KindESCPOS, Device: dev, Width: Width58, SpoolDir: spool})
	if err != nil {
		t.Fatal(err)
	}
	if name := PrinterName(p); name != "file "+spool+" + escpos "+dev {
		t.Errorf("name %q", name)
	}
	job := ticketJob(t)
	err = p.Print(ctx, job)
	if !errors.Is(err, ErrJobPending) || !errors.Is(err, ErrPrinterUnavailable) {
		t.Fatalf("print without the printer: %v", err)
	}
	r := p.(Retrier)
	pending, err := r.Pending()
	if err != nil || len(pending) != 1 || filepath.Ext(pending[0].Path) != ".png" || pending[0].Kind != KindTicket {
		t.Fatalf("pending %+v %v", pending, err)
	}
	if pdfs, _ := filepath.Glob(filepath.Join(spool, "*.pdf")); len(pdfs) != 1 {
		t.Errorf("spool folder %v", pdfs)
	}

	// The printer is plugged in.
	if err := os.MkdirAll(devDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dev, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if sent, err := r.Retry(ctx); err != nil || sent != 1 {
		t.Fatalf("retry: %d %v", sent, err)
	}
	if got, _ := os.ReadFile(dev); !bytes.Equal(got, ticketBytes(t, Width58)) {
		t.Errorf("retry sent %d bytes, not the 58 mm ticket", len(got))
	}
	if pending, _ := r.Pending(); len(pending) != 0 {
		t.Errorf("still pending %v", pending)
	}

	for _, bad := range []Config{
		{Kind: KindESCPOS, SpoolDir: spool},
		{Kind: KindESCPOS, SpoolDir: spool, Device: dev, Width: 70},
		{Kind: KindESCPOS, Device: dev},
	} {
		if _, err := New(bad); !errors.Is(err, ErrConfig) {
			t.Errorf("%+v: %v", bad, err)
		}
	}
}

func TestTCPAddressRecognition(t *testing.T) {
	cases := map[string]string{
		"192.168.1.50:9100":    "192.168.1.50:9100",
		"printer.local:9100":   "printer.local:9100",
		"[fe80::1]:9100":       "[fe80::1]:9100",
		"tcp://192.168.1.50":   "192.168.1.50:9100",
		"tcp://quay3:9101":     "quay3:9101",
		"/dev/usb/lp0":         "",
		`\\KIOSK-PC\Receipt`:   "",
		"COM3":                 "",
		"LPT1:":                "",
		`C:\spool\printer.bin`: "",
		"printer:abc":          "",
		"tcp:///dev/usb/lp0":   "",
		"":                     "",
	}
	for in, want := range cases {
		got, ok := tcpAddress(in)
		if ok != (want != "") || got != want {
			t.Errorf("tcpAddress(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// waitFor polls cond for up to two seconds: the test server records a
// job after the client has closed its side.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for i := 0; i < 200; i++ {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("timed out waiting for the printer server")
}
