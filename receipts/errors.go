package receipts

import (
	"errors"
	"fmt"

	"motcua/assets/i18n"
)

// Sentinel errors. Every error the package returns wraps one of them (and
// keeps the technical detail in its text for logs), so a screen can turn it
// into plain words with Describe without parsing messages.
var (
	// ErrPrinterUnavailable: the printer or its system did not take the
	// job (lp missing, queue unknown or stopped, printer off, timeout).
	ErrPrinterUnavailable = errors.New("printer unavailable")
	// ErrJobPending: the job was not printed but is kept in the pending
	// folder; Retry sends it later. Returned together with the cause.
	ErrJobPending = errors.New("print job kept for a later retry")
	// ErrSpool: the spool or pending folder cannot be written (rights,
	// full disk, missing drive).
	ErrSpool = errors.New("cannot write to the print folder")
	// ErrConfig: the printer settings are incomplete or unknown.
	ErrConfig = errors.New("invalid printer settings")
	// ErrEmptyJob: a job without a document.
	ErrEmptyJob = errors.New("print job has no document")
	// ErrInvalidDocument: the data cannot make a document (no ticket
	// number, unknown paper width, a PDF library failure).
	ErrInvalidDocument = errors.New("cannot make the document")
	// ErrWrongPrinter: the printer cannot print this kind of document (a
	// form sent to an ESC/POS receipt printer). Retrying will not help.
	ErrWrongPrinter = errors.New("this printer cannot print this document")
)

// PendingError reports a job that failed to print and was kept for a retry.
// errors.Is matches both ErrJobPending and the cause (usually
// ErrPrinterUnavailable).
type PendingError struct {
	Job PendingJob // where the job waits
	Err error      // why it did not print
}

func (e *PendingError) Error() string {
	return fmt.Sprintf("print %q: %v; kept as %s for a retry", e.Job.Name, e.Err, e.Job.Path)
}

// Unwrap exposes both the pending state and the cause.
func (e *PendingError) Unwrap() []error { return []error{ErrJobPending, e.Err} }

// messageKeys maps each sentinel to its sentence, most specific first: a
// pending job says "kept, will print later" rather than only "printer off".
var messageKeys = []struct {
	err error
	key string
}{
	{ErrJobPending, "receipts.err.job_pending"},
	{ErrPrinterUnavailable, "receipts.err.printer_unavailable"},
	{ErrSpool, "receipts.err.spool"},
	{ErrConfig, "receipts.err.config"},
	{ErrWrongPrinter, "receipts.err.wrong_printer"},
	{ErrEmptyJob, "receipts.err.empty_job"},
	{ErrInvalidDocument, "receipts.err.invalid_document"},
}

// MessageKey returns the translation key that explains err to a person;
// "" for nil. Errors from outside this package get a generic sentence.
func MessageKey(err error) string {
	if err == nil {
		return ""
	}
	for _, m := range messageKeys {
		if errors.Is(err, m.err) {
			return m.key
		}
	}
	return "receipts.err.other"
}

// Describe explains err in lang, in words a citizen or clerk understands;
// "" for nil. Log err itself for the technical detail.
func Describe(lang i18n.Lang, err error) string {
	if err == nil {
		return ""
	}
	return i18n.T(lang, MessageKey(err))
}
