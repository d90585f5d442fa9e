package receipts

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"motcua/assets/i18n"
	"motcua/store"
)

func TestNewFromConfig(t *testing.T) {
	p, err := New(Config{})
	if err != nil || p.Print(context.Background(), Job{}) != nil {
		t.Errorf("no printer: %T %v", p, err)
	}
	if _, err := New(Config{Kind: KindFile}); !errors.Is(err, ErrConfig) {
		t.Errorf("file without folder: %v", err)
	}
	if _, err := New(Config{Kind: "escpos", SpoolDir: t.TempDir()}); !errors.Is(err, ErrConfig) {
		t.Errorf("unknown kind: %v", err)
	}
	dir := t.TempDir()
	clock := store.NewManualClock(issuedAt)
	p, err = New(Config{Kind: KindFile, SpoolDir: dir, Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Print(context.Background(), Job{PDF: []byte("%PDF")}); err != nil {
		t.Fatal(err)
	}
	if names := listDir(t, dir); !reflect.DeepEqual(names, []string{"20261123-080500.000.pdf"}) {
		t.Errorf("spool %v", names)
	}
}

// The kiosk set-up of issue 2: every ticket lands in the spool folder and
// goes to lp; while lp fails the ticket waits in spool/pending and the
// error tells the screen so; Retry prints it once lp works again.
func TestCUPSConfigSpoolsPrintsAndRetries(t *testing.T) {
	ctx := context.Background()
	spool := t.TempDir()
	lp, lpDir := fakeLP(t, `[ -e "$(dirname "$0")/broken" ] && { echo "lp: Printer Kiosk is stopped" >&2; exit 1; }; true`)
	p, err := New(Config{Kind: KindCUPS, Queue: "Kiosk", SpoolDir: spool, LP: lp})
	if err != nil {
		t.Fatal(err)
	}
	job, err := NewTicketJob(sampleSlip(i18n.VI), Width80)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Print(ctx, job); err != nil {
		t.Fatalf("print: %v", err)
	}
	if sent, _ := os.ReadFile(filepath.Join(lpDir, "stdin")); string(sent) != string(job.PDF) {
		t.Error("lp did not get the ticket")
	}

	// The printer stops.
	if err := os.WriteFile(filepath.Join(lpDir, "broken"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	job.Name = "ticket-2"
	err = p.Print(ctx, job)
	if !errors.Is(err, ErrJobPending) || MessageKey(err) != "receipts.err.job_pending" {
		t.Fatalf("print while stopped: %v", err)
	}
	r, ok := p.(Retrier)
	if !ok {
		t.Fatalf("%T cannot retry", p)
	}
	if got := pendingNames(t, r); !reflect.DeepEqual(got, []string{"ticket-2"}) {
		t.Errorf("pending %v", got)
	}
	if names := listDir(t, spool); len(names) != 3 { // two tickets and pending/
		t.Errorf("spool %v", names)
	}

	// Fixed: the retry prints the kept ticket and empties pending/.
	if err := os.Remove(filepath.Join(lpDir, "broken")); err != nil {
		t.Fatal(err)
	}
	_ = os.Remove(filepath.Join(lpDir, "stdin"))
	sent, err := r.Retry(ctx)
	if err != nil || sent != 1 {
		t.Fatalf("retry: %d, %v", sent, err)
	}
	if got, _ := os.ReadFile(filepath.Join(lpDir, "stdin")); string(got) != string(job.PDF) {
		t.Error("retry did not send the kept ticket")
	}
	if got := readLines(t, filepath.Join(lpDir, "args")); !reflect.DeepEqual(got, []string{"-d", "Kiosk", "-t", "ticket-2", "-"}) {
		t.Errorf("retry args %q", got)
	}
	if got := pendingNames(t, r); len(got) != 0 {
		t.Errorf("still pending %v", got)
	}
}

func TestTeeJoinsErrorsAndKeepsGoing(t *testing.T) {
	ok1, off, ok2 := &fakePrinter{}, &fakePrinter{off: true}, &fakePrinter{}
	err := Tee{ok1, off, ok2}.Print(context.Background(), Job{Name: "x", PDF: []byte("x")})
	if !errors.Is(err, ErrPrinterUnavailable) {
		t.Errorf("err = %v", err)
	}
	if len(ok1.got) != 1 || len(ok2.got) != 1 {
		t.Errorf("printers after the failing one were skipped")
	}
	if n, err := (Tee{ok1}).Retry(context.Background()); n != 0 || err != nil {
		t.Errorf("retry with nothing to retry: %d %v", n, err)
	}
}
