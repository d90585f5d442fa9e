package receipts

import (
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"sync"
	"testing"
)

// fakePrinter records what it printed and fails while off.
type fakePrinter struct {
	mu  sync.Mutex
	off bool
	got []Job
}

func (f *fakePrinter) Print(_ context.Context, job Job) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.off {
		return fmt.Errorf("%w: fake printer is off", ErrPrinterUnavailable)
	}
	f.got = append(f.got, job)
	return nil
}

func (f *fakePrinter) setOff(off bool) { f.mu.Lock(); f.off = off; f.mu.Unlock() }

func (f *fakePrinter) names() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, j := range f.got {
		out = append(out, j.Name)
	}
	return out
}

func pendingNames(t *testing.T, r Retrier) []string {
	t.Helper()
	jobs, err := r.Pending()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, j := range jobs {
		out = append(out, j.Name)
	}
	return out
}

func TestRetrySpoolKeepsFailedJobsAndSendsThemInOrder(t *testing.T) {
	ctx := context.Background()
	fp := &fakePrinter{}
	dir := t.TempDir()
	r := NewRetrySpool(fp, dir)

	if err := r.Print(ctx, Job{Name: "first", PDF: []byte("%PDF-1"), Kind: KindTicket}); err != nil {
		t.Fatalf("printer on: %v", err)
	}
	fp.setOff(true)
	for _, name := range []string{"a", "b", "c.with.dots"} {
		err := r.Print(ctx, Job{Name: name, PDF: []byte("%PDF-" + name), Kind: KindTicket})
		var pe *PendingError
		if !errors.As(err, &pe) || !errors.Is(err, ErrJobPending) || !errors.Is(err, ErrPrinterUnavailable) {
			t.Fatalf("print %s with printer off: %v", name, err)
		}
		if pe.Job.Name != name || pe.Job.Kind != KindTicket {
			t.Errorf("pending job %+v", pe.Job)
		}
	}
	if got, want := pendingNames(t, r), []string{"a", "b", "c.with.dots"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("pending %v, want %v", got, want)
	}

	// Still off: nothing is sent, nothing is lost.
	sent, err := r.Retry(ctx)
	if sent != 0 || !errors.Is(err, ErrPrinterUnavailable) {
		t.Fatalf("retry while off: sent %d, err %v", sent, err)
	}
	if n := len(pendingNames(t, r)); n != 3 {
		t.Fatalf("%d pending after a failed retry", n)
	}

	// A new process (a fresh RetrySpool on the same folder) finds them.
	fp.setOff(false)
	r2 := NewRetrySpool(fp, dir)
	sent, err = r2.Retry(ctx)
	if err != nil || sent != 3 {
		t.Fatalf("retry after recovery: sent %d, err %v", sent, err)
	}
	if got, want := fp.names(), []string{"first", "a", "b", "c.with.dots"}; !reflect.DeepEqual(got, want) {
		t.Errorf("printed %v, want %v", got, want)
	}
	if string(fp.got[2].PDF) != "%PDF-b" || fp.got[2].Kind != KindTicket {
		t.Errorf("job b came back as %q (%s)", fp.got[2].PDF, fp.got[2].Kind)
	}
	if left := pendingNames(t, r2); len(left) != 0 {
		t.Errorf("still pending: %v", left)
	}
	if sent, err := r2.Retry(ctx); sent != 0 || err != nil {
		t.Errorf("empty retry: %d, %v", sent, err)
	}
}

// failAfter prints n jobs, then fails: a printer that runs out of paper.
type failAfter struct {
	fakePrinter
	n int
}

func (f *failAfter) Print(ctx context.Context, job Job) error {
	f.mu.Lock()
	if len(f.got) >= f.n {
		f.off = true
	}
	f.mu.Unlock()
	return f.fakePrinter.Print(ctx, job)
}

func TestRetryStopsAtTheFirstFailureKeepingOrder(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	off := &fakePrinter{off: true}
	r := NewRetrySpool(off, dir)
	for _, name := range []string{"j1", "j2", "j3"} {
		_ = r.Print(ctx, Job{Name: name, PDF: []byte(name)})
	}
	fa := &failAfter{n: 1}
	r = NewRetrySpool(fa, dir)
	sent, err := r.Retry(ctx)
	if sent != 1 || !errors.Is(err, ErrPrinterUnavailable) {
		t.Fatalf("sent %d, err %v", sent, err)
	}
	if got, want := pendingNames(t, r), []string{"j2", "j3"}; !reflect.DeepEqual(got, want) {
		t.Errorf("pending %v, want %v", got, want)
	}
	// A job kept after that goes behind them.
	_ = r.Print(ctx, Job{Name: "j4", PDF: []byte("j4")})
	if got, want := pendingNames(t, r), []string{"j2", "j3", "j4"}; !reflect.DeepEqual(got, want) {
		t.Errorf("pending %v, want %v", got, want)
	}
}

func TestRetryDiscardAndForeignFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	r := NewRetrySpool(&fakePrinter{off: true}, dir)
	_ = r.Print(ctx, Job{Name: "old", PDF: []byte("x")})
	_ = r.Print(ctx, Job{Name: "new", PDF: []byte("y")})
	// A half-written file and a technician's note are not jobs.
	for _, name := range []string{partialPrefix + "123", "README.txt", "notes.pdf"} {
		if err := os.WriteFile(dir+"/"+name, []byte("?"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	jobs, err := r.Pending()
	if err != nil || len(jobs) != 2 {
		t.Fatalf("pending %+v, %v", jobs, err)
	}
	if err := r.Discard(jobs[0]); err != nil {
		t.Fatal(err)
	}
	if got := pendingNames(t, r); !reflect.DeepEqual(got, []string{"new"}) {
		t.Errorf("after discard: %v", got)
	}
	// No pending folder yet is an empty list, not an error.
	if jobs, err := NewRetrySpool(&fakePrinter{}, dir+"/none").Pending(); err != nil || len(jobs) != 0 {
		t.Errorf("missing folder: %v %v", jobs, err)
	}
}

// When the printer fails and the pending folder cannot be written either,
// the caller hears about both and the job is not claimed to be kept.
func TestRetrySpoolCannotKeep(t *testing.T) {
	blocker := t.TempDir() + "/file"
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	r := NewRetrySpool(&fakePrinter{off: true}, blocker+"/pending")
	err := r.Print(context.Background(), Job{Name: "x", PDF: []byte("x")})
	if !errors.Is(err, ErrPrinterUnavailable) || !errors.Is(err, ErrSpool) || errors.Is(err, ErrJobPending) {
		t.Errorf("err = %v", err)
	}
	if err := r.Print(context.Background(), Job{Name: "x"}); !errors.Is(err, ErrEmptyJob) {
		t.Errorf("empty job: %v", err)
	}
}

// Two retries at once (a timer and a clerk's key) print each job once.
func TestConcurrentRetriesPrintEachJobOnce(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	fp := &fakePrinter{off: true}
	r := NewRetrySpool(fp, dir)
	for i := 0; i < 10; i++ {
		_ = r.Print(ctx, Job{Name: fmt.Sprintf("j%02d", i), PDF: []byte("x")})
	}
	fp.setOff(false)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := r.Retry(ctx); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if got := fp.names(); len(got) != 10 {
		t.Errorf("printed %d jobs: %v", len(got), got)
	}
}
