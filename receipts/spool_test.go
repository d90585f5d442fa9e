package receipts

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"motcua/store"
)

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

func TestFileSpoolWritesNamedFilesWithoutOverwriting(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "spool", "nested") // created on demand
	s := FileSpool{Dir: dir}
	ctx := context.Background()
	p1, err := s.Write(ctx, Job{Name: "ticket-20261123-A012", PDF: []byte("%PDF-one")})
	if err != nil {
		t.Fatal(err)
	}
	p2, err := s.Write(ctx, Job{Name: "ticket-20261123-A012", PDF: []byte("%PDF-two")})
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(p1) != "ticket-20261123-A012.pdf" || filepath.Base(p2) != "ticket-20261123-A012-2.pdf" {
		t.Errorf("paths %s, %s", p1, p2)
	}
	for path, want := range map[string]string{p1: "%PDF-one", p2: "%PDF-two"} {
		got, err := os.ReadFile(path)
		if err != nil || string(got) != want {
			t.Errorf("%s = %q, %v; want %q", path, got, err, want)
		}
	}
	// Nothing half-written is left behind.
	if names := listDir(t, dir); len(names) != 2 {
		t.Errorf("spool holds %v", names)
	}
}

func TestFileSpoolNamesUnnamedJobsByTheClock(t *testing.T) {
	clock := store.NewManualClock(time.Date(2026, 11, 23, 1, 5, 7, 250e6, time.UTC))
	s := FileSpool{Dir: t.TempDir(), Clock: clock}
	if err := s.Print(context.Background(), Job{PDF: []byte("%PDF")}); err != nil {
		t.Fatal(err)
	}
	if names := listDir(t, s.Dir); len(names) != 1 || names[0] != "20261123-080507.250.pdf" {
		t.Errorf("spool holds %v", names)
	}
}

func TestSafeName(t *testing.T) {
	cases := map[string]string{
		"ticket-20261123-A012":     "ticket-20261123-A012",
		"../../etc/passwd":         "etc-passwd",
		"Giấy tiếp nhận / Mẫu 01":  "Gi-y-ti-p-nh-n-M-u-01",
		"  ":                       "",
		"a\x00b":                   "a-b",
		"mau01_H99.99-261123-0001": "mau01_H99.99-261123-0001",
	}
	for in, want := range cases {
		if got := safeName(in); got != want {
			t.Errorf("safeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFileSpoolErrors(t *testing.T) {
	ctx := context.Background()
	if err := (FileSpool{Dir: t.TempDir()}).Print(ctx, Job{Name: "x"}); !errors.Is(err, ErrEmptyJob) {
		t.Errorf("empty job: %v", err)
	}
	// A spool "folder" that is a file cannot be written.
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	err := (FileSpool{Dir: filepath.Join(blocker, "spool")}).Print(ctx, Job{Name: "x", PDF: []byte("%PDF")})
	if !errors.Is(err, ErrSpool) {
		t.Errorf("unwritable folder: %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := (FileSpool{Dir: t.TempDir()}).Print(cancelled, Job{Name: "x", PDF: []byte("%PDF")}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

// Many goroutines writing the same name each get their own file.
func TestFileSpoolConcurrentSameName(t *testing.T) {
	s := FileSpool{Dir: t.TempDir()}
	const n = 20
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if err := s.Print(context.Background(), Job{Name: "same", PDF: []byte{byte(i)}}); err != nil {
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
	names := listDir(t, s.Dir)
	if len(names) != n {
		t.Fatalf("%d files for %d jobs: %v", len(names), n, names)
	}
	seen := map[byte]bool{}
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(s.Dir, name))
		if err != nil || len(b) != 1 || seen[b[0]] {
			t.Errorf("%s: %v %v", name, b, err)
			continue
		}
		seen[b[0]] = true
	}
	if len(seen) != n {
		t.Errorf("%d distinct jobs kept", len(seen))
	}
}
