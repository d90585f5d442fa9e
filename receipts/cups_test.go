package receipts

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

// fakeLP writes a shell script standing in for lp. body runs after the
// script has saved its arguments (one a line) to dir/args and its standard
// input to dir/stdin.
func fakeLP(t *testing.T, body string) (lp, dir string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("lp is a CUPS command; no shell scripts on Windows")
	}
	dir = t.TempDir()
	lp = filepath.Join(dir, "lp")
	script := "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + dir + "/args'\ncat > '" + dir + "/stdin'\n" + body + "\n"
	if err := os.WriteFile(lp, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return lp, dir
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

func TestCUPSSendsThePDFToLP(t *testing.T) {
	lp, dir := fakeLP(t, `echo "request id is Kiosk-7 (0 file(s))"`)
	pdf := []byte("%PDF-1.3 ticket bytes\x00\xff")
	c := CUPS{Queue: "Kiosk", LP: lp, Options: []string{"-o", "media=Custom.80x120mm"}}
	if err := c.Print(context.Background(), Job{Name: "ticket-20261123-080500-C012", PDF: pdf, Kind: KindTicket}); err != nil {
		t.Fatal(err)
	}
	want := []string{"-d", "Kiosk", "-t", "ticket-20261123-080500-C012", "-o", "media=Custom.80x120mm", "-"}
	if got := readLines(t, filepath.Join(dir, "args")); !reflect.DeepEqual(got, want) {
		t.Errorf("lp args %q, want %q", got, want)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "stdin")); string(got) != string(pdf) {
		t.Errorf("lp read %q", got)
	}
}

func TestCUPSDefaultQueueAndSafeTitle(t *testing.T) {
	lp, dir := fakeLP(t, "")
	if err := (CUPS{LP: lp}).Print(context.Background(), Job{Name: "Phiếu số; rm -rf /", PDF: []byte("%PDF")}); err != nil {
		t.Fatal(err)
	}
	want := []string{"-t", "Phi-u-s-rm-rf", "-"}
	if got := readLines(t, filepath.Join(dir, "args")); !reflect.DeepEqual(got, want) {
		t.Errorf("lp args %q, want %q", got, want)
	}
}

func TestCUPSFailureCarriesLPsMessage(t *testing.T) {
	lp, _ := fakeLP(t, `echo "lp: The printer or class does not exist." >&2; exit 1`)
	err := (CUPS{Queue: "Nowhere", LP: lp}).Print(context.Background(), Job{Name: "t", PDF: []byte("%PDF")})
	if !errors.Is(err, ErrPrinterUnavailable) {
		t.Fatalf("err = %v", err)
	}
	for _, want := range []string{"The printer or class does not exist", "-d Nowhere", "exit status 1"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

func TestCUPSMissingLP(t *testing.T) {
	err := (CUPS{LP: filepath.Join(t.TempDir(), "no-lp-here")}).Print(context.Background(), Job{Name: "t", PDF: []byte("%PDF")})
	if !errors.Is(err, ErrPrinterUnavailable) {
		t.Errorf("err = %v", err)
	}
	if err := (CUPS{}).Print(context.Background(), Job{Name: "t"}); !errors.Is(err, ErrEmptyJob) {
		t.Errorf("empty job: %v", err)
	}
}

// A hung lp (cupsd not answering) is abandoned after the timeout.
func TestCUPSTimeout(t *testing.T) {
	lp, _ := fakeLP(t, "exec sleep 30")
	start := time.Now()
	err := (CUPS{LP: lp, Timeout: 300 * time.Millisecond}).Print(context.Background(), Job{Name: "t", PDF: []byte("%PDF")})
	if !errors.Is(err, ErrPrinterUnavailable) || !strings.Contains(err.Error(), "deadline") {
		t.Errorf("err = %v", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("gave up after %v", took)
	}
}
