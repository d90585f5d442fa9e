package receipts

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// CUPS prints through the lp command of CUPS (Linux, macOS). The PDF goes
// to lp's standard input, so no temporary file is left behind, and CUPS
// converts it for the printer's driver.
type CUPS struct {
	Queue   string        // destination (lp -d); "" for the system default
	LP      string        // lp program; "" for "lp" on PATH
	Options []string      // extra lp arguments, e.g. "-o", "media=Custom.80x200mm"
	Timeout time.Duration // limit for one job when ctx has none; 0 for 30 s
}

// Print runs `lp [-d QUEUE] -t NAME [OPTIONS] -` with the PDF on stdin.
// Any failure wraps ErrPrinterUnavailable and carries lp's own message.
func (c CUPS) Print(ctx context.Context, job Job) error {
	if len(job.PDF) == 0 {
		return fmt.Errorf("%w: %q", ErrEmptyJob, job.Name)
	}
	if _, ok := ctx.Deadline(); !ok {
		// lp talks to cupsd; a hung daemon must not freeze the kiosk.
		limit := c.Timeout
		if limit <= 0 {
			limit = 30 * time.Second
		}
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, limit)
		defer cancel()
	}
	lp := c.LP
	if lp == "" {
		lp = "lp"
	}
	args := c.args(job)
	cmd := exec.CommandContext(ctx, lp, args...)
	cmd.Stdin = bytes.NewReader(job.PDF)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = nil // lp says "request id is …"; nothing to keep
	cmd.WaitDelay = 2 * time.Second
	err := cmd.Run()
	if err == nil {
		return nil
	}
	detail := strings.TrimSpace(stderr.String())
	if len(detail) > 500 {
		detail = detail[:500] + "…"
	}
	switch {
	case errors.Is(err, exec.ErrNotFound):
		return fmt.Errorf("%w: %s not found (is CUPS installed?): %v", ErrPrinterUnavailable, lp, err)
	case ctx.Err() != nil:
		return fmt.Errorf("%w: %s %s: %v", ErrPrinterUnavailable, lp, strings.Join(args, " "), ctx.Err())
	case detail != "":
		return fmt.Errorf("%w: %s %s: %v: %s", ErrPrinterUnavailable, lp, strings.Join(args, " "), err, detail)
	}
	return fmt.Errorf("%w: %s %s: %v", ErrPrinterUnavailable, lp, strings.Join(args, " "), err)
}

// args builds lp's argument list.
func (c CUPS) args(job Job) []string {
	var args []string
	if c.Queue != "" {
		args = append(args, "-d", c.Queue)
	}
	title := safeName(job.Name)
	if title == "" {
		title = "motcua"
	}
	args = append(args, "-t", title)
	if job.Media != "" {
		args = append(args, "-o", "media="+job.Media)
	}
	args = append(args, c.Options...)
	return append(args, "-")
}
