package receipts

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"motcua/assets/i18n"
)

// Every sentinel has a sentence in both languages, and the sentences differ
// (a missing English column would repeat the Vietnamese).
func TestEveryErrorHasPlainWords(t *testing.T) {
	keys := []string{"receipts.err.other"}
	for _, m := range messageKeys {
		keys = append(keys, m.key)
	}
	for _, k := range keys {
		if !i18n.Has(k) {
			t.Errorf("missing translation %s", k)
			continue
		}
		vi, en := i18n.T(i18n.VI, k), i18n.T(i18n.EN, k)
		if vi == "" || en == "" || vi == en || strings.Contains(vi, "%") {
			t.Errorf("%s: VI %q EN %q", k, vi, en)
		}
	}
}

func TestMessageKeyFindsTheSentinelThroughWrapping(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{nil, ""},
		{fmt.Errorf("kiosk: %w", fmt.Errorf("%w: lp: exit 1", ErrPrinterUnavailable)), "receipts.err.printer_unavailable"},
		{fmt.Errorf("%w: disk full", ErrSpool), "receipts.err.spool"},
		{&PendingError{Job: PendingJob{Name: "x"}, Err: fmt.Errorf("%w: off", ErrPrinterUnavailable)}, "receipts.err.job_pending"},
		{errors.Join(errors.New("lp failed"), fmt.Errorf("%w: full", ErrSpool)), "receipts.err.spool"},
		{ErrConfig, "receipts.err.config"},
		{ErrEmptyJob, "receipts.err.empty_job"},
		{fmt.Errorf("%w: no number", ErrInvalidDocument), "receipts.err.invalid_document"},
		{errors.New("something else"), "receipts.err.other"},
	}
	for _, c := range cases {
		if got := MessageKey(c.err); got != c.want {
			t.Errorf("MessageKey(%v) = %q, want %q", c.err, got, c.want)
		}
	}
	if Describe(i18n.VI, nil) != "" {
		t.Error("Describe(nil) should be empty")
	}
	if got := Describe(i18n.EN, ErrPrinterUnavailable); !strings.Contains(got, "printer") || strings.HasPrefix(got, "!") {
		t.Errorf("Describe EN = %q", got)
	}
}

func TestPendingErrorMatchesBothStateAndCause(t *testing.T) {
	cause := fmt.Errorf("%w: lp: no such queue", ErrPrinterUnavailable)
	err := error(&PendingError{Job: PendingJob{Name: "ticket-1", Path: "/spool/pending/1.pdf"}, Err: cause})
	if !errors.Is(err, ErrJobPending) || !errors.Is(err, ErrPrinterUnavailable) {
		t.Errorf("errors.Is fails for %v", err)
	}
	var pe *PendingError
	if !errors.As(fmt.Errorf("kiosk: %w", err), &pe) || pe.Job.Path != "/spool/pending/1.pdf" {
		t.Errorf("errors.As lost the job: %+v", pe)
	}
	if !strings.Contains(err.Error(), "no such queue") || !strings.Contains(err.Error(), "ticket-1") {
		t.Errorf("message lacks detail: %v", err)
	}
}
