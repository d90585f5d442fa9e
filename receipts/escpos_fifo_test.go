//go:build unix

package receipts

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A device that never takes the data (a named pipe nobody reads, like a
// USB printer that is jammed) makes the job give up at its time limit
// with plain words; the blocked write keeps the printer's lock, so the
// next job waits for it instead of interleaving, and both finish once the
// device reads again.
func TestESCPOSDeviceThatBlocks(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "lp0")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	p := ESCPOS{Target: fifo, Timeout: 200 * time.Millisecond}
	start := time.Now()
	err := p.Print(context.Background(), ticketJob(t))
	if !errors.Is(err, ErrPrinterUnavailable) || !strings.Contains(err.Error(), "did not take the ticket in time") {
		t.Fatalf("blocked device: %v", err)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("gave up after %s", took)
	}
	err = p.Print(context.Background(), ticketJob(t))
	if !errors.Is(err, ErrPrinterUnavailable) || !strings.Contains(err.Error(), "still busy") {
		t.Errorf("second job while the first is stuck: %v", err)
	}

	// The printer comes back: the stuck write completes and frees it.
	r, err := os.OpenFile(fifo, os.O_RDONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(ticketBytes(t, Width80)) {
		t.Errorf("the late write delivered %d bytes", len(got))
	}
	release, err := lockTarget(context.Background(), fifo)
	if err != nil {
		t.Fatalf("printer still locked: %v", err)
	}
	release()
}
