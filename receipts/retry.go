package receipts

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// RetrySpool keeps the jobs its printer failed to print, in order, as
// files in Dir, and sends them again on Retry. Files survive restarts: a
// job kept on Monday evening is still pending on Tuesday morning.
//
// Print always tries the new job first and does not send older pending
// jobs by itself: at a kiosk the citizen in front of the printer needs
// their own ticket now, and stale tickets must not come out into their
// hands. The caller decides when to Retry (a clerk's key, or a timer for
// documents that are still useful late).
type RetrySpool struct {
	printer Printer
	dir     string

	mu      sync.Mutex // orders pending names within this process
	retryMu sync.Mutex // one Retry at a time, so no job is sent twice
}

// NewRetrySpool wraps p, keeping failed jobs in dir.
func NewRetrySpool(p Printer, dir string) *RetrySpool {
	return &RetrySpool{printer: p, dir: dir}
}

// PendingJob is a job waiting in the pending folder.
type PendingJob struct {
	Seq  int    // order of arrival
	Name string // the job's name
	Kind string // the job's kind
	Path string // its file
}

// Print sends job to the printer. When that fails the job is kept and the
// error is a *PendingError (errors.Is ErrJobPending and the cause); when
// keeping it fails too, the error wraps ErrSpool and the cause.
func (r *RetrySpool) Print(ctx context.Context, job Job) error {
	if len(job.PDF) == 0 && job.Raster == nil {
		return fmt.Errorf("%w: %q", ErrEmptyJob, job.Name)
	}
	err := r.printer.Print(ctx, job)
	if err == nil {
		return nil
	}
	if permanent(err) {
		// A retry would fail the same way: say so now, keep nothing.
		return err
	}
	pj, keepErr := r.keep(job)
	if keepErr != nil {
		return errors.Join(err, keepErr)
	}
	return &PendingError{Job: pj, Err: err}
}

// keep writes job as the next pending file.
func (r *RetrySpool) keep(job Job) (PendingJob, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	jobs, err := r.Pending()
	if err != nil {
		return PendingJob{}, err
	}
	seq := 1
	if len(jobs) > 0 {
		seq = jobs[len(jobs)-1].Seq + 1
	}
	kind := strings.ReplaceAll(safeName(job.Kind), ".", "_")
	if kind == "" {
		kind = "job"
	}
	name := safeName(job.Name)
	if name == "" {
		name = "job"
	}
	data, ext, err := r.payload(job)
	if err != nil {
		return PendingJob{}, err
	}
	path, err := writeNew(r.dir, fmt.Sprintf("%010d.%s.%s", seq, kind, name), ext, data)
	if err != nil {
		return PendingJob{}, err
	}
	return PendingJob{Seq: seq, Name: name, Kind: kind, Path: path}, nil
}

// Pending lists the kept jobs, oldest first.
func (r *RetrySpool) Pending() ([]PendingJob, error) {
	entries, err := os.ReadDir(r.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%w: read %s: %v", ErrSpool, r.dir, err)
	}
	var jobs []PendingJob
	for _, e := range entries {
		if pj, ok := parsePending(e.Name()); ok && e.Type().IsRegular() {
			pj.Path = filepath.Join(r.dir, e.Name())
			jobs = append(jobs, pj)
		}
	}
	sort.SliceStable(jobs, func(i, j int) bool { return jobs[i].Seq < jobs[j].Seq })
	return jobs, nil
}

// parsePending reads "0000000007.kind.name.pdf" (or .png, a receipt
// printer's picture); other files (partial writes, notes a technician
// left) are not jobs.
func parsePending(file string) (PendingJob, bool) {
	ext := filepath.Ext(file)
	if strings.HasPrefix(file, ".") || ext != ".pdf" && ext != ".png" {
		return PendingJob{}, false
	}
	parts := strings.SplitN(strings.TrimSuffix(file, ext), ".", 3)
	if len(parts) != 3 {
		return PendingJob{}, false
	}
	seq, err := strconv.Atoi(parts[0])
	if err != nil || seq < 0 {
		return PendingJob{}, false
	}
	return PendingJob{Seq: seq, Kind: parts[1], Name: parts[2]}, true
}

// Retry sends the pending jobs oldest first and removes each once printed.
// It stops at the first failure so that the order holds, and returns how
// many were sent.
func (r *RetrySpool) Retry(ctx context.Context) (int, error) {
	r.retryMu.Lock()
	defer r.retryMu.Unlock()
	jobs, err := r.Pending()
	if err != nil {
		return 0, err
	}
	sent := 0
	for _, pj := range jobs {
		if err := ctx.Err(); err != nil {
			return sent, err
		}
		job, err := loadPending(pj)
		if err != nil {
			return sent, err
		}
		if err := r.printer.Print(ctx, job); err != nil {
			return sent, fmt.Errorf("retry %s (%d left): %w", pj.Name, len(jobs)-sent, err)
		}
		sent++
		if err := r.Discard(pj); err != nil {
			// Printed but still listed: it would print twice. Say so.
			return sent, err
		}
	}
	return sent, nil
}

// Discard removes a pending job without printing it (a clerk's decision,
// e.g. yesterday's tickets).
func (r *RetrySpool) Discard(pj PendingJob) error {
	if err := os.Remove(pj.Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: remove pending job %s: %v", ErrSpool, pj.Path, err)
	}
	syncDir(r.dir)
	return nil
}
