package receipts

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"motcua/store"
)

// FileSpool writes each job as a PDF file in Dir: "<name>.pdf", or a
// timestamp when the job has no name. A file is never overwritten (a
// second job of the same name gets "-2", "-3"…), and appears whole or not
// at all: it is written to a temporary file, flushed to disk, then linked
// into place, because a power cut must not leave half a ticket that a
// print tool picks up.
type FileSpool struct {
	Dir   string
	Clock store.Clock // names unnamed jobs; nil for the system clock
}

// Print writes job into the spool folder.
func (s FileSpool) Print(ctx context.Context, job Job) error {
	_, err := s.Write(ctx, job)
	return err
}

// Write is Print that also returns the path of the file written.
func (s FileSpool) Write(ctx context.Context, job Job) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if len(job.PDF) == 0 {
		return "", fmt.Errorf("%w: %q", ErrEmptyJob, job.Name)
	}
	base := safeName(job.Name)
	if base == "" {
		clock := s.Clock
		if clock == nil {
			clock = store.SystemClock{}
		}
		base = clock.Now().In(store.Local).Format("20060102-150405.000")
	}
	return writeNew(s.Dir, base, ".pdf", job.PDF)
}

// safeName keeps the characters every file system and lp title accept.
func safeName(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '.'
		if ok {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.Trim(b.String(), "-.")
}

// partialPrefix marks files being written; readers skip them.
const partialPrefix = ".partial-"

// writeNew stores data as dir/base+ext, or base-2+ext… if taken, and
// returns the path. The file is complete and on disk when it returns.
func writeNew(dir, base, ext string, data []byte) (path string, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("%w: create %s: %v", ErrSpool, dir, err)
	}
	tmp, err := os.CreateTemp(dir, partialPrefix+"*")
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrSpool, err)
	}
	tmpName := tmp.Name()
	defer os.Remove(tmpName) // gone after a link; harmless after a rename
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", fmt.Errorf("%w: write %s: %v", ErrSpool, tmpName, err)
	}
	for i := 1; i <= 1000; i++ {
		name := base + ext
		if i > 1 {
			name = fmt.Sprintf("%s-%d%s", base, i, ext)
		}
		path = filepath.Join(dir, name)
		// A hard link fails when the name exists, so two writers never
		// overwrite each other. File systems without links (FAT on a USB
		// stick) fall back to a checked rename.
		err := os.Link(tmpName, path)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			if _, statErr := os.Lstat(path); statErr == nil {
				continue
			}
			if err := os.Rename(tmpName, path); err != nil {
				return "", fmt.Errorf("%w: move into %s: %v", ErrSpool, path, err)
			}
		}
		syncDir(dir)
		return path, nil
	}
	return "", fmt.Errorf("%w: too many files named %s in %s", ErrSpool, base, dir)
}

// syncDir flushes a directory entry so a new name survives a power cut.
// Windows cannot open directories for syncing; NTFS journals names anyway.
func syncDir(dir string) {
	if runtime.GOOS == "windows" {
		return
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}
